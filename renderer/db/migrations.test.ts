import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idSchema } from '../../shared/domain/common';
import { ENTITIES } from '../../shared/domain/entities';
import { parseBackup } from '../../shared/io/backup';
import v1Fixture from '../../test/fixtures/db/v1.json';
import v2Fixture from '../../test/fixtures/db/v2.json';
import v3Fixture from '../../test/fixtures/db/v3.json';
import { createBackupJson } from './backup';
import { SCHEMA_UPGRADES_META_KEY, openTramaDatabase, type SchemaUpgradeRecord } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, TABLE_NAMES, type TableName } from './schema';

// The pattern for every schema change: seed a database exactly as version N wrote it
// (one fixture per released version), open it with the current code, and check the data.
// A new version adds SCHEMA_V<N> + its upgrade in db.ts, a v<N>.json fixture (a record in
// every table, as that version writes them) and a row here.

interface Fixture {
  version: number;
  schema: Record<string, string>;
  data: { tables: Record<string, unknown[]> };
}

const FIXTURES: Fixture[] = [
  { version: 1, schema: SCHEMA_V1, data: v1Fixture },
  { version: 2, schema: SCHEMA_V2, data: v2Fixture },
  { version: 3, schema: SCHEMA_V3, data: v3Fixture },
];
const NEWEST = FIXTURES[FIXTURES.length - 1]!;

/**
 * Each table's record as the database stores it: the registry's schema, and for an
 * agreement the index-only copy of its party ids (repositories/agreements.ts).
 */
function storedRecordSchema(table: TableName): z.ZodType {
  return table === 'agreements' ? ENTITIES.agreements.schema.extend({ partyIds: z.array(idSchema) }) : ENTITIES[table].schema;
}

/**
 * Every record of every table, read raw, against today's schema of its table: it must parse
 * and come out exactly as stored. A default filled in (a field added without an upgrade that
 * writes it), a key dropped (one the schema no longer knows) or a value transformed means
 * the stored data is not what the code believes it is; parseBackup would hide all three.
 */
async function expectEveryRecordUnchangedByTodaysSchemas(db: Dexie): Promise<void> {
  for (const table of TABLE_NAMES) {
    const schema = storedRecordSchema(table);
    for (const [position, stored] of (await db.table(table).toArray()).entries()) {
      const where = `${table}[${position}]`;
      const parsed = schema.safeParse(stored);
      expect(parsed.success ? [] : parsed.error.issues, where).toEqual([]);
      expect(parsed.data, where).toStrictEqual(stored);
    }
  }
}

async function seedAtVersion(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.schema);
  await old.open();
  const tables = Object.keys(fixture.schema);
  await old.transaction('rw', tables, async () => {
    for (const table of tables) await old.table(table).bulkAdd(fixture.data.tables[table] ?? []);
  });
  old.close();
}

describe.each(FIXTURES)('a database written by schema version $version', (fixture) => {
  it(`opens at version ${CURRENT_SCHEMA_VERSION} with every record readable and valid`, async () => {
    const name = `migration-${fixture.version}-${crypto.randomUUID()}`;
    await seedAtVersion(name, fixture);
    const db = openTramaDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

    const upgrades = ((await db.meta.get(SCHEMA_UPGRADES_META_KEY))?.value ?? []) as SchemaUpgradeRecord[];
    const upgradedNow = fixture.version < CURRENT_SCHEMA_VERSION ? 1 : 0;
    for (const table of TABLE_NAMES) {
      const expected = (fixture.data.tables[table] ?? []).length + (table === 'meta' && fixture.version === 1 ? upgradedNow : 0);
      expect(await db.table(table).count(), table).toBe(expected);
    }
    expect(upgrades.map(({ fromVersion, toVersion }) => [fromVersion, toVersion])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(upgrades.some((upgrade) => upgrade.deletedRows !== undefined)).toBe(false);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual([...TABLE_NAMES].sort());

    // Every table, read back the way a backup reads it, passes the same validation as a
    // restored file: nothing written by an older version became unreadable.
    const backup = parseBackup(await createBackupJson(db, '2026-11-23T12:00:00.000Z'), CURRENT_SCHEMA_VERSION);
    expect(backup.tables.stakeholders).toHaveLength(2);
    expect(backup.tables.briefings).toHaveLength((fixture.data.tables.briefings ?? []).length);

    await expectEveryRecordUnchangedByTodaysSchemas(db);

    // Indexes still answer the queries the views make.
    expect(await db.agreements.where('partyIds').equals('fixture-asl-potenza').count()).toBe(1);
    expect((await db.stakeholders.get('fixture-asl-potenza'))?.notes).toContain('àèìòù ✓');
    expect(await db.briefings.orderBy('updatedAt').primaryKeys()).toEqual((fixture.data.tables.briefings ?? []).map((row) => (row as { id: string }).id));
    db.close();
    await Dexie.delete(name);
  });
});

describe('the fixtures', () => {
  it('are one per released version, the newest holding a record in every table, so each table is checked against its schema', () => {
    expect(NEWEST.version).toBe(CURRENT_SCHEMA_VERSION);
    expect(FIXTURES.map((fixture) => fixture.data)).toEqual(FIXTURES.map((fixture) => expect.objectContaining({ schemaVersion: fixture.version })));
    expect(Object.keys(NEWEST.data.tables).sort()).toEqual([...TABLE_NAMES].sort());
    expect(TABLE_NAMES.filter((table) => (NEWEST.data.tables[table] ?? []).length === 0)).toEqual([]);
  });
});

describe('the upgrade to version 3', () => {
  // No screen ever wrote a saved map view; a backup made by hand could have put one there.
  it('deletes the saved views table and notes how many rows it held', async () => {
    const name = `migration-saved-views-${crypto.randomUUID()}`;
    const view = { id: 'view-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', name: 'Campania', filters: { regions: ['campania'] }, layout: 'regions', colourBy: 'category', sizeBy: 'influence' };
    await seedAtVersion(name, { ...FIXTURES[1]!, data: { tables: { ...v2Fixture.tables, savedViews: [view, { ...view, id: 'view-2' }] } } });
    const db = openTramaDatabase(name);
    await db.open();
    expect(db.backendDB().objectStoreNames.contains('savedViews')).toBe(false);
    const upgrades = ((await db.meta.get(SCHEMA_UPGRADES_META_KEY))?.value ?? []) as SchemaUpgradeRecord[];
    expect(upgrades.at(-1)).toMatchObject({ fromVersion: 2, toVersion: 3, deletedRows: { savedViews: 2 } });
    await expectEveryRecordUnchangedByTodaysSchemas(db);
    db.close();
    await Dexie.delete(name);
  });
});
