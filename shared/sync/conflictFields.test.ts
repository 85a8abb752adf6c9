import { describe, expect, it } from 'vitest';
import { createNameIndex } from '../io/restoreValues';
import { canKeepBothOf, fieldDifferences, shownDifference } from './conflictFields';

const base = {
  id: 's-1',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  name: 'ASL Roma 1',
  region: 'lazio',
  tags: ['salute'],
  influence: 4,
  notes: '',
};

describe('the fields where versions of a record differ', () => {
  it('lists each differing field with every version’s value, the winner’s first, and leaves updatedAt out', () => {
    const winner = { ...base, name: 'ASL Roma 1 – Centro', updatedAt: '2026-12-02T10:00:00.000Z' };
    const other = { ...base, influence: 5, tags: ['salute', 'prefettura'], updatedAt: '2026-12-03T10:00:00.000Z' };
    expect(fieldDifferences('stakeholders', [winner, other])).toEqual([
      { field: 'name', values: ['ASL Roma 1 – Centro', 'ASL Roma 1'], canKeepBoth: true },
      { field: 'tags', values: [['salute'], ['salute', 'prefettura']], canKeepBoth: true },
      { field: 'influence', values: [4, 5], canKeepBoth: false },
    ]);
  });

  it('counts a field missing from one version as a difference, and key order as none', () => {
    const { notes: _notes, ...withoutNotes } = { ...base, notes: 'x' };
    const reordered = Object.fromEntries(Object.entries(base).reverse());
    expect(fieldDifferences('stakeholders', [base, reordered])).toEqual([]);
    expect(fieldDifferences('stakeholders', [{ ...base, notes: 'x' }, withoutNotes])).toEqual([
      { field: 'notes', values: ['x', undefined], canKeepBoth: true },
    ]);
  });

  it('compares three versions', () => {
    const differences = fieldDifferences('stakeholders', [base, base, { ...base, name: 'Terza' }]);
    expect(differences).toEqual([{ field: 'name', values: ['ASL Roma 1', 'ASL Roma 1', 'Terza'], canKeepBoth: true }]);
  });

  it('lets only hand-typed text be kept twice: not ids, codes, numbers or references', () => {
    expect(canKeepBothOf('stakeholders', 'notes', ['a', 'b'])).toBe(true);
    expect(canKeepBothOf('contacts', 'emails', [['a@x.it'], ['b@x.it']])).toBe(true);
    expect(canKeepBothOf('contacts', 'id', ['a', 'b'])).toBe(false);
    expect(canKeepBothOf('stakeholders', 'region', ['lazio', 'campania'])).toBe(false);
    expect(canKeepBothOf('stakeholders', 'programmeIds', [['p1'], ['p2']])).toBe(false);
    expect(canKeepBothOf('stakeholders', 'influence', [1, 2])).toBe(false);
    expect(canKeepBothOf('stakeholders', '__proto__', ['a', 'b'])).toBe(false);
    expect(canKeepBothOf('stakeholders', 'notes', ['a', { not: 'text' }])).toBe(false);
  });

  it('does not offer to join a person’s name, or a text its field would refuse joined', () => {
    expect(canKeepBothOf('contacts', 'name', ['Ada Neri', 'Ada Neri Rossi']), 'a contact’s name').toBe(false);
    expect(canKeepBothOf('staff', 'name', ['Anna Bianchi', 'Anna Maria Bianchi']), 'a staff name').toBe(false);
    expect(canKeepBothOf('staff', 'email', ['anna@x.it', 'a.bianchi@x.it']), 'an email').toBe(false);
    expect(canKeepBothOf('stakeholders', 'website', ['https://asl.it', 'https://www.asl.it']), 'a URL').toBe(false);
    expect(canKeepBothOf('stakeholders', 'name', ['a'.repeat(200), 'b'.repeat(200)]), 'too long').toBe(false);
    const differences = fieldDifferences('stakeholders', [
      { ...base, website: 'https://asl.it' },
      { ...base, website: 'https://www.asl.it' },
    ]);
    expect(differences).toEqual([
      { field: 'website', values: ['https://asl.it', 'https://www.asl.it'], canKeepBoth: false },
    ]);
  });

  it('shows each version’s value as the merge preview does: labels for codes, names for references', () => {
    const names = createNameIndex({ programmes: [{ id: 'p1', name: 'PsychCare', shortName: 'PC' }] as never });
    const [region] = fieldDifferences('stakeholders', [base, { ...base, region: 'campania' }]);
    expect(shownDifference('stakeholders', region!, names)).toEqual([
      { kind: 'code', set: 'region', code: 'lazio' },
      { kind: 'code', set: 'region', code: 'campania' },
    ]);
    const [programmes] = fieldDifferences('stakeholders', [
      { ...base, programmeIds: ['p1'] },
      { ...base, programmeIds: ['gone'] },
    ]);
    expect(shownDifference('stakeholders', programmes!, names)).toEqual([
      { kind: 'records', names: ['PC'], unknown: 0 },
      { kind: 'records', names: [], unknown: 1 },
    ]);
  });
});
