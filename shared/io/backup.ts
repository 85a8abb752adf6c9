import { z } from 'zod';
import { advocacyActionSchema, followUpSchema } from '../domain/action';
import { agreementSchema } from '../domain/agreement';
import { briefingSchema } from '../domain/briefing';
import { isoDateTimeSchema } from '../domain/common';
import { contactSchema } from '../domain/contact';
import { customCategorySchema, mapPositionSchema, programmeSchema, savedViewSchema, staffMemberSchema } from '../domain/organisation';
import { relationshipSchema } from '../domain/relationship';
import { stakeholderSchema } from '../domain/stakeholder';

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

export class BackupError extends Error {
  constructor(
    readonly reason: 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid-records',
    readonly detail = '',
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
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError('invalid-records', issue ? `${issue.path.join('.')}: ${issue.message}` : '');
  }
  return parsed.data;
}

export function backupCounts(backup: Backup): Record<BackupTableName, number> {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, backup.tables[name].length])) as Record<BackupTableName, number>;
}
