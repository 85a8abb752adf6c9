import { describe, expect, it } from 'vitest';
import v2Fixture from '../../test/fixtures/db/v2.json';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, readBackupText } from './backup';

// Database version 3 deleted the saved map views table, which no screen ever wrote or
// showed. Backups written by version 2 list it (empty, unless made by hand): they still
// restore, and rows found there are counted so the restore can say they are left out.

const SAVED_VIEW = {
  id: 'view-1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: 'Campania',
  filters: { regions: ['campania'], categoryIds: [], sectors: [], stages: [], relationshipTypes: [] },
  layout: 'regions',
  colourBy: 'category',
  sizeBy: 'influence',
};

/** A backup file as version 2 wrote it, its saved views table holding `savedViews` (or this JSON text). */
function version2Backup(savedViews: unknown, savedViewsText = JSON.stringify(savedViews)): string {
  const agreements = v2Fixture.tables.agreements.map(({ partyIds: _partyIds, ...agreement }) => agreement);
  const tables = { ...v2Fixture.tables, agreements, savedViews: 'SAVED_VIEWS' };
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: '2026-11-23T12:00:00.000Z',
    schemaVersion: 2,
    tables,
  });
  return text.replace('"SAVED_VIEWS"', () => savedViewsText);
}

describe('a version 2 backup with a saved views table', () => {
  it('restores without the table, counting the saved views it held', () => {
    const { backup, retiredRows } = readBackupText(version2Backup([SAVED_VIEW, { ...SAVED_VIEW, id: 'view-2' }]), 3);
    expect(backup.tables).not.toHaveProperty('savedViews');
    expect(backup.tables.stakeholders).toHaveLength(2);
    expect(backup.tables.briefings).toHaveLength(2);
    expect(retiredRows).toEqual([{ table: 'savedViews', count: 2 }]);
  });

  it('has nothing to say when the table is empty, as every backup Trama wrote has it', () => {
    expect(readBackupText(version2Backup([]), 3).retiredRows).toEqual([]);
  });

  it('counts whatever the table holds without reading it, and refuses it nested too deep by name, as any table', () => {
    const hostile = `[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}, [[["x"]]], null, "not a view"]`;
    const { backup, retiredRows } = readBackupText(version2Backup(null, hostile), 3);
    expect(retiredRows).toEqual([{ table: 'savedViews', count: 4 }]);
    expect(backup.tables.stakeholders).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = `[${'['.repeat(100_000)}"x"${']'.repeat(100_000)}]`;
    expect(() => readBackupText(version2Backup(null, deep), 3)).toThrow(/too-deep \(tables\.savedViews/);
  });

  it('ignores a table that is no list, as any key the format does not know', () => {
    for (const notAList of [{ length: 3 }, 'views', 7, null])
      expect(readBackupText(version2Backup(notAList), 3).retiredRows).toEqual([]);
  });
});
