import { z } from 'zod';
import { advocacyActionSchema, followUpSchema } from './action';
import { agreementSchema } from './agreement';
import { briefingSchema } from './briefing';
import { contactSchema } from './contact';
import { customCategorySchema, mapPositionSchema, programmeSchema, staffMemberSchema } from './organisation';
import { historyEntrySchema } from './history';
import { fieldsWithRole, PERSONAL_DATA_FIELDS, type PersonalDataRole, type PersonalDataTable } from './personalData';
import { REFERENCES, type Reference } from './references';
import { relationshipSchema } from './relationship';
import { stakeholderSchema } from './stakeholder';
import { trainingSchema } from './training';

// The registry of what Trama stores: every table with its schema, its key, what its rows
// are (the team's work or the app's bookkeeping) and whether a team's sync shares it. Its
// references are in references.ts and the role of each of its fields (free text, a person's
// details…) in personalData.ts; entity() puts the three together. Backups, restores, the
// daily automatic backup, cascade deletion and its preview and the GDPR export and erasure
// read their tables from here. entities.test.ts checks it against the schemas, and
// renderer/db/entityTables.test.ts against the database.

/** A `meta` row: the app's facts and settings, one value per key (shared/io/backupMeta.ts knows each key). */
export const metaRowSchema = z.object({ key: z.string().min(1).max(200), value: z.json() });

/**
 * What a table's rows are, for backups and the daily automatic backup (renderer/db/holdsWork.ts):
 * - `work`: the team's own records; any row makes the database worth backing up;
 * - `work-unless-shipped`: the team's work, except rows exactly as the app ships them (the default programmes);
 * - `bookkeeping`: the app's facts and settings, key by key (shared/io/backupMeta.ts says which a
 *   restore takes and which stay this installation's; a setting at its default is no work).
 * - `history`: what happened to the work (shared/domain/history.ts): backed up with it, but no
 *   work by itself (a database whose records were all deleted holds none).
 */
export type EntityHolds = 'work' | 'work-unless-shipped' | 'bookkeeping' | 'history';

export interface EntityDefinition {
  /** One stored record, as a backup holds it and a restore checks it. */
  schema: z.ZodType;
  /** The fields that identify a record in its table, in the database key's order. */
  key: readonly [string, ...string[]];
  /** Records carry `updatedAt`: a merge keeps the newer copy; Undo compares it. */
  isTimestamped: boolean;
  /** The database schema version that added the table: backups written before it have none. */
  sinceSchemaVersion: number;
  /**
   * Its Dexie store: the key, then the indexed fields (renderer/db/schema.ts). A table added
   * after version 3 is created from this; changing it later needs an entry in INDEX_CHANGES.
   */
  indexes: string;
  holds: EntityHolds;
  /**
   * Whether a team's sync (issue 15) shares the table. Map positions are one laptop's layout
   * and `meta` this installation's bookkeeping and preferences: they stay local.
   */
  syncs: boolean;
  /**
   * The workbook's sheets that export it (shared/io/workbookTables.ts), by sheet key. A slot
   * for the column descriptors of shared/io, which will hang here.
   */
  sheets: readonly string[];
  /**
   * The fields that name a record to a person, the first not empty winning: where a record
   * points at one of these, the merge preview shows its name (shared/io/restoreValues.ts).
   */
  nameFields: readonly string[];
  /** The fields holding a calendar day (YYYY-MM-DD), in personalData.ts's path syntax: shown as dates. */
  dateFields: readonly string[];
  /**
   * The fields holding a value of a closed list, by the list whose labels show it
   * (shared/io/restoreValues.ts `ValueSet`, which the compiler checks these against there).
   */
  codeFields: Readonly<Record<string, string>>;
}

const work = { holds: 'work', syncs: true, isTimestamped: true, key: ['id'], sinceSchemaVersion: 1 } as const;

