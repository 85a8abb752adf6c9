import { describe, expect, it } from 'vitest';
import { tieStatusOnDay } from '../../../shared/analysis/activeOnDay';
import { localIsoDate } from '../../../shared/domain/common';
import type { Relationship } from '../../../shared/domain/relationship';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { buildMapElements, DEFAULT_MAP_OPTIONS } from './mapModel';
import { buildMapIndex } from './prepareMapIndexes';

// Today's map draws a tie faint (edge.inactive) by the one rule of the day (isTieActiveOn), not
// by its status field alone: a tie still marked active whose end date has passed is not drawn
// as a working tie while its page says Inactive and the path finder walks past it.

const sample = buildSampleNetwork('2026-01-15');
const [a, b] = sample.stakeholders;
const ended: Relationship = {
  ...sample.relationships[0]!,
  id: 'r-ended',
  sourceId: a!.id,
  targetId: b!.id,
  status: 'active',
  since: '2019-01-01',
  until: '2020-06-30',
};

describe("a tie whose end date has passed, on today's map", () => {
  it('is drawn as the inactive tie its page says it is', () => {
    expect(tieStatusOnDay(ended, localIsoDate()).kind).toBe('inactive');
    const records = { stakeholders: [a!, b!], relationships: [ended], agreements: [] };
    const edge = buildMapElements(records, buildMapIndex(records), DEFAULT_MAP_OPTIONS, String, localIsoDate()).find(
      (element) => element.data.id === 'r-ended',
    );
    expect(edge?.classes, 'the ended tie is drawn like a working one on today’s map').toContain('inactive');
  });
});
