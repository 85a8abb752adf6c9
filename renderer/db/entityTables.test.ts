import type { EntityTable as DexieEntityTable, Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Contact } from '../../shared/domain/contact';
import type { MapPosition } from '../../shared/domain/organisation';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { ENTITIES, ENTITY_TABLES, type EntityTable } from '../../shared/domain/entities';
import { BACKUP_TABLE_NAMES } from '../../shared/io/backup';
import { freshDatabase } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import {
  CURRENT_SCHEMA,
  CURRENT_SCHEMA_VERSION,
  ENGINE_TABLES,
  type EngineTable,
  INDEX_CHANGES,
  SCHEMA_V1,
  SCHEMA_V3,
  storesAt,
  TABLE_NAMES,
} from './schema';
import type { AgreementRow } from './tramaDatabase';

// The registry of entities (shared/domain/entities.ts) and the database must name the same
// tables: a table added to one and not the other would be left out of backups, restores,
// deletions and erasures, or would make them read a table that is not there.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('the registry of entities and the database', () => {
  it('name the same tables, and a backup holds each of them', () => {
    expect([...ENTITY_TABLES].sort()).toEqual([...TABLE_NAMES].sort());
    expect([...BACKUP_TABLE_NAMES]).toEqual([...ENTITY_TABLES]);
  });

  it('name the same tables as the database opened by the current code', async () => {
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...ENTITY_TABLES, ...Object.keys(ENGINE_TABLES)].sort(),
    );
  });

  it.each(ENTITY_TABLES)('key %s as the database does', async (table) => {
    await db.open();
    const { keyPath } = db.table(table).schema.primKey;
    expect(typeof keyPath === 'string' ? [keyPath] : keyPath).toEqual([...ENTITIES[table].key]);
  });

  it('date each table no later than the version whose schema has it', () => {
    const inFirstVersion = new Set(Object.keys(SCHEMA_V1));
    for (const table of ENTITY_TABLES) {
      const { sinceSchemaVersion } = ENTITIES[table];
      expect(sinceSchemaVersion, table).toBeLessThanOrEqual(CURRENT_SCHEMA_VERSION);
      expect(inFirstVersion.has(table), table).toBe(sinceSchemaVersion === 1);
      expect(Object.keys(CURRENT_SCHEMA), table).toContain(table satisfies EntityTable);
    }
  });

  it('gives the database each table with the indexes its entry names now', () => {
    for (const table of ENTITY_TABLES) expect(CURRENT_SCHEMA[table], table).toBe(ENTITIES[table].indexes);
  });

  it('keeps the stores of versions 1 to 3 as they were released', () => {
    expect(storesAt(3)).toEqual(SCHEMA_V3);
    for (const table of ENTITY_TABLES)
      if (ENTITIES[table].sinceSchemaVersion <= 3)
        expect(SCHEMA_V3[table as keyof typeof SCHEMA_V3], table).toBeDefined();
  });

  it('declares a version for every table or index change after 3, and nothing else', () => {
    const changedAt = [
      ...ENTITY_TABLES.map((table) => ENTITIES[table].sinceSchemaVersion),
      ...Object.values(ENGINE_TABLES as Record<string, EngineTable>).map((table) => table.sinceSchemaVersion),
      ...INDEX_CHANGES.map((change) => change.version),
    ];
    for (let version = 4; version <= CURRENT_SCHEMA_VERSION; version++)
      expect(changedAt, `version ${version} changes nothing`).toContain(version);
    expect(Object.keys(CURRENT_SCHEMA).sort()).toEqual([...ENTITY_TABLES, ...Object.keys(ENGINE_TABLES)].sort());
  });

  it('types each table by its registry schema, or as it is stored', () => {
    expectTypeOf<TramaDatabase['stakeholders']>().toEqualTypeOf<DexieEntityTable<Stakeholder, 'id'>>();
    expectTypeOf<TramaDatabase['contacts']>().toEqualTypeOf<DexieEntityTable<Contact, 'id'>>();
    expectTypeOf<TramaDatabase['agreements']>().toEqualTypeOf<DexieEntityTable<AgreementRow, 'id'>>();
    expectTypeOf<TramaDatabase['mapPositions']>().toEqualTypeOf<Table<MapPosition, readonly [string, string]>>();
  });
});
