// One constant per schema version. Version numbers only go up; a released version's
// constant is never edited. Each new version gets an upgrade function in db.ts and a
// migration test seeded from test/fixtures/db/v<N>.json.

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

export const CURRENT_SCHEMA_VERSION = 3;
export const CURRENT_SCHEMA = SCHEMA_V3;

export type TableName = keyof typeof CURRENT_SCHEMA;
export const TABLE_NAMES = Object.keys(CURRENT_SCHEMA) as TableName[];
