import { describe, expect, it } from 'vitest';
import { betweennessCentrality, degreeCentrality } from '../../../shared/graph/metrics';

const edge = (sourceId: string, targetId: string) => ({ sourceId, targetId });

describe('degreeCentrality', () => {
  it('counts distinct neighbours, ignoring parallel edges, self-loops and unknown ends', () => {
    const degree = degreeCentrality(
      ['a', 'b', 'c', 'd'],
      [edge('a', 'b'), edge('b', 'a'), edge('a', 'c'), edge('a', 'a'), edge('a', 'zzz')],
    );
    expect(Object.fromEntries(degree)).toEqual({ a: 2, b: 1, c: 1, d: 0 });
  });
});

describe('betweennessCentrality', () => {
  it('matches hand-computed values on a path a–b–c–d', () => {
    const result = betweennessCentrality(['a', 'b', 'c', 'd'], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd')]);
    // b lies on a–c and a–d; c on a–d and b–d.
    expect(Object.fromEntries(result)).toEqual({ a: 0, b: 2, c: 2, d: 0 });
  });

  it('gives the centre of a star every pair of leaves, normalised to 1', () => {
    const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
    const ids = ['hub', ...leaves];
    const edges = leaves.map((leaf) => edge('hub', leaf));
    expect(betweennessCentrality(ids, edges).get('hub')).toBe(10);
    expect(betweennessCentrality(ids, edges, { isNormalised: true }).get('hub')).toBeCloseTo(1);
    expect(betweennessCentrality(ids, edges).get('l1')).toBe(0);
  });

  it('splits credit between equally short paths', () => {
    // a square a–b–d and a–c–d: b and c each carry half of the a–d pair.
    const result = betweennessCentrality(
      ['a', 'b', 'c', 'd'],
      [edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')],
    );
    expect(result.get('b')).toBeCloseTo(0.5);
    expect(result.get('c')).toBeCloseTo(0.5);
  });

  it('estimates from sampled sources on a large ring close to the exact value', () => {
    const ids = Array.from({ length: 200 }, (_, index) => `n${index}`);
    const edges = ids.map((id, index) => edge(id, ids[(index + 1) % ids.length]!));
    const exact = betweennessCentrality(ids, edges).get('n0')!;
    const estimate = betweennessCentrality(ids, edges, { sourceSampleSize: 50 }).get('n0')!;
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.1);
  });
});
