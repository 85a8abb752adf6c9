import { z } from 'zod';
import { advocacyActionSchema, followUpSchema } from '../domain/action';
import { agreementSchema } from '../domain/agreement';
import { briefingSchema } from '../domain/briefing';
import { isoDateTimeSchema } from '../domain/common';
import { contactSchema } from '../domain/contact';
import { customCategorySchema, mapPositionSchema, programmeSchema, savedViewSchema, staffMemberSchema } from '../domain/organisation';
import { relationshipSchema } from '../domain/relationship';
import { stakeholderSchema } from '../domain/stakeholder';
import { findDuplicateKey, findTooDeepValue } from './backupChecks';

// A full backup: every table, as JSON. A file being restored is untrusted input, so it is
// parsed against the same schemas as data entered by hand; unknown keys (a "__proto__" among
// them) are dropped by the parse.

export const BACKUP_FORMAT = 'trama-backup';
export const BACKUP_FORMAT_VERSION = 1;

const tablesSchema = z.object({
  stakeholders: z.array(stakeholderSchema),
  contacts: z.array(contactSchema),
  relationships: z.array(relationshipSchema),
  agreements: z.array(agreementSchema),
  actions: z.array(advocacyActionSchema),
  followUps: z.array(followUpSchema),
  programmes: z.array(programmeSchema),
  staff: z.array(staffMemberSchema),
  categories: z.array(customCategorySchema),
  savedViews: z.array(savedViewSchema),
  mapPositions: z.array(mapPositionSchema),
  meta: z.array(z.object({ key: z.string().min(1).max(200), value: z.json() })),
  // Added with database schema version 2; backups written by version 1 have no such table.
  briefings: z.array(briefingSchema).default([]),
});
export type BackupTables = z.infer<typeof tablesSchema>;
export type BackupTableName = keyof BackupTables;
export const BACKUP_TABLE_NAMES = Object.keys(tablesSchema.shape) as BackupTableName[];
/** Tables whose records carry `updatedAt`, so that a merge can tell which copy is newer. */
export const TIMESTAMPED_TABLE_NAMES: readonly BackupTableName[] = BACKUP_TABLE_NAMES.filter((name) => name !== 'meta' && name !== 'mapPositions');

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
  const backup: Backup = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt, schemaVersion, tables };
  return JSON.stringify(backup);
}

/**
 * Meta keys that describe this installation, not the team's data. A restore never takes
 * them from a backup, and a replace keeps the local rows:
 * - `backups.lastAutomatic`: the day of this computer's last automatic backup. Taken from an
 *   older backup, it made the next hourly check overwrite today's automatic backup with the
 *   restored, older data (a record made the day before was then in no backup at all).
 * - `schemaUpgrades`: the upgrades this database went through, kept for support.
 * - `privacy.erasedContactIds`: contact persons erased here on request. The backup's list is
 *   added to the local one, never replaces it, so no erasure is forgotten by a restore.
 * The renderer names the same keys (autoBackup.ts, db.ts, erasedContacts.ts); a test checks
 * that they agree.
 */
export const INSTALLATION_META_KEYS = ['backups.lastAutomatic', 'schemaUpgrades', 'privacy.erasedContactIds'] as const;
export const ERASED_CONTACTS_KEY: (typeof INSTALLATION_META_KEYS)[number] = 'privacy.erasedContactIds';

export function isInstallationMetaKey(key: string): boolean {
  return (INSTALLATION_META_KEYS as readonly string[]).includes(key);
}

/** How a record is identified in its table: its id, a meta row's key, a map position's pair. */
export function backupRecordKey(table: BackupTableName, row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const fields = row as Record<string, unknown>;
  if (table === 'meta') return typeof fields.key === 'string' ? fields.key : null;
  if (table === 'mapPositions') return typeof fields.viewId === 'string' && typeof fields.stakeholderId === 'string' ? `${fields.viewId} / ${fields.stakeholderId}` : null;
  return typeof fields.id === 'string' ? fields.id : null;
}

export type BackupRefusal = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid-records' | 'too-deep' | 'duplicate-id';

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

/** Parses a backup file's text, saying precisely why it is refused. */
export function parseBackup(text: string, currentSchemaVersion: number): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('not-json');
  }
  const header = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number(), schemaVersion: z.number() }).safeParse(raw);
  if (!header.success) throw new BackupError('not-a-backup');
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION || header.data.schemaVersion > currentSchemaVersion) throw new BackupError('newer-version');
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
  return parsed.data;
}

export function backupCounts(backup: Backup): Record<BackupTableName, number> {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, backup.tables[name].length])) as Record<BackupTableName, number>;
}
