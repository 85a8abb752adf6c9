import { z } from 'zod';
import { isoDateTimeSchema } from '../domain/common';
import { ENTITIES, ENTITY_TABLES, TIMESTAMPED_TABLES, type EntityTable } from '../domain/entities';
import { findDuplicateKey, findTooDeepValue } from './backupChecks';
import { screenMeta, type DroppedMetaRow } from './backupMeta';
import { droppedFieldsIn, unknownTablesIn, type DroppedField, type UnknownTable } from './backupUnknownKeys';

// A full backup: every table, as JSON. A file being restored is untrusted input, so it is
// parsed against the same schemas as data entered by hand; unknown keys (a "__proto__" among
// them) are dropped by the parse, and so are meta rows the app does not write (backupMeta.ts):
// what is dropped is said (backupUnknownKeys.ts).

export const BACKUP_FORMAT = 'trama-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Every table of the registry as a list of its records; one added after the first version may be missing from older backups. */
type TablesShape = {
  [Table in EntityTable]: (typeof ENTITIES)[Table]['sinceSchemaVersion'] extends 1
    ? z.ZodArray<(typeof ENTITIES)[Table]['schema']>
    : z.ZodDefault<z.ZodArray<(typeof ENTITIES)[Table]['schema']>>;
};
const tablesSchema = z.object(
  Object.fromEntries(
    ENTITY_TABLES.map((table) => {
      const { schema, sinceSchemaVersion } = ENTITIES[table];
      return [table, sinceSchemaVersion === 1 ? z.array(schema) : z.array(schema).default([])];
    }),
  ) as TablesShape,
);
export type BackupTables = z.infer<typeof tablesSchema>;
export type BackupTableName = keyof BackupTables;
export const BACKUP_TABLE_NAMES = Object.keys(tablesSchema.shape) as BackupTableName[];
/** Tables whose records carry `updatedAt`, so that a merge can tell which copy is newer. */
export const TIMESTAMPED_TABLE_NAMES: readonly BackupTableName[] = TIMESTAMPED_TABLES;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: isoDateTimeSchema,
  /** The database schema version the data was read from. */
  schemaVersion: z.number().int().positive(),
  tables: tablesSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export function serialiseBackup(tables: BackupTables, schemaVersion: number, createdAt: string): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt,
    schemaVersion,
    tables,
  };
  return JSON.stringify(backup);
}

export { INSTALLATION_META_KEYS, isInstallationMetaKey } from './backupMeta';

/** How a record is identified in its table: its id, a meta row's key, a map position's pair. */
export function backupRecordKey(table: BackupTableName, row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const fields = row as Record<string, unknown>;
  const parts = ENTITIES[table].key.map((field) => fields[field]);
  if (!parts.every((part): part is string => typeof part === 'string')) return null;
  // A pair as JSON: joined by any separator, two different pairs could read alike.
  return parts.length === 1 ? parts[0]! : JSON.stringify(parts);
}

/** `too-large`: longer than the longest text a browser can hold; `not-utf8`: not text written as UTF-8, as Trama writes every backup. */
export type BackupRefusal =
  | 'not-json'
  | 'not-utf8'
  | 'too-large'
  | 'not-a-backup'
  | 'newer-version'
  | 'invalid-records'
  | 'too-deep'
  | 'duplicate-id';

export class BackupError extends Error {
  constructor(
    readonly reason: BackupRefusal,
    readonly detail = '',
    /** The table and the record the problem is in, when it is in one. */
    readonly table: BackupTableName | null = null,
    readonly recordKey: string | null = null,
  ) {
    super(`Backup refused: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

/** Tables older versions wrote and this one no longer has: saved map views (schema version 3 deleted them; no screen showed one). */
export const RETIRED_TABLE_NAMES = ['savedViews'] as const;
export type RetiredTableName = (typeof RETIRED_TABLE_NAMES)[number];
const TABLE_NAMES_READ: ReadonlySet<string> = new Set([...BACKUP_TABLE_NAMES, ...RETIRED_TABLE_NAMES]);

export interface ReadBackupText {
  backup: Backup;
  /** Meta rows left out: unknown keys, or values of the wrong shape or size. */
  droppedMeta: DroppedMetaRow[];
  /** Rows of retired tables, left out, counted per table that held any: the restore says so. */
  retiredRows: Array<{ table: RetiredTableName; count: number }>;
  /** Fields of records this version does not know (a newer Trama's), left out, counted per table and field. */
  droppedFields: DroppedField[];
  /** Tables this version neither has nor once had, left out, with their rows counted. */
  unknownTables: UnknownTable[];
}

/** The rows of each retired table the file holds, counted, never read: a list that is not one is ignored as any unknown key. */
function retiredRowsIn(tables: Record<string, unknown>): ReadBackupText['retiredRows'] {
  return RETIRED_TABLE_NAMES.flatMap((table) => {
    const rows = Object.hasOwn(tables, table) ? tables[table] : undefined;
    return Array.isArray(rows) && rows.length > 0 ? [{ table, count: rows.length }] : [];
  });
}

/**
 * Parses a backup file's text, saying precisely why it is refused, and which meta rows it
 * leaves out. Text handed over in a holder is let go of once parsed (a large file's text is
 * as large as the file: the checked records need the memory).
 */
export function readBackupText(source: string | { text: string }, currentSchemaVersion: number): ReadBackupText {
  let raw: unknown;
  try {
    if (typeof source === 'string') raw = JSON.parse(source);
    else {
      raw = JSON.parse(source.text);
      source.text = '';
    }
  } catch (error) {
    // A RangeError is a limit of the parser, not a fault in the text: the longest string it
    // can build, or (in an engine that parses recursively) the call stack.
    if (error instanceof RangeError)
      throw new BackupError(/call stack/i.test(error.message) ? 'too-deep' : 'too-large');
    throw new BackupError('not-json');
  }
  const header = z
    .object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number(), schemaVersion: z.number() })
    .safeParse(raw);
  if (!header.success) throw new BackupError('not-a-backup');
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION || header.data.schemaVersion > currentSchemaVersion)
    throw new BackupError('newer-version');
  // Before the schema: its check of a free JSON value recurses, and a value nested a few
  // thousand levels deep overflowed the stack with a message that said nothing useful.
  const tooDeep = findTooDeepValue(raw, BACKUP_TABLE_NAMES);
  if (tooDeep) throw new BackupError('too-deep', tooDeep.path, tooDeep.table, tooDeep.recordKey);
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError('invalid-records', issue ? `${issue.path.join('.')}: ${issue.message}` : '');
  }
  const duplicate = findDuplicateKey(parsed.data.tables, backupRecordKey);
  if (duplicate) throw new BackupError('duplicate-id', '', duplicate.table, duplicate.recordKey);
  const { kept, dropped } = screenMeta(parsed.data.tables.meta);
  const rawTables = (raw as { tables: Record<string, unknown> }).tables;
  return {
    backup: { ...parsed.data, tables: { ...parsed.data.tables, meta: kept } },
    droppedMeta: dropped,
    retiredRows: retiredRowsIn(rawTables),
    droppedFields: droppedFieldsIn(rawTables, parsed.data.tables),
    unknownTables: unknownTablesIn(rawTables, TABLE_NAMES_READ),
  };
}

export function parseBackup(text: string, currentSchemaVersion: number): Backup {
  return readBackupText(text, currentSchemaVersion).backup;
}

export function backupCounts(backup: Backup): Record<BackupTableName, number> {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, backup.tables[name].length])) as Record<
    BackupTableName,
    number
  >;
}
