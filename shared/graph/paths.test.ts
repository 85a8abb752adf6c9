import { describe, expect, it } from 'vitest';
import { seededRandom } from '../sample/random';
import { buildTieGraph, introductionPaths, stepCost, type PathRelationship } from './paths';

let counter = 0;
function tie(
  sourceId: string,
  targetId: string,
  strength = 2,
  extra: Partial<PathRelationship> = {},
): PathRelationship {
  counter += 1;
  return {
    id: `r${String(counter).padStart(3, '0')}`,
    sourceId,
    targetId,
    strength,
    status: 'active',
    type: 'coordination',
    since: null,
    until: null,
    createdAt: '2020-01-01T10:00:00.000Z',
    updatedAt: '2020-01-01T10:00:00.000Z',
    ...extra,
  };
}

const DAY = '2026-01-15';
const ids = (...names: string[]) => names;
const routes = (graphIds: string[], ties: PathRelationship[], from: string, to: string, k = 3) =>
  introductionPaths(buildTieGraph(graphIds, ties, DAY), from, to, k).map((path) => path.stakeholderIds.join('>'));

describe('introductionPaths on a day', () => {
  it('walks the ties active on the day (isTieActiveOn), whatever their status says now', () => {
    // a—b ended in June 2025 and was marked inactive in September: still a tie on 1 March 2025.
    const ended = tie('a', 'b', 3, {
      status: 'inactive',
      since: '2024-01-01',
      until: '2025-06-30',
      updatedAt: '2025-09-01T10:00:00.000Z',
    });
    // a—c begun in May 2025, active now: nobody to ask on 1 March 2025.
    const later = tie('a', 'c', 3, { since: '2025-05-01' });
    const ties = [ended, later, tie('b', 'c', 3, { since: '2024-01-01' })];
    const on = (day: string) =>
      introductionPaths(buildTieGraph(ids('a', 'b', 'c'), ties, day), 'a', 'c').map((path) =>
        path.stakeholderIds.join('>'),
      );
    expect(
      { past: on('2025-03-01'), now: on(DAY) },
      'the ties used on 1 March 2025 and today are those active on each day',
    ).toEqual({ past: ['a>b>c'], now: ['a>c'] });
  });
});

