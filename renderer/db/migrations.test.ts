import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idSchema } from '../../shared/domain/common';
import { ENTITIES } from '../../shared/domain/entities';
import { parseBackup } from '../../shared/io/backup';
import { createBackupJson } from './backup';
import { SCHEMA_UPGRADES_META_KEY, openTramaDatabase, type SchemaUpgradeRecord } from './db';
import * as schemas from './schema';
import { CURRENT_SCHEMA_VERSION, ENGINE_TABLES, storesAt, TABLE_NAMES, type TableName } from './schema';

// The pattern for every schema change: seed a database exactly as version N wrote it
// (one fixture per released version), open it with the current code, and check the data.
// A new version (a registry entry's sinceSchemaVersion, schema.ts) adds a v<N>.json fixture
// (a record in every table, as that version writes them); fixtures are found by file name.

interface Fixture {
  version: number;
  schema: Record<string, string>;
  data: { tables: Record<string, unknown[]> };
}

const FIXTURE_FILES = import.meta.glob<Fixture['data']>('../../test/fixtures/db/v*.json', {
  import: 'default',
  eager: true,
});
const FIXTURES: Fixture[] = Object.entries(FIXTURE_FILES)
  .map(([file, data]) => {
    const version = Number(/\/v(\d+)\.json$/.exec(file)?.[1]);
    // Versions after 3 are derived from the registry (schema.ts storesAt).
    const schema: unknown =
      version > 3 ? storesAt(version) : new Map(Object.entries(schemas)).get(`SCHEMA_V${version}`);
    if (typeof schema !== 'object' || schema === null || !(version <= CURRENT_SCHEMA_VERSION))
      throw new Error(`${file} is not a version that schema.ts knows`);
    return { version, schema: schema as Record<string, string>, data };
  })
  .sort((one, other) => one.version - other.version);
const NEWEST = FIXTURES[FIXTURES.length - 1]!;

/**
 * Each table's record as the database stores it: the registry's schema, and for an
 * agreement the index-only copy of its party ids (repositories/agreements.ts).
 */
function storedRecordSchema(table: TableName): z.ZodType {
  return table === 'agreements'
    ? ENTITIES.agreements.schema.extend({ partyIds: z.array(idSchema) })
    : ENTITIES[table].schema;
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
      const expected =
        (fixture.data.tables[table] ?? []).length + (table === 'meta' && fixture.version === 1 ? upgradedNow : 0);
      expect(await db.table(table).count(), table).toBe(expected);
    }
    // The history a fixture holds, then the upgrades done now: every step, once.
    expect(upgrades.map(({ fromVersion, toVersion }) => [fromVersion, toVersion])).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, index) => [index + 1, index + 2]),
    );
    expect(upgrades.some((upgrade) => upgrade.deletedRows !== undefined)).toBe(false);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual([...TABLE_NAMES, ...Object.keys(ENGINE_TABLES)].sort());

    // Every table, read back the way a backup reads it, passes the same validation as a
    // restored file: nothing written by an older version became unreadable.
    const backup = parseBackup(await createBackupJson(db, '2026-11-23T12:00:00.000Z'), CURRENT_SCHEMA_VERSION);
    expect(backup.tables.stakeholders).toHaveLength(2);
    expect(backup.tables.briefings).toHaveLength((fixture.data.tables.briefings ?? []).length);

    await expectEveryRecordUnchangedByTodaysSchemas(db);

    // Indexes still answer the queries the views make.
    expect(await db.agreements.where('partyIds').equals('fixture-asl-potenza').count()).toBe(1);
    expect((await db.stakeholders.get('fixture-asl-potenza'))?.notes).toContain('àèìòù ✓');
    expect(await db.briefings.orderBy('updatedAt').primaryKeys()).toEqual(
      (fixture.data.tables.briefings ?? []).map((row) => (row as { id: string }).id),
    );
    db.close();
    await Dexie.delete(name);
  });
});

describe('the fixtures', () => {
  it('are one per released version, the newest holding a record in every table, so each table is checked against its schema', () => {
    expect(FIXTURES.map((fixture) => fixture.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1),
    );
    expect(FIXTURES.map((fixture) => fixture.data)).toEqual(
      FIXTURES.map((fixture) => expect.objectContaining({ schemaVersion: fixture.version })),
    );
    expect(Object.keys(NEWEST.data.tables).sort()).toEqual([...TABLE_NAMES].sort());
    expect(TABLE_NAMES.filter((table) => (NEWEST.data.tables[table] ?? []).length === 0)).toEqual([]);
  });
});

describe('the upgrade to version 3', () => {
  // No screen ever wrote a saved map view; a backup made by hand could have put one there.
  it('deletes the saved views table and notes how many rows it held', async () => {
    const name = `migration-saved-views-${crypto.randomUUID()}`;
    const view = {
      id: 'view-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      name: 'Campania',
      filters: { regions: ['campania'] },
      layout: 'regions',
      colourBy: 'category',
      sizeBy: 'influence',
    };
    await seedAtVersion(name, {
      ...FIXTURES[1]!,
      data: { tables: { ...FIXTURES[1]!.data.tables, savedViews: [view, { ...view, id: 'view-2' }] } },
    });
    const db = openTramaDatabase(name);
    await db.open();
    expect(db.backendDB().objectStoreNames.contains('savedViews')).toBe(false);
    const upgrades = ((await db.meta.get(SCHEMA_UPGRADES_META_KEY))?.value ?? []) as SchemaUpgradeRecord[];
    expect(upgrades.find((upgrade) => upgrade.toVersion === 3)).toMatchObject({
      fromVersion: 2,
      deletedRows: { savedViews: 2 },
    });
    await expectEveryRecordUnchangedByTodaysSchemas(db);
    db.close();
    await Dexie.delete(name);
  });
});
