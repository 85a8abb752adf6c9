import { ENTITIES, ENTITY_TABLES, type EntityTable } from '../../shared/domain/entities';
import {
  SYNC_OUTBOX_INDEXES,
  SYNC_OUTBOX_TABLE,
  SYNC_REVISIONS_INDEXES,
  SYNC_REVISIONS_TABLE,
} from '../sync/syncTables';

// Versions 1 to 3 are written out, one constant each, never edited. Later versions are
// derived from the registry of entities (shared/domain/entities.ts): a new table says
// there which version adds it and its indexes, and db.ts declares that version by itself.
// Each version has a migration test seeded from test/fixtures/db/v<N>.json.

export const DATABASE_NAME = 'trama';

export const SCHEMA_V1 = {
  stakeholders: 'id, name, categoryId, region, sector, guidelinesStage, level, *tags, updatedAt',
  contacts: 'id, stakeholderId, name',
  relationships: 'id, sourceId, targetId, type',
  agreements: 'id, status, kind, expiresOn, *partyIds',
  actions: 'id, date, status, kind, ownerId, programmeId, *targetIds, *participantIds, *regions',
  followUps: 'id, actionId, dueDate, doneOn, ownerId',
  programmes: 'id, name',
  staff: 'id, name',
  categories: 'id',
  savedViews: 'id, name',
  mapPositions: '[viewId+stakeholderId], viewId, stakeholderId',
  meta: 'key',
} as const;

/** Version 2: briefing packs for meetings. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  briefings: 'id, updatedAt',
} as const;

const { savedViews: _savedViews, ...SCHEMA_V2_BUT_SAVED_VIEWS } = SCHEMA_V2;

/**
 * Version 3: the saved map views table goes. No screen ever wrote or showed one; only a
 * backup made by hand could have put rows there (db.ts records how many were dropped).
 */
export const SCHEMA_V3 = SCHEMA_V2_BUT_SAVED_VIEWS;
/** Dexie keeps a table a later version leaves out, unless that version names it as null. */
export const TABLES_DELETED_IN_V3 = { savedViews: null } as const;

/** Tables the app keeps for its own machinery, not records: in no backup, never synced, not undone. */
export const ENGINE_TABLES = {
  // Team sync (renderer/sync/syncTables.ts): changes not yet handed over, and the revision
  // of its document each synced record reflects.
  [SYNC_OUTBOX_TABLE]: { indexes: SYNC_OUTBOX_INDEXES, sinceSchemaVersion: 4 },
  [SYNC_REVISIONS_TABLE]: { indexes: SYNC_REVISIONS_INDEXES, sinceSchemaVersion: 4 },
} as const satisfies Record<string, EngineTable>;

export interface EngineTable {
  indexes: string;
  sinceSchemaVersion: number;
}

/**
 * Changes to the indexes of a table that already exists, by version. Stores after version 3
 * are derived (storesAt): a table comes with the version its registry entry names, with the
 * indexes it has now; only a later change to those indexes must be written here, because a
 * version's stores may not change once released. entityTables.test.ts holds the registry to it.
 */
export const INDEX_CHANGES: ReadonlyArray<{ version: number; table: string; indexes: string }> = [];

const LAST_WRITTEN_VERSION = 3;

interface TableAtVersion {
  indexes: string;
  sinceSchemaVersion: number;
}

const LATER_TABLES: ReadonlyArray<[string, TableAtVersion]> = [
  ...Object.entries(ENTITIES as Record<EntityTable, TableAtVersion>),
  ...Object.entries(ENGINE_TABLES as Record<string, TableAtVersion>),
].filter(([, table]) => table.sinceSchemaVersion > LAST_WRITTEN_VERSION);

export const CURRENT_SCHEMA_VERSION = Math.max(
  LAST_WRITTEN_VERSION,
  ...LATER_TABLES.map(([, table]) => table.sinceSchemaVersion),
  ...INDEX_CHANGES.map((change) => change.version),
);

/**
 * The stores of a version after 3: version 3's, with each table added since at the indexes
 * its entry gives, and each index change up to that version.
 */
export function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = { ...SCHEMA_V3 };
  for (const [name, table] of LATER_TABLES) if (table.sinceSchemaVersion <= version) stores[name] = table.indexes;
  for (const change of INDEX_CHANGES) if (change.version <= version) stores[change.table] = change.indexes;
  return stores;
}

/** The versions after 3, in order: db.ts declares each with its stores. */
export const DERIVED_VERSIONS: readonly number[] = Array.from(
  { length: CURRENT_SCHEMA_VERSION - LAST_WRITTEN_VERSION },
  (_, index) => LAST_WRITTEN_VERSION + 1 + index,
);

export const CURRENT_SCHEMA: Readonly<Record<string, string>> = storesAt(CURRENT_SCHEMA_VERSION);

/** The tables holding records: the registry's. The engine's tables are not undone, backed up or synced. */
export type TableName = EntityTable;
export const TABLE_NAMES: readonly TableName[] = ENTITY_TABLES;
