import { describe, expect, it } from 'vitest';
import { buildSyntheticNetwork } from '../../../shared/sample/syntheticNetwork';
import type { ElementDefinition } from 'cytoscape';
import { EMPTY_MAP_FILTERS, mapVisibility, neighboursOf, type MapVisibility } from './mapFilters';
import { DEFAULT_MAP_OPTIONS, type MapRecords } from './mapModel';
import { buildOverviewElements, categoryGroupOf } from './mapOverview';
import { incidentRelationships, relationshipEnds, stakeholderPositions } from './mapTieIndex';
import { buildMapIndex } from './prepareMapIndexes';

const network = buildSyntheticNetwork({ stakeholders: 3000 });
const records: MapRecords = {
  stakeholders: network.stakeholders,
  relationships: network.relationships,
  agreements: [],
};
const index = buildMapIndex(records);

const byId = (elements: ElementDefinition[]) => new Map(elements.map((element) => [String(element.data.id), element]));

function overview(visibility: MapVisibility, openGroups: ReadonlySet<string>, focusedGroupId: string | null) {
  return buildOverviewElements({
    records,
    index,
    options: DEFAULT_MAP_OPTIONS,
    visibility,
    openGroups,
    focusedGroupId,
    groupLabel: (group) => group,
    categoryLabel: (id) => id,
    today: '2026-12-07',
  });
}

describe('the tie index', () => {
  it("gives relationships' ends as positions in the stakeholder list, -1 for an unknown one, for the list it was built with", () => {
    const relationships = [...records.relationships.slice(0, 3), { ...records.relationships[3]!, targetId: 'gone' }];
    const ends = relationshipEnds(stakeholderPositions(records.stakeholders), relationships);
    relationships.slice(0, 3).forEach((relationship, position) => {
      expect(records.stakeholders[ends.sources[position]!]!.id).toBe(relationship.sourceId);
      expect(records.stakeholders[ends.targets[position]!]!.id).toBe(relationship.targetId);
    });
    expect(ends.targets[3]).toBe(-1);
    const reordered = [...records.stakeholders].reverse();
    expect(
      records.stakeholders.length - 1 - relationshipEnds(stakeholderPositions(reordered), relationships).sources[0]!,
    ).toBe(ends.sources[0]);
  });

  it("lists each stakeholder's relationships in order, once each", () => {
    const incident = incidentRelationships(records.relationships);
    const first = network.stakeholders[0]!.id;
    const expected = records.relationships.flatMap((relationship, position) =>
      relationship.sourceId === first || relationship.targetId === first ? [position] : [],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(incident.get(first)).toEqual(expected);
    expect([...incident.values()].reduce((sum, positions) => sum + positions.length, 0)).toBe(
      2 * records.relationships.length,
    );
  });

  it('counts relationships per pair of category groups', () => {
    const ties = index.ties;
    const [a, b] = [
      network.stakeholders[0]!,
      network.stakeholders.find(
        (stakeholder) => categoryGroupOf(stakeholder) !== categoryGroupOf(network.stakeholders[0]!),
      )!,
    ];
    const [low, high] = [categoryGroupOf(a), categoryGroupOf(b)].sort();
    const groupOfId = new Map(
      network.stakeholders.map((stakeholder) => [stakeholder.id, categoryGroupOf(stakeholder)]),
    );
    const between = records.relationships.filter(
      (relationship) =>
        [groupOfId.get(relationship.sourceId), groupOfId.get(relationship.targetId)].sort().join() === `${low},${high}`,
    );
    expect(ties.pairCounts.get(low!)?.get(high!) ?? 0).toBe(between.length);
    const total = [...ties.pairCounts.values()].reduce(
      (sum, row) => sum + [...row.values()].reduce((rowSum, count) => rowSum + count, 0),
      0,
    );
    expect(total).toBe(records.relationships.length);
  });

  it('gives the unfiltered overview the same lines and counts as looking at every relationship', () => {
    const visibility = mapVisibility(records, index, EMPTY_MAP_FILTERS);
    expect(visibility.showsEveryRelationship).toBe(true);
    // Told it does not show every relationship, the overview looks at each one.
    const lookedAtOneByOne: MapVisibility = { ...visibility, showsEveryRelationship: false };
    const focused = network.stakeholders[7]!;
    for (const [openGroups, focusedGroupId] of [
      [new Set<string>(), null],
      [new Set(['group:lazio']), null],
      [new Set(['group:campania']), categoryGroupOf(focused)],
    ] as const) {
      const fromIndex = byId(overview(visibility, openGroups, focusedGroupId));
      const fromEach = byId(overview(lookedAtOneByOne, openGroups, focusedGroupId));
      expect([...fromIndex.keys()].sort()).toEqual([...fromEach.keys()].sort());
      for (const [id, element] of fromEach) expect(fromIndex.get(id)?.data).toEqual(element.data);
      expect([...fromIndex.values()].some((element) => element.classes === 'ties')).toBe(true);
    }
  });

  it('leaves a filter that keeps every stakeholder but some relationship types to the one-by-one count', () => {
    const types = [records.relationships[0]!.type];
    expect(
      mapVisibility(records, index, { ...EMPTY_MAP_FILTERS, relationshipTypes: types }).showsEveryRelationship,
    ).toBe(false);
  });

  it("finds a stakeholder's neighbours through its relationships either way", () => {
    const id = network.stakeholders[11]!.id;
    const expected = new Set(
      records.relationships.flatMap((relationship) =>
        relationship.sourceId === id
          ? [relationship.targetId]
          : relationship.targetId === id
            ? [relationship.sourceId]
            : [],
      ),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(neighboursOf(id, { relationships: records.relationships, agreements: [] }, index.ties.incident)).toEqual(
      expected,
    );
  });
});