/** In the order a backup lists them. */
export const ENTITIES = {
  stakeholders: {
    ...work,
    indexes: 'id, name, categoryId, region, sector, guidelinesStage, level, *tags, updatedAt',
    schema: stakeholderSchema,
    sheets: ['stakeholders'],
    nameFields: ['name'],
    dateFields: [],
    codeFields: { level: 'level', region: 'region', sector: 'sector', attitude: 'attitude', guidelinesStage: 'stage' },
  },
  contacts: {
    ...work,
    indexes: 'id, stakeholderId, name',
    schema: contactSchema,
    sheets: ['contacts'],
    nameFields: ['name'],
    dateFields: [],
    codeFields: {},
  },
  relationships: {
    ...work,
    indexes: 'id, sourceId, targetId, type',
    schema: relationshipSchema,
    sheets: ['relationships'],
    nameFields: [],
    dateFields: ['since', 'until'],
    codeFields: { type: 'relationshipType', status: 'relationshipStatus' },
  },
  agreements: {
    ...work,
    indexes: 'id, status, kind, expiresOn, *partyIds',
    schema: agreementSchema,
    sheets: ['agreements', 'agreementParties'],
    nameFields: ['title'],
    dateFields: ['signedOn', 'inForceFrom', 'expiresOn'],
    codeFields: { kind: 'agreementKind', status: 'agreementStatus', 'parties[].role': 'partyRole' },
  },
  actions: {
    ...work,
    indexes: 'id, date, status, kind, ownerId, programmeId, *targetIds, *participantIds, *regions',
    schema: advocacyActionSchema,
    sheets: ['actions'],
    nameFields: ['title'],
    dateFields: ['date'],
    codeFields: { kind: 'actionKind', status: 'actionStatus', 'regions[]': 'region' },
  },
  followUps: {
    ...work,
    indexes: 'id, actionId, dueDate, doneOn, ownerId',
    schema: followUpSchema,
    sheets: ['followUps'],
    nameFields: [],
    dateFields: ['dueDate', 'doneOn'],
    codeFields: {},
  },
  programmes: {
    ...work,
    indexes: 'id, name',
    holds: 'work-unless-shipped',
    schema: programmeSchema,
    sheets: ['programmes'],
    nameFields: ['shortName', 'name'],
    dateFields: [],
    codeFields: {},
  },
  staff: {
    ...work,
    indexes: 'id, name',
    schema: staffMemberSchema,
    sheets: [],
    nameFields: ['name'],
    dateFields: [],
    codeFields: {},
  },
  categories: {
    ...work,
    indexes: 'id',
    schema: customCategorySchema,
    sheets: [],
    nameFields: [],
    dateFields: [],
    codeFields: { defaultSector: 'sector' },
  },
  mapPositions: {
    ...work,
    indexes: '[viewId+stakeholderId], viewId, stakeholderId',
    syncs: false,
    isTimestamped: false,
    key: ['viewId', 'stakeholderId'],
    schema: mapPositionSchema,
    sheets: [],
    nameFields: [],
    dateFields: [],
    codeFields: {},
  },
  meta: {
    ...work,
    indexes: 'key',
    holds: 'bookkeeping',
    syncs: false,
    isTimestamped: false,
    key: ['key'],
    schema: metaRowSchema,
    sheets: [],
    nameFields: [],
    dateFields: ['value.loadedOn'],
    codeFields: {},
  },
  briefings: {
    ...work,
    indexes: 'id, updatedAt',
    sinceSchemaVersion: 2,
    schema: briefingSchema,
    sheets: [],
    nameFields: ['title'],
    dateFields: [],
    codeFields: { 'sections[]': 'briefingSection', 'source.kind': 'briefingSourceKind', 'source.region': 'region' },
  },
  trainings: {
    ...work,
    indexes: 'id, date, region, programmeId, *trainerIds, *attendeeIds',
    sinceSchemaVersion: 4,
    schema: trainingSchema,
    sheets: [],
    nameFields: ['title'],
    dateFields: ['date', 'endDate'],
    codeFields: { region: 'region' },
  },
  // Local: every laptop writes its own history of what it applies, a teammate's changes
  // included (named as theirs), so that sharing it would only send each change twice.
  history: {
    ...work,
    indexes: 'id, *recordIds, at',
    sinceSchemaVersion: 5,
    holds: 'history',
    syncs: false,
    isTimestamped: false,
    schema: historyEntrySchema,
    sheets: [],
    nameFields: [],
    dateFields: [],
    codeFields: {},
  },
} as const satisfies Record<string, EntityDefinition>;

