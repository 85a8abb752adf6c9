import { describe, expect, it } from 'vitest';
import { buildSyntheticNetwork } from '../sample/syntheticNetwork';
import { keyConnectorsOf, neighbourLists, type ConnectorRelationship } from './keyConnectors';

const from = (lists: ReadonlyMap<string, readonly string[]>) => (id: string) => lists.get(id) ?? [];

const tie = (sourceId: string, targetId: string, status: 'active' | 'inactive' = 'active'): ConnectorRelationship => ({
  sourceId,
  targetId,
  status,
});

describe('keyConnectorsOf', () => {
  it('ranks the neighbour that bridges to the most others first, and leaves out those who bridge nobody', () => {
    // me — hub — {x, y, z}; me — side — w; me — leaf.
    const lists = neighbourLists([
      tie('me', 'hub'),
      tie('hub', 'x'),
      tie('hub', 'y'),
      tie('z', 'hub'),
      tie('me', 'side'),
      tie('side', 'w'),
      tie('me', 'leaf'),
    ]);
    const result = keyConnectorsOf(from(lists), 'me');
    expect(result.connectors.map((connector) => connector.id)).toEqual(['hub', 'side']);
    expect(result.neighbourhoodSize).toBe(8);
    expect(result.sampledSources).toBeNull();
  });

  it('ignores inactive ties, self-loops, unknown stakeholders and odd ids', () => {
    const lists = neighbourLists([tie('me', 'a', 'inactive'), tie('me', 'me'), tie('__proto__', 'constructor')]);
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
    const result = keyConnectorsOf(from(neighbourLists(ties)), 'me', { exactLimit: 1_000, sampleSize: 100 });
    expect(result.sampledSources).toBe(100);
    expect(result.connectors).toHaveLength(3);
  });

  it('ranks the connectors of the best-connected stakeholder of a 2,000-stakeholder network', () => {
    const network = buildSyntheticNetwork({ stakeholders: 2_000 });
    const lists = neighbourLists(network.relationships);
    const [busiest] = [...lists].sort((a, b) => b[1].length - a[1].length)[0]!;
    const result = keyConnectorsOf(from(lists), busiest);
    expect(result.connectors.length).toBeGreaterThan(0);
    const scores = result.connectors.map((connector) => connector.betweenness);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
