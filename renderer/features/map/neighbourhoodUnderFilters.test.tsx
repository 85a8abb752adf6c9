import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../../shared/domain/relationship';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { EMPTY_MAP_FILTERS, type MapFilterState } from './mapFilters';
import { agreementEdgeId } from './mapModel';
import { neighbourLookup } from './neighbourhood';
import { buildMapIndex } from './prepareMapIndexes';
import { useFocusedMap } from './useFocusedMap';

// "Only this neighbourhood" at two steps, through the map page's own wiring (useFocusedMap: the
// neighbourhood steps along what the map draws without it, then narrows the map to it). A
// stakeholder two steps away is shown only when the map also shows the way to it; otherwise it
// would float unconnected beside the focus, and the side panel count it "two steps away".

const sample = buildSampleNetwork('2026-01-15');
const focus = sample.stakeholders[0]!;
const middle = sample.stakeholders.find((stakeholder) => stakeholder.region !== focus.region)!;
const far = sample.stakeholders.find((stakeholder) => stakeholder.region === focus.region && stakeholder !== focus)!;
const tie = (id: string, sourceId: string, targetId: string, type: string): Relationship => ({
  ...sample.relationships[0]!,
  id,
  sourceId,
  targetId,
  type,
  status: 'active',
  since: null,
  until: null,
});
const records = {
  stakeholders: [focus, middle, far],
  relationships: [tie('r1', focus.id, middle.id, 'collaboration'), tie('r2', middle.id, far.id, 'funding')],
  agreements: [],
};
const index = buildMapIndex(records);

function onlyNeighbourhood(filters: MapFilterState) {
  const { result } = renderHook(() =>
    useFocusedMap({ records, index }, filters, undefined, focus.id, { withAgreements: false, isOverview: false }),
  );
  act(() => {
    result.current.focusState.setDepth(2);
    result.current.focusState.setIsOnly(true);
  });
  const { visibility, focusState } = result.current;
  expect(focusState.onlyIds?.has(focus.id)).toBe(true);
  const drawnTies = records.relationships.filter((relationship) => visibility.edgeIds.has(relationship.id));
  const reached = new Set([focus.id]);
  for (let step = 0; step < 2; step += 1)
    for (const { sourceId, targetId } of drawnTies) {
      if (reached.has(sourceId)) reached.add(targetId);
      if (reached.has(targetId)) reached.add(sourceId);
    }
  return [...visibility.stakeholderIds].filter((id) => !reached.has(id));
}

describe('only this neighbourhood, under filters', () => {
  it('shows no stakeholder reached only through one the region filter hides', () => {
    const filters = {
      ...EMPTY_MAP_FILTERS,
      stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, regions: [focus.region!] },
    };
    expect(onlyNeighbourhood(filters), `${far.name} is shown two steps away through hidden ${middle.name}`).toEqual([]);
  });

  it('shows no stakeholder reached only through a relationship type the filter hides', () => {
    const filters = { ...EMPTY_MAP_FILTERS, relationshipTypes: ['funding'] };
    expect(onlyNeighbourhood(filters), 'shown although its only way to the focus is a hidden collaboration').toEqual(
      [],
    );
  });
});

describe('the neighbourhood along drawn lines', () => {
  it('steps across an agreement only to parties whose line of it the map draws', () => {
    const agreement = {
      ...sample.agreements[0]!,
      id: 'g1',
      parties: [
        { stakeholderId: focus.id, role: 'promoter' as const },
        { stakeholderId: far.id, role: 'signatory' as const },
      ],
    };
    const withAgreement = { relationships: [], agreements: [agreement] };
    const drawn = (...partyIds: string[]) => new Set(partyIds.map((id) => agreementEdgeId(agreement.id, id)));
    const lookup = (lines: Set<string>) => [...neighbourLookup(withAgreement, new Map(), lines)(focus.id)];
    expect(lookup(drawn(focus.id, far.id))).toEqual([far.id]);
    expect(lookup(drawn(focus.id)), 'reached across an agreement line the map does not draw').toEqual([]);
  });
});
