import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../io/backup';

// What the main process checks before it writes a backup file the renderer sent: that it is
// a Trama backup at all, so that no stray text ever replaces a good backup. Pure, so that the
// main process can run it in a worker thread (electron/backupShapeWorker.ts). The records
// themselves are checked with their full schemas when a backup is restored (shared/io/backup.ts).

export const BACKUP_SHAPE_PROBLEMS = [
  'not-json',
  'not-an-object',
  'wrong-format',
  'wrong-format-version',
  'no-creation-time',
  'no-schema-version',
  'no-tables',
  'bad-table-name',
  'table-not-a-list',
  'row-not-an-object',
] as const;

export type BackupShapeProblem = (typeof BACKUP_SHAPE_PROBLEMS)[number];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Table names are identifiers: never "__proto__" or anything else a later reader could trip on. */
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

function tablesProblem(tables: unknown): BackupShapeProblem | null {
  if (!isPlainObject(tables)) return 'no-tables';
  for (const [name, rows] of Object.entries(tables)) {
    if (!TABLE_NAME.test(name)) return 'bad-table-name';
    if (!Array.isArray(rows)) return 'table-not-a-list';
    for (const row of rows) if (!isPlainObject(row)) return 'row-not-an-object';
  }
  return null;
}

/** Why `json` is not a Trama backup, or null when its shape is right. */
export function backupShapeProblem(json: string): BackupShapeProblem | null {
  let backup: unknown;
  try {
    backup = JSON.parse(json);
  } catch {
    return 'not-json';
  }
  if (!isPlainObject(backup)) return 'not-an-object';
  if (backup.format !== BACKUP_FORMAT) return 'wrong-format';
  const { formatVersion, createdAt, schemaVersion } = backup;
  if (!isWholeNumberIn(formatVersion, 1, BACKUP_FORMAT_VERSION)) return 'wrong-format-version';
  if (typeof createdAt !== 'string' || createdAt.length > 40 || Number.isNaN(Date.parse(createdAt)))
    return 'no-creation-time';
  if (!isWholeNumberIn(schemaVersion, 1, Number.MAX_SAFE_INTEGER)) return 'no-schema-version';
  return tablesProblem(backup.tables);
}
