import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_TABLES } from './entities';
import { diffRecords, eraseFromHistoryEntry, HISTORY_TABLE, historyEntrySchema } from './history';
import { createMentionMatcher } from './mentions';

describe('history entries', () => {
  it('is a registered table, kept on this laptop, whose entries the registry parses', () => {
    expect(ENTITY_TABLES).toContain(HISTORY_TABLE);
    expect(ENTITIES.history.syncs).toBe(false);
    expect(ENTITIES.history.sinceSchemaVersion).toBe(5);
  });

  it('diffs top-level fields, leaving out the stamps, and says which field appeared or went', () => {
    const before = { id: 'a', updatedAt: '1', name: 'ASL', tags: ['x'], region: 'lazio', gone: 1 };
    const after = { id: 'a', updatedAt: '2', name: 'ASL', tags: ['x', 'y'], region: 'campania', added: true };
    expect(diffRecords(before, after)).toEqual([
      { field: 'tags', before: ['x'], after: ['x', 'y'] },
      { field: 'region', before: 'lazio', after: 'campania' },
      { field: 'gone', before: 1 },
      { field: 'added', after: true },
    ]);
    expect(diffRecords(before, { ...before, updatedAt: '9' })).toEqual([]);
  });

  it('treats hostile keys as data and never reads a prototype', () => {
    const after = JSON.parse('{"__proto__":{"polluted":true},"constructor":"x"}') as unknown;
    const changes = diffRecords({}, after);
    expect(changes.map((change) => change.field)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(diffRecords(null, 'not a record')).toEqual([]);
  });

  it('refuses an entry of an unknown kind or too long an author', () => {
    const entry = {
      id: 'h1',
      at: '2026-01-01T00:00:00.000Z',
      table: 'stakeholders',
      recordIds: ['s1'],
      kind: 'changed',
      by: null,
      source: 'here',
      changes: [{ field: 'notes', before: 'a', after: 'b' }],
    };
    expect(historyEntrySchema.safeParse(entry).success).toBe(true);
    expect(historyEntrySchema.safeParse({ ...entry, kind: 'edited' }).success).toBe(false);
    expect(historyEntrySchema.safeParse({ ...entry, by: 'x'.repeat(201) }).success).toBe(false);
  });

  it('takes an erased person out: their own entries go, their details and id leave every value', () => {
    const erasure = {
      contactId: 'c1',
      personTable: 'contacts',
      matcher: createMentionMatcher({ name: 'Lucia Esempio', emails: ['lucia@example.org'], phones: [] }),
      marker: '[erased]',
    };
    const own = { table: 'contacts', recordIds: ['c1'], changes: [] };
    expect(eraseFromHistoryEntry(own, erasure)).toBeNull();
    const imported = { table: 'contacts', recordIds: ['c0', 'c1', 'c2'], kind: 'created', changes: [] };
    expect(eraseFromHistoryEntry(imported, erasure)).toEqual({ ...imported, recordIds: ['c0', 'c2'] });
    const other = {
      table: 'actions',
      recordIds: ['a1'],
      changes: [
        { field: 'participantIds', before: ['c1', 'c2'], after: ['c2'] },
        { field: 'outcome', before: 'Lucia Esempio (lucia@example.org) wrote', after: 'done' },
      ],
    };
    expect(eraseFromHistoryEntry(other, erasure)).toEqual({
      table: 'actions',
      recordIds: ['a1'],
      changes: [
        { field: 'participantIds', before: ['c2'], after: ['c2'] },
        { field: 'outcome', before: '[erased] ([erased]) wrote', after: 'done' },
      ],
    });
    const untouched = { table: 'actions', recordIds: ['a2'], changes: [{ field: 'title', before: 'x', after: 'y' }] };
    expect(eraseFromHistoryEntry(untouched, erasure)).toBe(untouched);
  });
});
