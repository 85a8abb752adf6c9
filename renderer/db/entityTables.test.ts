import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_TABLES, type EntityTable } from '../../shared/domain/entities';
import { BACKUP_TABLE_NAMES } from '../../shared/io/backup';
import { freshDatabase } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION, SCHEMA_V1, TABLE_NAMES } from './schema';

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
    expect(db.tables.map((table) => table.name).sort()).toEqual([...ENTITY_TABLES].sort());
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
});