export type EntityTable = keyof typeof ENTITIES;

export const ENTITY_TABLES = Object.keys(ENTITIES) as EntityTable[];

const tablesWhere = (isWanted: (entity: EntityDefinition) => boolean): EntityTable[] =>
  ENTITY_TABLES.filter((table) => isWanted(ENTITIES[table]));

/** Tables whose every row is the team's work: one row makes the database worth a daily backup. */
export const WORK_TABLES: readonly EntityTable[] = tablesWhere((entity) => entity.holds === 'work');
/** Tables whose records carry `updatedAt`. */
export const TIMESTAMPED_TABLES: readonly EntityTable[] = tablesWhere((entity) => entity.isTimestamped);
/** Tables a team's sync shares; the others stay on this laptop. */
export const SYNCED_TABLES: readonly EntityTable[] = tablesWhere((entity) => entity.syncs);

/** The references held by records of `table`. */
export function referencesFrom(table: EntityTable): Reference[] {
  return REFERENCES.filter((reference) => reference.from === table);
}

/** The references that point at records of `table`. */
export function referencesTo(table: EntityTable): Reference[] {
  return REFERENCES.filter((reference) => reference.to === table);
}

/** Everything the registry knows of one table. */
export interface Entity extends EntityDefinition {
  table: EntityTable;
  references: Reference[];
  referencedBy: Reference[];
  /** Every field that may hold a string, with its role (personalData.ts). */
  fields: Readonly<Record<string, PersonalDataRole>>;
  /** The fields typed by hand: searched, and redacted, by an erasure. */
  freeTextFields: string[];
}

export function entity(table: EntityTable): Entity {
  // A table without its fields classified in personalData.ts does not compile here; one
  // classified there but not stored fails entities.test.ts.
  const roledTable: PersonalDataTable = table;
  return {
    table,
    ...ENTITIES[table],
    references: referencesFrom(table),
    referencedBy: referencesTo(table),
    fields: PERSONAL_DATA_FIELDS[roledTable],
    freeTextFields: fieldsWithRole(roledTable, 'free-text'),
  };
}

/** Whether deleting the target may delete records that point at it (not only change them). */
export function deletesRows(reference: Reference): boolean {
  return reference.onTargetDeleted !== 'remove-id' && reference.onTargetDeleted !== 'set-null';
}

/** Whether deleting the target may keep records that point at it, changed. */
export function changesRows(reference: Reference): boolean {
  return reference.onTargetDeleted !== 'delete-row';
}

/**
 * What deleting records of `table` may reach, by the registry of references: the tables
 * whose records may go with them (the table itself first) and those whose records may
 * stay, changed. `tables` is both, in the registry's order: a deletion's transaction.
 */
export function deletionReach(table: EntityTable): {
  deleted: EntityTable[];
  changed: EntityTable[];
  tables: EntityTable[];
} {
  const deleted = new Set<EntityTable>([table]);
  const changed = new Set<EntityTable>();
  const toFollow = [table];
  for (let next = toFollow.pop(); next !== undefined; next = toFollow.pop()) {
    for (const reference of referencesTo(next)) {
      if (changesRows(reference)) changed.add(reference.from);
      if (!deletesRows(reference) || deleted.has(reference.from)) continue;
      deleted.add(reference.from);
      toFollow.push(reference.from);
    }
  }
  const inOrder = (found: ReadonlySet<EntityTable>) => ENTITY_TABLES.filter((candidate) => found.has(candidate));
  return {
    deleted: [table, ...inOrder(deleted).filter((candidate) => candidate !== table)],
    changed: inOrder(changed),
    tables: inOrder(new Set([...deleted, ...changed])),
  };
}
