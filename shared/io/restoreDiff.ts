import {
  BACKUP_TABLE_NAMES,
  backupRecordKey,
  isInstallationMetaKey,
  type BackupTableName,
  type BackupTables,
} from './backup';
import { createNameIndex, showFieldValue, type NameIndex, type ShownValue } from './restoreValues';

// What a merge-restore would do, table by table: which of the backup's records are new,
// which would change a record held here (with the fields that differ, for a few of them),
// and which are older than the copy held here. Pure, so that it runs in a worker and is
// tested on hostile input; both sides are treated as untrusted shapes.

export const EXAMPLES_PER_KIND = 3;
export const FIELDS_PER_EXAMPLE = 8;
/** Longest value shown in a preview cell; longer ones are cut with "…". */
export const SHOWN_VALUE_LENGTH = 120;
/** Deeper than any record Trama writes; beyond it two values count as different. */
const COMPARED_DEPTH = 200;

export interface FieldChange {
  field: string;
  /** The value held here, for display (restoreValues.ts). */
  now: ShownValue;
  /** The backup's value, for display. */
  backup: ShownValue;
}

export interface RecordChange {
  key: string;
  /** Its name or title when it has one, else its key. */
  label: string;
  fields: FieldChange[];
  /** Fields that differ beyond those listed. */
  moreFields: number;
}

export interface TableDiff {
  table: BackupTableName;
  /** In the backup only. */
  added: number;
  /** Different here, and the backup's copy is not older (or either has no time to compare). */
  changed: number;
  /** Different here, and the copy here was changed after the backup's. */
  older: number;
  unchanged: number;
  /** Here only: a merge keeps them, a replace removes them. */
  onlyHere: number;
  changedExamples: RecordChange[];
  olderExamples: RecordChange[];
}

type Row = Record<string, unknown>;

function asRow(value: unknown): Row | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : null;
}

function timeOf(row: Row): number {
  return typeof row.updatedAt === 'string' ? Date.parse(row.updatedAt) : Number.NaN;
}

/**
 * Whether the backup's copy of a record is older than the one held here, by `updatedAt`
 * read as instants (the text of two times with different offsets does not sort). Records
 * without a readable time are never older: they count as changed.
 */
export function isBackupCopyOlder(backupRow: unknown, localRow: unknown): boolean {
  const backup = asRow(backupRow);
  const local = asRow(localRow);
  if (!backup || !local) return false;
  const backupTime = timeOf(backup);
  const localTime = timeOf(local);
  return Number.isFinite(backupTime) && Number.isFinite(localTime) && backupTime < localTime;
}

function ownKeys(row: Row): string[] {
  return Object.keys(row).filter((key) => row[key] !== undefined);
}

/** Deep equality of JSON-like values, key order ignored; `undefined` counts as absent. */
export function isSameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > COMPARED_DEPTH)
    return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameValue(item, b[index], depth + 1));
  }
  const left = a as Row;
  const right = b as Row;
  const keys = ownKeys(left);
  if (keys.length !== ownKeys(right).length) return false;
  return keys.every(
    (key) => Object.prototype.hasOwnProperty.call(right, key) && isSameValue(left[key], right[key], depth + 1),
  );
}

/**
 * Whether the copy held here and the backup's are the same record. Two copies stamped at
 * different times are not: a backup of last month differs so in every record, and a deep
 * comparison of each (300,000 records at 50,000 stakeholders) cost seconds before the
 * preview could show.
 */
function isSameRecord(here: Row, backup: Row): boolean {
  if (typeof here.updatedAt === 'string' && typeof backup.updatedAt === 'string' && here.updatedAt !== backup.updatedAt)
    return false;
  return isSameValue(here, backup);
}

// Control and bidirectional-override characters would garble or disguise the preview.
// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function cut(text: string): string {
  const oneLine = text.replace(/[\t\n\r]+/g, ' ').replace(UNSHOWABLE, '\ufffd');
  return oneLine.length > SHOWN_VALUE_LENGTH ? `${oneLine.slice(0, SHOWN_VALUE_LENGTH - 1)}…` : oneLine;
}

