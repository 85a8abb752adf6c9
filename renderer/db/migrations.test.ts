import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/io/backup';
import v1Fixture from '../../test/fixtures/db/v1.json';
import v2Fixture from '../../test/fixtures/db/v2.json';
import { createBackupJson } from './backup';
import { SCHEMA_UPGRADES_META_KEY, openTramaDatabase, type SchemaUpgradeRecord } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, TABLE_NAMES } from './schema';

// The pattern for every schema change: seed a database exactly as version N wrote it
// (one fixture per released version), open it with the current code, and check the data.
// A new version adds SCHEMA_V<N> + its upgrade in db.ts, a v<N>.json fixture and a row here.

interface Fixture {
  version: number;
  schema: Record<string, string>;
  data: { tables: Record<string, unknown[]> };
}

const FIXTURES: Fixture[] = [
  { version: 1, schema: SCHEMA_V1, data: v1Fixture },
  { version: 2, schema: SCHEMA_V2, data: v2Fixture },
];

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
    expect(upgrades.map(({ fromVersion, toVersion }) => [fromVersion, toVersion])).toEqual([[1, 2]]);

    // Every table, read back the way a backup reads it, passes the same validation as a
    // restored file: nothing written by an older version became unreadable.
    const backup = parseBackup(await createBackupJson(db, '2026-11-23T12:00:00.000Z'), CURRENT_SCHEMA_VERSION);
    expect(backup.tables.stakeholders).toHaveLength(2);
    expect(backup.tables.briefings).toHaveLength((fixture.data.tables.briefings ?? []).length);

    // Indexes still answer the queries the views make.
    expect(await db.agreements.where('partyIds').equals('fixture-asl-potenza').count()).toBe(1);
    expect((await db.stakeholders.get('fixture-asl-potenza'))?.notes).toContain('àèìòù ✓');
    expect(await db.briefings.orderBy('updatedAt').primaryKeys()).toEqual((fixture.data.tables.briefings ?? []).map((row) => (row as { id: string }).id));
    db.close();
    await Dexie.delete(name);
  });
});
