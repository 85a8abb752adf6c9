import { isTieActiveOn, type TieDates } from '../analysis/activeOnDay';
import type { Relationship } from '../domain/relationship';

// "Who can introduce us to …?": the shortest chains of relationships between two
// stakeholders, the k best of them (Yen's algorithm over Dijkstra).
//
// What counts as a tie, and why:
// - Ties active on the day asked about only, by the app's one rule (isTieActiveOn): one that
//   had ended or not yet begun then is nobody to ask. Not the status alone: on a past day a
//   tie marked inactive since still worked, and one marked active may not have begun.
// - Either direction: a directed relationship (funding, oversight) still means both sides
//   know each other, which is what an introduction needs.
// - Not agreements: parties to a multi-party agreement (a regional protocol may have dozens
//   of adherents) need not know one another, and the map draws an agreement as a star from
//   its promoter, not as ties between every pair; counting them would make short cuts
//   through any large agreement.
// - Stronger ties are shorter: each step costs 6 − strength (strong 3, medium 4, weak 5), so
//   a direct weak tie (5) still beats two strong ones (6), while two medium steps (8) beat
//   three strong ones (9). Whole numbers, so equal paths compare equal.

export type PathRelationship = Pick<Relationship, 'id' | 'sourceId' | 'targetId' | 'strength' | 'type'> & TieDates;

export const stepCost = (strength: number): number => 6 - Math.min(3, Math.max(1, Math.round(strength) || 1));

interface Link {
  to: number;
  cost: number;
  /** The relationship the step uses: the strongest between the two (then the first by id). */
  relationship: PathRelationship;
}

/** The ties between stakeholders, built once per network and searched many times. */
export interface TieGraph {
  readonly ids: readonly string[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly links: readonly (readonly Link[])[];
}

/** `day`: YYYY-MM-DD, the day whose ties count (the day the map shows). */
export function buildTieGraph(
  stakeholderIds: readonly string[],
  relationships: readonly PathRelationship[],
  day: string,
): TieGraph {
  const indexById = new Map<string, number>();
  stakeholderIds.forEach((id, index) => indexById.set(id, index));
  const best = stakeholderIds.map(() => new Map<number, Link>());
  for (const relationship of relationships) {
    if (!isTieActiveOn(relationship, day)) continue;
    const source = indexById.get(relationship.sourceId);
    const target = indexById.get(relationship.targetId);
    if (source === undefined || target === undefined || source === target) continue;
    const cost = stepCost(relationship.strength);
    const known = best[source]!.get(target);
    if (known && (known.cost < cost || (known.cost === cost && known.relationship.id <= relationship.id))) continue;
    best[source]!.set(target, { to: target, cost, relationship });
    best[target]!.set(source, { to: source, cost, relationship });
  }
  // In index order, so equal paths are found in the same order every time.
  return { ids: stakeholderIds, indexById, links: best.map((map) => [...map.values()].sort((a, b) => a.to - b.to)) };
}

export interface PathStep {
  fromId: string;
  toId: string;
  relationship: PathRelationship;
}

export interface IntroductionPath {
  /** From the first stakeholder to the last, both included. */
  stakeholderIds: readonly string[];
  steps: readonly PathStep[];
  /** The sum of the steps' costs (stepCost): lower is better. */
  cost: number;
}

interface IndexPath {
  nodes: number[];
  cost: number;
}

/**
 * Dijkstra from `from` to `to`, avoiding `bannedNodes` (marked 1) and the first steps to
 * `bannedFirstSteps` (Yen's algorithm only ever bans ties leaving the path's start).
 */
function cheapestPath(
  graph: TieGraph,
  from: number,
  to: number,
  bannedNodes: Uint8Array,
  bannedFirstSteps: ReadonlySet<number>,
): IndexPath | null {
  const count = graph.ids.length;
  const distance = new Float64Array(count).fill(Infinity);
  const previous = new Int32Array(count).fill(-1);
  const done = new Uint8Array(count);
  const heap = new MinHeap();
  distance[from] = 0;
  heap.push(0, from);
  while (heap.size > 0) {
    const node = heap.pop();
    if (done[node]) continue;
    done[node] = 1;
    if (node === to) break;
    for (const link of graph.links[node]!) {
      if (done[link.to] || bannedNodes[link.to] || (node === from && bannedFirstSteps.has(link.to))) continue;
      const next = distance[node]! + link.cost;
      // Ties broken by the lower predecessor index: deterministic.
      if (next < distance[link.to]! || (next === distance[link.to]! && node < previous[link.to]!)) {
        distance[link.to] = next;
        previous[link.to] = node;
        heap.push(next, link.to);
      }
    }
  }
  if (!done[to]) return null;
  const nodes: number[] = [];
  for (let node = to; node !== -1; node = previous[node]!) nodes.push(node);
  return { nodes: nodes.reverse(), cost: distance[to]! };
}

const linkBetween = (graph: TieGraph, a: number, b: number): Link => graph.links[a]!.find((link) => link.to === b)!;

function costOf(graph: TieGraph, nodes: readonly number[]): number {
  let cost = 0;
  for (let index = 1; index < nodes.length; index += 1)
    cost += linkBetween(graph, nodes[index - 1]!, nodes[index]!).cost;
  return cost;
}

/** Cheaper first, then fewer steps, then by the stakeholders' positions: a stable order. */
function compareCandidates(a: IndexPath, b: IndexPath): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let index = 0; index < a.nodes.length; index += 1) {
    if (a.nodes[index] !== b.nodes[index]) return a.nodes[index]! - b.nodes[index]!;
  }
  return 0;
}

