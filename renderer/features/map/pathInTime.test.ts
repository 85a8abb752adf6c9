import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../../shared/domain/relationship';
import { buildTieGraph, introductionPaths } from '../../../shared/graph/paths';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { mapTimeIndex, narrowToTime } from './mapTime';
import { buildMapIndex } from './prepareMapIndexes';
import { tiesOnDay } from './tiesOnDay';

// On the map "as of" a day, "who can introduce us to …?" answers from the ties the map draws
// on that day (tiesOnDay, as MapSide gives them to PathFinder), not from every record: a tie
// that had not begun then offers no chain.

const sample = buildSampleNetwork('2026-01-15');
const [a, b, c] = sample.stakeholders.map((stakeholder) => ({ ...stakeholder, createdAt: '2018-01-01T10:00:00.000Z' }));
const tie = (id: string, sourceId: string, targetId: string, since: string): Relationship => ({
  ...sample.relationships[0]!,
  id,
  sourceId,
  targetId,
  status: 'active',
  since,
  until: null,
});
const records = {
  stakeholders: [a!, b!, c!],
  relationships: [tie('r-old', a!.id, b!.id, '2019-01-01'), tie('r-new', b!.id, c!.id, '2025-05-01')],
  agreements: [],
};

describe('the path finder on the map as of a day', () => {
  it('uses only ties the map draws on that day', () => {
    const index = buildMapIndex(records);
    const narrowing = narrowToTime(records, index.ends, mapTimeIndex(records), {
      day: '2022-01-01',
      from: null,
      problem: null,
    });
    // What PathFinder does with the relationships MapSide gives it.
    const graph = buildTieGraph(
      records.stakeholders.map((stakeholder) => stakeholder.id),
      tiesOnDay(records.relationships, '2022-01-01', narrowing).relationships,
      '2022-01-01',
    );
    const steps = introductionPaths(graph, a!.id, c!.id).flatMap((path) => path.steps);
    const notDrawn = steps.filter((step) => !narrowing.isTieShown(step.relationship.id));
    expect(
      notDrawn.map(
        (step) =>
          `${step.relationship.id} (since ${records.relationships.find((r) => r.id === step.relationship.id)!.since})`,
      ),
      'the introduction on the map as of 2022-01-01 uses a tie begun later',
    ).toEqual([]);
  });

  it('uses a tie active on that day though marked inactive since', () => {
    const ended: Relationship = {
      ...tie('r-ended', b!.id, c!.id, '2019-01-01'),
      status: 'inactive',
      until: '2023-06-30',
      updatedAt: '2024-02-01T10:00:00.000Z',
    };
    const then = { ...records, relationships: [records.relationships[0]!, ended] };
    const index = buildMapIndex(then);
    const view = { day: '2022-01-01', from: null, problem: null };
    const narrowing = narrowToTime(then, index.ends, mapTimeIndex(then), view);
    expect(narrowing.isTieShown('r-ended'), 'the map draws the tie on 2022-01-01').toBe(true);
    const graph = buildTieGraph(
      then.stakeholders.map((stakeholder) => stakeholder.id),
      tiesOnDay(then.relationships, view.day, narrowing).relationships,
      view.day,
    );
    expect(
      introductionPaths(graph, a!.id, c!.id).map((path) => path.steps.map((step) => step.relationship.id)),
      'the introduction on the map as of 2022-01-01 walks the tie drawn then',
    ).toEqual([['r-old', 'r-ended']]);
  });
});
