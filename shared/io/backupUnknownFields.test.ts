import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { readBackupText, serialiseBackup, type BackupTables } from './backup';

// The schema version only moves when the database's stores change (renderer/db/schema.ts), so a
// newer Trama that adds a field to a record writes backups of the same version. Restored by an
// older Trama, such a field is dropped by the parse: a restore must say what it leaves out, as
// it already says of meta rows (droppedMeta) and of retired tables (retiredRows).

const SCHEMA_VERSION = 5;

function backupWithUnknownField(): string {
  const sample = buildSampleNetwork('2026-12-07');
  const tables = {
    stakeholders: sample.stakeholders,
    contacts: sample.contacts,
    relationships: sample.relationships,
  } as Partial<BackupTables>;
  const empty = Object.fromEntries(
    [
      'agreements',
      'actions',
      'followUps',
      'programmes',
      'staff',
      'categories',
      'mapPositions',
      'meta',
      'briefings',
      'trainings',
      'history',
    ].map((name) => [name, []]),
  );
  const json = JSON.parse(
    serialiseBackup({ ...empty, ...tables } as BackupTables, SCHEMA_VERSION, '2026-12-07T10:00:00.000Z'),
  );
  json.tables.stakeholders[0].fax = '+39 06 1234567';
  json.tables.surveys = [{ id: 'survey-1', title: 'Mappatura 2026' }];
  return JSON.stringify(json);
}

describe('a backup holding fields or tables this version does not know', () => {
  it('reports what the parse left out', () => {
    const read = readBackupText(backupWithUnknownField(), SCHEMA_VERSION);
    const reported = JSON.stringify({ ...read, backup: undefined });
    expect(read.backup.tables.stakeholders[0]).not.toHaveProperty('fax');
    expect(
      /fax/.test(reported) && /surveys/.test(reported),
      `the stakeholder's "fax" and the table "surveys" were dropped; the reading reports only ${reported}`,
    ).toBe(true);
  });
});

describe('a backup Trama writes', () => {
  it('reports nothing left out, field or table', () => {
    const json = JSON.parse(backupWithUnknownField());
    delete json.tables.stakeholders[0].fax;
    delete json.tables.surveys;
    const read = readBackupText(JSON.stringify(json), SCHEMA_VERSION);
    expect(read.droppedFields).toEqual([]);
    expect(read.unknownTables).toEqual([]);
  });

  it('counts an unknown field per table and field', () => {
    const read = readBackupText(backupWithUnknownField(), SCHEMA_VERSION);
    expect(read.droppedFields).toEqual([{ table: 'stakeholders', field: 'fax', count: 1 }]);
    expect(read.unknownTables).toEqual([{ table: 'surveys', count: 1 }]);
  });
});