/**
 * Up to `maxPaths` distinct loop-free paths from one stakeholder to another, best first
 * (Yen's algorithm). Empty when there is none: unknown or equal ends, or no chain of
 * the graph's ties between them.
 */
export function introductionPaths(graph: TieGraph, fromId: string, toId: string, maxPaths = 3): IntroductionPath[] {
  const from = graph.indexById.get(fromId);
  const to = graph.indexById.get(toId);
  if (from === undefined || to === undefined || from === to || maxPaths < 1) return [];
  const bannedNodes = new Uint8Array(graph.ids.length);
  const first = cheapestPath(graph, from, to, bannedNodes, new Set());
  if (!first) return [];
  const found: IndexPath[] = [first];
  const candidates: IndexPath[] = [];
  const seen = new Set<string>([first.nodes.join(',')]);
  while (found.length < maxPaths) {
    const last = found[found.length - 1]!;
    for (let spurIndex = 0; spurIndex < last.nodes.length - 1; spurIndex += 1) {
      const root = last.nodes.slice(0, spurIndex + 1);
      const bannedFirstSteps = new Set<number>();
      for (const path of found) {
        if (path.nodes.length > spurIndex + 1 && root.every((node, index) => path.nodes[index] === node)) {
          bannedFirstSteps.add(path.nodes[spurIndex + 1]!);
        }
      }
      bannedNodes.fill(0);
      for (const node of root.slice(0, -1)) bannedNodes[node] = 1;
      const spur = cheapestPath(graph, root[root.length - 1]!, to, bannedNodes, bannedFirstSteps);
      if (!spur) continue;
      const nodes = [...root.slice(0, -1), ...spur.nodes];
      const key = nodes.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, cost: costOf(graph, nodes) });
    }
    if (candidates.length === 0) break;
    candidates.sort(compareCandidates);
    found.push(candidates.shift()!);
  }
  return found.map((path) => toIntroductionPath(graph, path));
}

function toIntroductionPath(graph: TieGraph, path: IndexPath): IntroductionPath {
  const steps: PathStep[] = [];
  for (let index = 1; index < path.nodes.length; index += 1) {
    const a = path.nodes[index - 1]!;
    const b = path.nodes[index]!;
    steps.push({ fromId: graph.ids[a]!, toId: graph.ids[b]!, relationship: linkBetween(graph, a, b).relationship });
  }
  return { stakeholderIds: path.nodes.map((node) => graph.ids[node]!), steps, cost: path.cost };
}

/** A binary min-heap of (priority, node), lower node first among equal priorities. */
class MinHeap {
  private readonly priorities: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(priority: number, node: number): void {
    this.priorities.push(priority);
    this.nodes.push(node);
    let at = this.nodes.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.isBefore(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  pop(): number {
    const top = this.nodes[0]!;
    const lastPriority = this.priorities.pop()!;
    const lastNode = this.nodes.pop()!;
    if (this.nodes.length > 0) {
      this.priorities[0] = lastPriority;
      this.nodes[0] = lastNode;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let smallest = at;
        if (left < this.nodes.length && this.isBefore(left, smallest)) smallest = left;
        if (right < this.nodes.length && this.isBefore(right, smallest)) smallest = right;
        if (smallest === at) break;
        this.swap(at, smallest);
        at = smallest;
      }
    }
    return top;
  }

  private isBefore(a: number, b: number): boolean {
    const difference = this.priorities[a]! - this.priorities[b]!;
    return difference < 0 || (difference === 0 && this.nodes[a]! < this.nodes[b]!);
  }

  private swap(a: number, b: number): void {
    [this.priorities[a], this.priorities[b]] = [this.priorities[b]!, this.priorities[a]!];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b]!, this.nodes[a]!];
  }
}
