import { describe, expect, it } from 'vitest';
import type { FormerAttendee } from '../domain/training';
import { keptBothValue } from './keptBoth';
import { tallyOf } from './keptTallies';

const at = (token: string): FormerAttendee => ({
  token,
  region: 'campania',
  sector: 'health',
  categoryId: 'local-health-authority',
});
describe('keeping both values of a field', () => {
  it('joins hand-typed text and lists, and the entries of a training’s tally once each by token', () => {
    expect(keptBothValue('stakeholders', 'notes', ['a', 'b'])).toBe('a | b');
    expect(keptBothValue('contacts', 'emails', [['a@x.it'], ['a@x.it', 'b@x.it']])).toEqual(['a@x.it', 'b@x.it']);
    expect(keptBothValue('trainings', 'formerAttendees', [[at('t-a')], [at('t-b'), at('t-a')], undefined])).toEqual([
      at('t-a'),
      at('t-b'),
    ]);
    expect(tallyOf('trainings', 'formerAttendees')).toEqual({ field: 'formerAttendees', idsField: 'attendeeIds' });
    expect(tallyOf('trainings', 'attendeeIds')).toBeUndefined();
  });

  it('keeps no person’s name, address, code or reference joined, nor a join its field refuses', () => {
    expect(keptBothValue('contacts', 'name', ['Ada Neri', 'Ada Neri Rossi'])).toBeUndefined();
    expect(keptBothValue('staff', 'name', ['Anna Bianchi', 'Anna Maria Bianchi'])).toBeUndefined();
    expect(keptBothValue('staff', 'email', ['anna@x.it', 'anna.bianchi@x.it'])).toBeUndefined();
    expect(keptBothValue('stakeholders', 'website', ['https://asl.it', 'https://www.asl.it'])).toBeUndefined();
    expect(keptBothValue('stakeholders', 'name', ['a'.repeat(200), 'b'.repeat(200)])).toBeUndefined();
    const manyEmails = (prefix: string) => Array.from({ length: 15 }, (_, index) => `${prefix}${index}@x.it`);
    expect(
      keptBothValue('contacts', 'emails', [manyEmails('a'), manyEmails('b')]),
      'over 20 addresses',
    ).toBeUndefined();
    expect(keptBothValue('trainings', 'attendeeIds', [['c-1'], ['c-2']])).toBeUndefined();
    expect(keptBothValue('trainings', 'formerAttendees', [[at('t-a')], [{ not: 'a tally' }]])).toBeUndefined();
  });

  it('keeps a text an earlier "keep both" joined as it is, adding only what it lacks', () => {
    expect(
      [
        keptBothValue('stakeholders', 'name', ['ASL Caserta | ASL CE', 'ASL Caserta']),
        keptBothValue('stakeholders', 'name', ['ASL Caserta | ASL CE', 'ASL CE | ASL Caserta 2']),
        keptBothValue('stakeholders', 'notes', ['Prima riga\nseconda\n\n---\n\nAltra nota', 'Altra nota']),
      ],
      'a part the joined text already holds was joined to it again',
    ).toEqual([
      'ASL Caserta | ASL CE',
      'ASL Caserta | ASL CE | ASL Caserta 2',
      'Prima riga\nseconda\n\n---\n\nAltra nota',
    ]);
  });
});
