import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { EMPTY_MAP_FILTERS, mapVisibility, type MapFilterState } from './mapFilters';
import { isAgreementEdgeId } from './mapModel';
import { neighbourLookup, neighbourhoodOf, type DrawnLines } from './neighbourhood';
import { buildMapIndex } from './prepareMapIndexes';

// Selecting a stakeholder asked the filters, by id, whether each of its ties is drawn, and the
// first such question listed every drawn relationship of the network (10,000 at 2,000
// stakeholders). The filters now answer a relationship by its position in the records' list,
// by the same rule; these tests hold the two answers equal and the selection to the second.

const sample = buildSampleNetwork('2026-11-22');
const index = buildMapIndex(sample);
const firstType = sample.relationships[0]!.type;
const region = sample.stakeholders[0]!.region!;

const FILTERS: Array<[string, MapFilterState]> = [
  ['no filter', EMPTY_MAP_FILTERS],
  ['a region', { ...EMPTY_MAP_FILTERS, stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, regions: [region] } }],
  ['a relationship type', { ...EMPTY_MAP_FILTERS, relationshipTypes: [firstType] }],
  [
    'a region and a type',
    {
      ...EMPTY_MAP_FILTERS,
      stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, regions: [region] },
      relationshipTypes: [firstType],
    },
  ],
];

/** A day on which every other relationship is drawn and every stakeholder known. */
const halfTheTies = {
  isKnownAt: new Uint8Array(sample.stakeholders.length).fill(1),
  isTieShown: (relationshipId: string) => sample.relationships.findIndex(({ id }) => id === relationshipId) % 2 === 0,
  agreementIds: new Set(sample.agreements.map(({ id }) => id)),
};

describe('whether a relationship is drawn, asked by its position', () => {
  it.each(FILTERS)('answers as asking by its id does, under %s', (_, filters) => {
    for (const time of [undefined, halfTheTies]) {
      const { edgeIds } = mapVisibility(sample, index, filters, undefined, time);
      const byPosition = sample.relationships.map((_, position) => edgeIds.hasRelationshipAt!(position));
      const byId = sample.relationships.map(({ id }) => edgeIds.has(id));
      expect(byPosition).toEqual(byId);
      expect(byId).toContain(true);
      if (filters !== EMPTY_MAP_FILTERS || time) expect(byId).toContain(false);
    }
  });

  it('is how a selection finds its neighbours: no relationship is asked by id', () => {
    const filters = FILTERS[1]![1];
    const { edgeIds } = mapVisibility(sample, index, filters);
    const askedById: string[] = [];
    const counted: DrawnLines = {
      has: (edgeId) => {
        askedById.push(edgeId);
        return edgeIds.has(edgeId);
      },
      hasRelationshipAt: (position) => edgeIds.hasRelationshipAt!(position),
    };
    const byId = { has: (edgeId: string) => edgeIds.has(edgeId) };
    const focus = sample.stakeholders[0]!.id;

    const found = neighbourhoodOf(focus, 2, neighbourLookup(sample, index.ties.incident, counted));

    expect(found).toEqual(neighbourhoodOf(focus, 2, neighbourLookup(sample, index.ties.incident, byId)));
    expect(found.size).toBeGreaterThan(2);
    expect(askedById.filter((edgeId) => !isAgreementEdgeId(edgeId))).toEqual([]);
  });
});
