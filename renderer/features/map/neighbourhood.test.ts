import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../shared/domain/agreement';
import type { Relationship } from '../../../shared/domain/relationship';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { EMPTY_MAP_FILTERS, mapVisibility, neighboursOf } from './mapFilters';
import { agreementEdgeId } from './mapModel';
import { incidentRelationships } from './mapTieIndex';
import { neighbourLookup, neighbourhoodOf, parseFocusDepth } from './neighbourhood';
import { buildMapIndex } from './prepareMapIndexes';
import { readFocusDepth } from './useMapOptions';

const sample = buildSampleNetwork('2026-11-22');
const sampleIndex = buildMapIndex(sample);

/** A chain a - b - c - d, plus e linked to a by an agreement only. */
function chain() {
  const template = sample.relationships[0]!;
  const tie = (id: string, sourceId: string, targetId: string): Relationship => ({
    ...template,
    id,
    sourceId,
    targetId,
  });
  const relationships = [tie('r1', 'a', 'b'), tie('r2', 'b', 'c'), tie('r3', 'c', 'd'), tie('r4', 'd', 'd')];
  const agreement: Agreement = {
    ...sample.agreements[0]!,
    id: 'g1',
    parties: [
      { stakeholderId: 'a', role: 'promoter' },
      { stakeholderId: 'e', role: 'signatory' },
    ],
  };
  return { relationships, agreements: [agreement], incident: incidentRelationships(relationships) };
}

describe('the neighbourhood of a focused stakeholder', () => {
  it('reaches one or two steps, through relationships and agreements, each at its distance', () => {
    const { relationships, agreements, incident } = chain();
    const lookup = neighbourLookup({ relationships, agreements }, incident);
    expect(neighbourhoodOf('a', 1, lookup)).toEqual(
      new Map([
        ['a', 0],
        ['b', 1],
        ['e', 1],
      ]),
    );
    expect(neighbourhoodOf('a', 2, lookup)).toEqual(
      new Map([
        ['a', 0],
        ['b', 1],
        ['e', 1],
        ['c', 2],
      ]),
    );
    // A tie to itself is no neighbour; without agreements, e is out of reach.
    expect([...neighbourhoodOf('d', 1, lookup).keys()]).toEqual(['d', 'c']);
    expect(neighbourhoodOf('a', 2, neighbourLookup({ relationships, agreements: [] }, incident)).has('e')).toBe(false);
  });

  it('gives the same direct neighbours as the side panel does, for every sample stakeholder', () => {
    const lookup = neighbourLookup(sample, sampleIndex.ties.incident);
    for (const stakeholder of sample.stakeholders) {
      const direct = new Set(neighbourhoodOf(stakeholder.id, 1, lookup).keys());
      direct.delete(stakeholder.id);
      expect(direct).toEqual(neighboursOf(stakeholder.id, sample, sampleIndex.ties.incident));
    }
  });

  it('answers for unknown and hostile ids with the stakeholder alone', () => {
    const { relationships, agreements, incident } = chain();
    const lookup = neighbourLookup({ relationships, agreements }, incident);
    for (const id of ['__proto__', 'constructor', '', 'x'.repeat(100_000), '\u0000\u001b[2J'])
      expect(neighbourhoodOf(id, 2, lookup)).toEqual(new Map([[id, 0]]));
  });

  it('reads a stored depth of 2 as 2 and anything else as 1', () => {
    expect(parseFocusDepth(2)).toBe(2);
    for (const value of [1, 3, '2', null, undefined, {}, -1, Number.NaN]) expect(parseFocusDepth(value)).toBe(1);
  });
});

describe('only this neighbourhood', () => {
  const asl = sample.stakeholders.find((stakeholder) => stakeholder.name === 'ASL Napoli 1 Centro')!;
  const kept = neighbourhoodOf(asl.id, 1, neighbourLookup(sample, sampleIndex.ties.incident));

  it('hides everyone else as a filter does: counts, positions and ties follow', () => {
    const visibility = mapVisibility(sample, sampleIndex, EMPTY_MAP_FILTERS, kept);
    expect(new Set(visibility.stakeholderIds)).toEqual(new Set(kept.keys()));
    expect(visibility.showsEveryRelationship).toBe(false);
    sample.stakeholders.forEach((stakeholder, position) =>
      expect(visibility.isShownAt[position]).toBe(kept.has(stakeholder.id) ? 1 : 0),
    );
    for (const relationship of sample.relationships)
      expect(visibility.edgeIds.has(relationship.id)).toBe(
        kept.has(relationship.sourceId) && kept.has(relationship.targetId),
      );
    for (const agreement of sample.agreements)
      for (const party of agreement.parties)
        expect(visibility.edgeIds.has(agreementEdgeId(agreement.id, party.stakeholderId))).toBe(
          kept.has(party.stakeholderId),
        );
  });

  it('still applies the filters inside the neighbourhood', () => {
    const filters = { ...EMPTY_MAP_FILTERS, stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, regions: ['lazio'] } };
    const visibility = mapVisibility(sample, sampleIndex, filters, kept);
    for (const id of visibility.stakeholderIds) {
      expect(kept.has(id)).toBe(true);
      expect(sample.stakeholders.find((stakeholder) => stakeholder.id === id)!.region).toBe('lazio');
    }
  });
});

describe('the remembered focus depth', () => {
  it('reads "2" as 2 and anything else, damaged or missing, as 1', () => {
    expect(readFocusDepth('2')).toBe(2);
    for (const stored of [null, '1', '', '3', '2.0x', '{"__proto__":2}', 'NaN', ' '])
      expect(readFocusDepth(stored)).toBe(1);
  });
});
