import { describe, expect, it } from 'vitest';
import { stakeholderSchema } from '../domain/stakeholder';
import { relationshipSchema } from '../domain/relationship';
import { buildSyntheticNetwork } from './syntheticNetwork';

describe('the synthetic benchmark network', () => {
  it('has the asked size, five times as many relationships, all valid records', () => {
    const network = buildSyntheticNetwork({ stakeholders: 300 });
    expect(network.stakeholders).toHaveLength(300);
    expect(network.relationships).toHaveLength(1500);
    for (const stakeholder of network.stakeholders) expect(stakeholderSchema.safeParse(stakeholder).success).toBe(true);
    for (const relationship of network.relationships.slice(0, 200))
      expect(relationshipSchema.safeParse(relationship).success).toBe(true);
  });

  it('is the same for the same size and seed', () => {
    expect(buildSyntheticNetwork({ stakeholders: 50 })).toEqual(buildSyntheticNetwork({ stakeholders: 50 }));
    expect(buildSyntheticNetwork({ stakeholders: 50, seed: 2 })).not.toEqual(
      buildSyntheticNetwork({ stakeholders: 50 }),
    );
  });

  it('spreads stakeholders over the five regions and national bodies, links mostly within a region, never twice', () => {
    const network = buildSyntheticNetwork({ stakeholders: 2000 });
    const regions = new Set(network.stakeholders.map((stakeholder) => stakeholder.region));
    expect(regions).toEqual(new Set(['lazio', 'lombardia', 'campania', 'sicilia', 'basilicata', null]));
    const regionOf = new Map(network.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region]));
    const within = network.relationships.filter(
      (relationship) => regionOf.get(relationship.sourceId) === regionOf.get(relationship.targetId),
    ).length;
    expect(within / network.relationships.length).toBeGreaterThan(0.8);
    const pairs = new Set(network.relationships.map(({ sourceId, targetId }) => [sourceId, targetId].sort().join('|')));
    expect(pairs.size).toBe(network.relationships.length);
    expect(network.relationships.every((relationship) => relationship.sourceId !== relationship.targetId)).toBe(true);
  });

  it('stops at a complete graph when the size is too small for five links each', () => {
    expect(buildSyntheticNetwork({ stakeholders: 4 }).relationships).toHaveLength(6);
    expect(buildSyntheticNetwork({ stakeholders: 1 }).relationships).toHaveLength(0);
  });
});
