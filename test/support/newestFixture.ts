import { restoreBackup } from '../../renderer/db/backup';
import type { TramaDatabase } from '../../renderer/db/db';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, type TableName } from '../../renderer/db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, parseBackup } from '../../shared/io/backup';

// The newest database fixture (test/fixtures/db/v<N>.json) holds a record of every table, as
// migrations.test.ts requires: tests that need a sample of every table seed from it, so that
// a new table's fixture rows are the only sample anyone writes.

export type FixtureRow = Record<string, unknown>;
export type FixtureTables = Record<TableName, FixtureRow[]>;

interface FixtureData {
  schemaVersion: number;
  tables: Partial<FixtureTables>;
}

const FIXTURE_FILES = import.meta.glob<FixtureData>('../fixtures/db/v*.json', { import: 'default', eager: true });

const NEWEST = Object.entries(FIXTURE_FILES)
  .map(([file, data]) => ({ file, version: Number(/\/v(\d+)\.json$/.exec(file)?.[1]), data }))
  .reduce((newest, fixture) => (fixture.version > newest.version ? fixture : newest));

/** The newest fixture's tables, a copy of its own for each caller to change. */
export function newestFixtureTables(): FixtureTables {
  if (NEWEST.version !== CURRENT_SCHEMA_VERSION)
    throw new Error(
      `${NEWEST.file} is not of schema version ${CURRENT_SCHEMA_VERSION}: add v${CURRENT_SCHEMA_VERSION}.json`,
    );
  return Object.fromEntries(
    TABLE_NAMES.map((table) => [table, structuredClone(NEWEST.data.tables[table] ?? [])]),
  ) as FixtureTables;
}

/**
 * Replaces the database's content with the tables, the way the app restores a backup: each
 * record is checked against its schema first, and stored as its table keeps it (an
 * agreement with its index mirror of party ids).
 */
export async function seedDatabase(db: TramaDatabase, tables: Partial<FixtureTables>): Promise<void> {
  const json = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: '2026-12-06T12:00:00.000Z',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tables,
  });
  await restoreBackup(db, parseBackup(json, CURRENT_SCHEMA_VERSION), 'replace');
}
