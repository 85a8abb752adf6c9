import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup, serialiseBackup, type BackupTables } from '../../../shared/io/backup';
import v1Fixture from '../../fixtures/db/v1.json';
import v2Fixture from '../../fixtures/db/v2.json';

// Backup files outlive the version that wrote them: a file saved before briefings existed
// (database schema version 1) must still restore, and a file from a newer app is refused.

function withoutPartyIds<T extends { partyIds?: unknown }>({ partyIds: _partyIds, ...rest }: T) {
  return rest;
}

function backupFileOf(fixture: { tables: Record<string, unknown[]> }, schemaVersion: number): string {
  const tables = {
    ...fixture.tables,
    agreements: (fixture.tables.agreements as { partyIds?: unknown }[]).map(withoutPartyIds),
  };
  return serialiseBackup(tables as unknown as BackupTables, schemaVersion, '2026-11-23T12:00:00.000Z');
}

describe('parseBackup across schema versions', () => {
  it('accepts a version 1 backup, which has no briefings table, as having no briefings', () => {
    const text = backupFileOf(v1Fixture, 1);
    expect(JSON.parse(text).tables).not.toHaveProperty('briefings');
    const backup = parseBackup(text, 2);
    expect(backup.schemaVersion).toBe(1);
    expect(backup.tables.briefings).toEqual([]);
    expect(backup.tables.stakeholders.map((row) => row.id)).toEqual([
      'fixture-asl-potenza',
      'fixture-prefettura-potenza',
    ]);
  });

  it('keeps the briefings of a version 2 backup', () => {
    const backup = parseBackup(backupFileOf(v2Fixture, 2), 2);
    expect(backup.tables.briefings.map((row) => row.title)).toEqual([
      'Tavolo con la Prefettura di Potenza',
      'Basilicata overview',
    ]);
    expect(backup.tables.briefings[0]?.source).toEqual({ kind: 'action', actionId: 'fixture-action-1' });
  });

  it('refuses a briefing that does not validate, naming where', () => {
    const broken = JSON.parse(backupFileOf(v2Fixture, 2));
    broken.tables.briefings[1].title = '   ';
    expect(() => parseBackup(JSON.stringify(broken), 2)).toThrow(BackupError);
    expect(() => parseBackup(JSON.stringify(broken), 2)).toThrow(/tables\.briefings\.1\.title/);
  });

  it('refuses a backup from a newer schema version', () => {
    expect(() => parseBackup(backupFileOf(v2Fixture, 3), 2)).toThrow(/newer-version/);
  });
});