describe('introductionPaths', () => {
  it('finds the known two-step introduction and names the relationships used', () => {
    const ties = [tie('a', 'b', 3), tie('b', 'c', 1, { type: 'funding' })];
    const [path] = introductionPaths(buildTieGraph(ids('a', 'b', 'c'), ties, DAY), 'a', 'c');
    expect(path?.stakeholderIds).toEqual(['a', 'b', 'c']);
    expect(path?.steps.map((step) => [step.fromId, step.toId, step.relationship.type])).toEqual([
      ['a', 'b', 'coordination'],
      ['b', 'c', 'funding'],
    ]);
    expect(path?.cost).toBe(stepCost(3) + stepCost(1));
  });

  it('prefers stronger ties: two strong steps beat two weak ones, but a direct tie beats both', () => {
    const nodes = ids('a', 'strong', 'weak', 'z');
    const ties = [tie('a', 'weak', 1), tie('weak', 'z', 1), tie('a', 'strong', 3), tie('strong', 'z', 3)];
    expect(routes(nodes, ties, 'a', 'z')).toEqual(['a>strong>z', 'a>weak>z']);
    expect(routes(nodes, [...ties, tie('a', 'z', 1)], 'a', 'z')).toEqual(['a>z', 'a>strong>z', 'a>weak>z']);
  });

  it('reads ties either way, uses the strongest of parallel ties, and ignores inactive ones', () => {
    const ties = [
      tie('b', 'a', 3, { type: 'oversight' }),
      tie('a', 'b', 1, { type: 'informal' }),
      tie('b', 'c', 3, { status: 'inactive' }),
    ];
    const graph = buildTieGraph(ids('a', 'b', 'c'), ties, DAY);
    expect(introductionPaths(graph, 'b', 'a')[0]?.steps[0]?.relationship.type).toBe('oversight');
    expect(introductionPaths(graph, 'a', 'c')).toEqual([]);
  });

  it('says "no path" for unknown, equal or unconnected ends, self-loops and ties to unknown stakeholders', () => {
    const ties = [tie('a', 'a'), tie('a', 'ghost'), tie('__proto__', 'constructor')];
    const graph = buildTieGraph(ids('a', 'b', '__proto__', 'constructor'), ties, DAY);
    expect(introductionPaths(graph, 'a', 'b')).toEqual([]);
    expect(introductionPaths(graph, 'a', 'a')).toEqual([]);
    expect(introductionPaths(graph, 'a', 'ghost')).toEqual([]);
    expect(introductionPaths(graph, 'toString', 'a')).toEqual([]);
    expect(introductionPaths(graph, '__proto__', 'constructor', 0)).toEqual([]);
    expect(introductionPaths(graph, '__proto__', 'constructor').map((path) => path.stakeholderIds)).toEqual([
      ['__proto__', 'constructor'],
    ]);
  });

  it('gives the same k best costs as listing every loop-free path, on random small networks', () => {
    const random = seededRandom(16);
    for (let round = 0; round < 40; round += 1) {
      const nodes = Array.from({ length: 7 }, (_, index) => `n${index}`);
      const ties: PathRelationship[] = [];
      for (let a = 0; a < nodes.length; a += 1)
        for (let b = a + 1; b < nodes.length; b += 1)
          if (random.chance(0.45)) ties.push(tie(nodes[a]!, nodes[b]!, random.integer(1, 3)));
      const found = introductionPaths(buildTieGraph(nodes, ties, DAY), 'n0', 'n6', 4);
      const every = allSimplePathCosts(nodes, ties, 'n0', 'n6');
      expect(found.map((path) => path.cost)).toEqual(every.slice(0, 4));
      expect(new Set(found.map((path) => path.stakeholderIds.join('>'))).size).toBe(found.length);
    }
  });

  it('finds three paths in a 10,000-stakeholder network of six ties each', () => {
    const random = seededRandom(10);
    const nodes = Array.from({ length: 10_000 }, (_, index) => `s${index}`);
    const ties = nodes.flatMap((id) => [0, 1, 2].map(() => tie(id, random.pick(nodes), random.integer(1, 3))));
    const graph = buildTieGraph(nodes, ties, DAY);
    const paths = introductionPaths(graph, 's0', 's9999', 3);
    expect(paths).toHaveLength(3);
    expect(paths.map((path) => path.cost)).toEqual([...paths.map((path) => path.cost)].sort((a, b) => a - b));
  });

  it('follows a long chain with weak shortcuts through 2,000 stakeholders', () => {
    const nodes = Array.from({ length: 2_000 }, (_, index) => `s${index}`);
    const ties = nodes.slice(1).map((id, index) => tie(nodes[index]!, id, 3));
    for (let index = 0; index + 50 < nodes.length; index += 50) ties.push(tie(nodes[index]!, nodes[index + 50]!, 1));
    const paths = introductionPaths(buildTieGraph(nodes, ties, DAY), 's0', 's1999', 3);
    expect(paths).toHaveLength(3);
    // 39 weak shortcuts of 50 (cost 5 each) and 49 strong steps (3 each) to the end.
    expect(paths[0]!.stakeholderIds).toHaveLength(39 + 49 + 1);
    expect(paths[0]!.cost).toBe(39 * 5 + 49 * 3);
  });
});

function allSimplePathCosts(nodes: string[], ties: PathRelationship[], from: string, to: string): number[] {
  const best = new Map<string, number>();
  for (const t of ties) {
    const key = [t.sourceId, t.targetId].sort().join('|');
    best.set(key, Math.min(best.get(key) ?? Infinity, stepCost(t.strength)));
  }
  const costs: number[] = [];
  const walk = (at: string, visited: Set<string>, cost: number) => {
    if (at === to) return void costs.push(cost);
    for (const next of nodes) {
      const step = best.get([at, next].sort().join('|'));
      if (step === undefined || visited.has(next)) continue;
      visited.add(next);
      walk(next, visited, cost + step);
      visited.delete(next);
    }
  };
  walk(from, new Set([from]), 0);
  return costs.sort((a, b) => a - b);
}
