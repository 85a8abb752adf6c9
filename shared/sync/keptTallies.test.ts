import { describe, expect, it } from 'vitest';
import { trainingSchema, type FormerAttendee } from '../domain/training';
import { tallyKeptBoth, tallyOf } from './keptTallies';
import { resolvedRecord } from './resolveConflict';

const NOW = '2026-12-06T12:00:00.000Z';
const at = (token: string, categoryId = 'local-health-authority'): FormerAttendee => ({
  token,
  region: 'campania',
  sector: 'health',
  categoryId,
});
const training = (attendeeIds: string[], formerAttendees?: FormerAttendee[]) =>
  trainingSchema.parse({
    id: 't-1',
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    title: 'Corso linee guida',
    date: '2026-10-02',
    attendeeIds,
    formerAttendees,
  });

const attendeeTally = tallyOf('trainings', 'formerAttendees')!;

const keptBoth = (kept: ReturnType<typeof training>, versions: Array<ReturnType<typeof training>>) => {
  const { ids, entries } = tallyKeptBoth(attendeeTally, kept, versions);
  return { ids, tokens: entries.map((entry) => entry.token) };
};

describe('a training’s tally of former attendees kept both', () => {
  it('knows the tally and the ids it counts from the registry of references', () => {
    expect(attendeeTally).toEqual({ field: 'formerAttendees', idsField: 'attendeeIds' });
    expect(tallyOf('trainings', 'attendeeIds')).toBeUndefined();
    expect(tallyOf('contacts', 'formerAttendees')).toBeUndefined();
  });

  it('keeps every version’s entries, and leaves out the attendees another version deleted', () => {
    // Anna deleted Ada (tally t-a), Marco deleted Bruno (t-b); Carla attended and stays.
    const marco = training(['ada', 'carla'], [at('t-b')]);
    const anna = training(['bruno', 'carla'], [at('t-a')]);
    expect(keptBoth(marco, [marco, anna])).toEqual({ ids: ['carla'], tokens: ['t-b', 't-a'] });
    expect(keptBoth(anna, [marco, anna])).toEqual({ ids: ['carla'], tokens: ['t-b', 't-a'] });
  });

  it('keeps the attendees it cannot tell deleted from added on one laptop or taken off by hand on the other', () => {
    // Anna added Dario; Marco deleted Bruno: one new entry for two names Marco does not list.
    const anna = training(['ada', 'bruno', 'dario']);
    const marco = training(['ada'], [at('t-b')]);
    expect(keptBoth(anna, [anna, marco])).toEqual({ ids: ['ada', 'bruno', 'dario'], tokens: ['t-b'] });
    // Marco took Bruno off by hand: no new entry, no deletion.
    expect(keptBoth(anna, [anna, training(['ada', 'dario'])])).toEqual({ ids: ['ada', 'bruno', 'dario'], tokens: [] });
  });

  it('counts once a person both laptops deleted, by the smaller token, whichever version is kept', () => {
    // Both deleted Ada offline, each drawing its own token; Marco also deleted Bruno, of a cooperative.
    const anna = training(['bruno', 'carla'], [at('t-a2')]);
    const marco = training(['carla'], [at('t-b', 'cooperative'), at('t-a1')]);
    expect(keptBoth(anna, [anna, marco])).toEqual({ ids: ['carla'], tokens: ['t-b', 't-a1'] });
    expect(keptBoth(marco, [anna, marco])).toEqual({ ids: ['carla'], tokens: ['t-b', 't-a1'] });
  });

  it('keeps an attendee added on one laptop where both deleted the same person, and counts that person once', () => {
    // Both tidied Ada (a duplicate) away offline; Marco also added Rita, who attended.
    const anna = training(['carla'], [at('t-anna')]);
    const marco = training(['carla', 'rita'], [at('t-marco')]);
    const { ids, entries } = tallyKeptBoth(attendeeTally, marco, [anna, marco]);
    expect(
      { ids, former: entries.length },
      'Rita, added on Marco’s laptop, is not to be taken as deleted on Anna’s, nor Ada counted twice',
    ).toEqual({ ids: ['carla', 'rita'], former: 1 });
    expect(keptBoth(marco, [anna, marco]).tokens).toEqual(['t-anna']);
  });

  it('does not take two people deleted on each laptop for one where they worked differs', () => {
    // Anna deleted Ada (an ASL), Marco deleted Elena (a prefecture); neither attendee listed by the other any more.
    const anna = training(['carla'], [at('t-a')]);
    const marco = training(['carla'], [at('t-e', 'prefecture')]);
    expect(keptBoth(anna, [anna, marco])).toEqual({ ids: ['carla'], tokens: ['t-a', 't-e'] });
  });
});

describe('a resolution keeping both tallies', () => {
  it('leaves neither deletion undone and counts no one twice', () => {
    const marco = training(['ada'], [at('t-b')]);
    const anna = training(['bruno'], [at('t-a')]);
    const resolved = resolvedRecord(
      'trainings',
      [marco, anna],
      { kind: 'fields', choices: { formerAttendees: { kind: 'both' } } },
      NOW,
    );
    expect(resolved.ok && resolved.record).toMatchObject({ attendeeIds: [], formerAttendees: [at('t-b'), at('t-a')] });
  });

  it('takes the attendees from the version chosen for them, less the deletions of the others it can tell', () => {
    // Marco deleted Bruno and added Dario; Anna deleted Ada.
    const marco = training(['ada', 'carla', 'dario'], [at('t-b')]);
    const anna = training(['bruno', 'carla'], [at('t-a')]);
    const resolve = (choices: Record<string, { kind: 'both' } | { kind: 'version'; version: number }>) => {
      const resolved = resolvedRecord('trainings', [marco, anna], { kind: 'fields', choices }, NOW);
      return resolved.ok ? resolved.record : resolved.problems;
    };
    expect(resolve({ formerAttendees: { kind: 'both' }, attendeeIds: { kind: 'version', version: 1 } })).toMatchObject({
      attendeeIds: ['carla'],
      formerAttendees: [at('t-b'), at('t-a')],
    });
    // Marco's list: Ada deleted or Dario added, one entry cannot tell; both stay listed.
    expect(resolve({ formerAttendees: { kind: 'both' } })).toMatchObject({ attendeeIds: ['ada', 'carla', 'dario'] });
  });
});