/** A value as one short line of text for the preview. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return cut(value.join(', '));
  try {
    return cut(JSON.stringify(value) ?? '');
  } catch {
    return '…';
  }
}

function labelOf(row: Row, key: string): string {
  for (const field of ['name', 'title', 'text']) {
    const value = row[field];
    if (typeof value === 'string' && value.trim() !== '') return cut(value);
  }
  return cut(key);
}

/** The fields that differ, `updatedAt` last (it says when, the others say what). */
export function changedFields(
  table: BackupTableName,
  localRow: Row,
  backupRow: Row,
  names: NameIndex = createNameIndex(),
): FieldChange[] {
  const fields = [...new Set([...ownKeys(localRow), ...ownKeys(backupRow)])].filter(
    (field) => !isSameValue(localRow[field], backupRow[field]),
  );
  fields.sort((a, b) => Number(a === 'updatedAt') - Number(b === 'updatedAt'));
  const shown = (field: string, value: unknown) => showFieldValue(table, field, value, names, showValue);
  return fields.map((field) => ({
    field: cut(field),
    now: shown(field, localRow[field]),
    backup: shown(field, backupRow[field]),
  }));
}

/** Records without a name of their own, named by what they point at: a position by its stakeholder, a relationship by its two ends. */
function labelFromNames(table: BackupTableName, row: Row, names: NameIndex): string | null {
  const nameOf = (id: unknown) => (typeof id === 'string' ? names.nameOf('stakeholders', id) : null);
  if (table === 'mapPositions') return nameOf(row.stakeholderId);
  if (table !== 'relationships') return null;
  const [from, to] = [nameOf(row.sourceId), nameOf(row.targetId)];
  return from === null || to === null ? null : `${from} ${row.isDirected === true ? '→' : '–'} ${to}`;
}

function example(table: BackupTableName, key: string, localRow: Row, backupRow: Row, names: NameIndex): RecordChange {
  const fields = changedFields(table, localRow, backupRow, names);
  const named = labelFromNames(table, backupRow, names);
  const label = named === null ? labelOf(backupRow, key) : cut(named);
  return {
    key: cut(key),
    label,
    fields: fields.slice(0, FIELDS_PER_EXAMPLE),
    moreFields: Math.max(0, fields.length - FIELDS_PER_EXAMPLE),
  };
}

/** Compares one table's records in the backup with those held here. */
export function diffTable(
  table: BackupTableName,
  backupRows: readonly unknown[],
  localRows: readonly unknown[],
  names: NameIndex = createNameIndex(),
): TableDiff {
  const local = new Map<string, Row>();
  for (const value of localRows) {
    const row = asRow(value);
    const key = row && backupRecordKey(table, row);
    if (row && key !== null && !(table === 'meta' && isInstallationMetaKey(key))) local.set(key, row);
  }
  const diff: TableDiff = {
    table,
    added: 0,
    changed: 0,
    older: 0,
    unchanged: 0,
    onlyHere: 0,
    changedExamples: [],
    olderExamples: [],
  };
  const inBackup = new Set<string>();
  for (const value of backupRows) {
    const row = asRow(value);
    const key = row && backupRecordKey(table, row);
    if (!row || key === null || (table === 'meta' && isInstallationMetaKey(key)) || inBackup.has(key)) continue;
    inBackup.add(key);
    const here = local.get(key);
    if (!here) diff.added += 1;
    else if (isSameRecord(here, row)) diff.unchanged += 1;
    else if (isBackupCopyOlder(row, here)) {
      diff.older += 1;
      if (diff.olderExamples.length < EXAMPLES_PER_KIND) diff.olderExamples.push(example(table, key, here, row, names));
    } else {
      diff.changed += 1;
      if (diff.changedExamples.length < EXAMPLES_PER_KIND)
        diff.changedExamples.push(example(table, key, here, row, names));
    }
  }
  for (const key of local.keys()) if (!inBackup.has(key)) diff.onlyHere += 1;
  return diff;
}

/** Every table's comparison, in the backup's table order. */
export function diffBackup(backupTables: BackupTables, localTables: BackupTables): TableDiff[] {
  const names = createNameIndex(backupTables, localTables);
  return BACKUP_TABLE_NAMES.map((table) => diffTable(table, backupTables[table], localTables[table], names));
}

/**
 * Whether a restore would change or remove any record held here: a merge overwrites the
 * changed and older ones (the older ones too when the user takes the backup's version), a
 * replace also removes those held only here. When none, a copy of the data is not needed.
 */
export function changesRecordsHere(diffs: readonly TableDiff[], mode: 'merge' | 'replace'): boolean {
  return diffs.some((diff) => diff.changed + diff.older + (mode === 'replace' ? diff.onlyHere : 0) > 0);
}
