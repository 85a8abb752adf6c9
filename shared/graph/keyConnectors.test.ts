import { describe, expect, it } from 'vitest';
import { buildSyntheticNetwork } from '../sample/syntheticNetwork';
import { keyConnectorsOf, neighbourLists, type ConnectorRelationship } from './keyConnectors';

const DAY = '2026-01-15';
const from = (lists: ReadonlyMap<string, readonly string[]>) => (id: string) => lists.get(id) ?? [];

const tie = (sourceId: string, targetId: string, status: 'active' | 'inactive' = 'active'): ConnectorRelationship => ({
  sourceId,
  targetId,
  status,
  since: null,
  until: null,
  createdAt: '2020-01-01T10:00:00.000Z',
  updatedAt: '2020-01-01T10:00:00.000Z',
});

describe('keyConnectorsOf on a day', () => {
  it('counts the ties active on the day (isTieActiveOn), whatever their status says now', () => {
    const dated = (
      sourceId: string,
      targetId: string,
      dates: Partial<ConnectorRelationship>,
    ): ConnectorRelationship => ({
      ...tie(sourceId, targetId),
      since: '2024-01-01',
      ...dates,
    });
    const ties = [
      // Ended in June 2025, marked inactive in September: a tie on 1 March 2025.
      dated('me', 'old', { status: 'inactive', until: '2025-06-30', updatedAt: '2025-09-01T10:00:00.000Z' }),
      dated('old', 'x', {}),
      // Begun in May 2025: no tie on 1 March 2025.
      dated('me', 'new', { since: '2025-05-01' }),
      dated('new', 'y', {}),
    ];
    const connectorsOn = (day: string) =>
      keyConnectorsOf(from(neighbourLists(ties, day)), 'me').connectors.map((connector) => connector.id);
    expect(
      { past: connectorsOn('2025-03-01'), now: connectorsOn(DAY) },
      'the key connectors on 1 March 2025 and today follow the ties active on each day',
    ).toEqual({ past: ['old'], now: ['new'] });
  });
});

describe('keyConnectorsOf', () => {
  it('ranks the neighbour that bridges to the most others first, and leaves out those who bridge nobody', () => {
    // me — hub — {x, y, z}; me — side — w; me — leaf.
    const lists = neighbourLists(
      [
        tie('me', 'hub'),
        tie('hub', 'x'),
        tie('hub', 'y'),
        tie('z', 'hub'),
        tie('me', 'side'),
        tie('side', 'w'),
        tie('me', 'leaf'),
      ],
      DAY,
    );
    const result = keyConnectorsOf(from(lists), 'me');
    expect(result.connectors.map((connector) => connector.id)).toEqual(['hub', 'side']);
    expect(result.neighbourhoodSize).toBe(8);
    expect(result.sampledSources).toBeNull();
  });

  it('ignores inactive ties, self-loops, unknown stakeholders and odd ids', () => {
    const lists = neighbourLists([tie('me', 'a', 'inactive'), tie('me', 'me'), tie('__proto__', 'constructor')], DAY);
    expect(keyConnectorsOf(from(lists), 'me').connectors).toEqual([]);
    expect(keyConnectorsOf(from(lists), 'nobody')).toEqual({
      connectors: [],
      neighbourhoodSize: 1,
      sampledSources: null,
    });
    expect(keyConnectorsOf(from(lists), '__proto__').neighbourhoodSize).toBe(2);
  });

  it('estimates, and says so, when the neighbourhood is very large', () => {
    const ties = Array.from({ length: 3_000 }, (_, index) => tie(`hub${index % 3}`, `leaf${index}`));
    ties.push(tie('me', 'hub0'), tie('me', 'hub1'), tie('me', 'hub2'));
    const result = keyConnectorsOf(from(neighbourLists(ties, DAY)), 'me', { exactLimit: 1_000, sampleSize: 100 });
    expect(result.sampledSources).toBe(100);
    expect(result.connectors).toHaveLength(3);
  });

  it('ranks the connectors of the best-connected stakeholder of a 2,000-stakeholder network', () => {
    const network = buildSyntheticNetwork({ stakeholders: 2_000 });
    const lists = neighbourLists(network.relationships, DAY);
    const [busiest] = [...lists].sort((a, b) => b[1].length - a[1].length)[0]!;
    const result = keyConnectorsOf(from(lists), busiest);
    expect(result.connectors.length).toBeGreaterThan(0);
    const scores = result.connectors.map((connector) => connector.betweenness);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
