import type { IndexableType } from 'dexie';
import { ENTITIES } from '../../shared/domain/entities';
import { isSameValue } from '../../shared/domain/recordIdentity';
import type { TramaDatabase } from './tramaDatabase';
import type { TableName } from './schema';
import type { UndoableChange } from './undoableChange';

// How Undo tells whether a row changed after the change it would take back: by its
// updatedAt, or for tables without one (meta, mapPositions) by the whole row.

export type RowStamp = { kind: 'absent' } | { kind: 'updatedAt'; updatedAt: string } | { kind: 'row'; row: unknown };

/** Per table, the stamp of every row a change touched, by keyText. */
export type ChangeStamps = Partial<Record<TableName, Map<string, RowStamp>>>;

/** A row's key in its table, from the registry's key fields (shared/domain/entities.ts): the one field's value, or the list of them. */
export function primaryKeyOf(table: TableName, row: unknown): IndexableType {
  const record = row as Record<string, unknown>;
  const fields: readonly string[] = ENTITIES[table].key;
  const parts = fields.map((field) => String(record[field]));
  return parts.length === 1 ? parts[0]! : parts;
}

/** A key as a Map key, the same text as recordKey (shared/domain/recordIdentity.ts) gives the row. */
export function keyText(key: IndexableType): string {
  return Array.isArray(key) ? JSON.stringify(key.map((part) => String(part))) : String(key);
}

export function stampOf(row: unknown): RowStamp {
  if (row === undefined || row === null) return { kind: 'absent' };
  const updatedAt = (row as { updatedAt?: unknown }).updatedAt;
  return typeof updatedAt === 'string' ? { kind: 'updatedAt', updatedAt } : { kind: 'row', row };
}

export function isSameStamp(a: RowStamp, b: RowStamp): boolean {
  if (a.kind === 'absent' || b.kind === 'absent') return a.kind === b.kind;
  if (a.kind === 'updatedAt' && b.kind === 'updatedAt') return a.updatedAt === b.updatedAt;
  return a.kind === 'row' && b.kind === 'row' && isSameValue(a.row, b.row);
}

/** The keys of the rows a change touched in one table, by keyText. */
export function touchedKeys(change: UndoableChange, table: TableName): Map<string, IndexableType> {
  const keys = new Map<string, IndexableType>();
  for (const key of change.created[table] ?? []) keys.set(keyText(key), key);
  for (const row of change.before[table] ?? []) {
    const key = primaryKeyOf(table, row);
    keys.set(keyText(key), key);
  }
  return keys;
}

/** A table's before-images by keyText; a row touched twice in one change (updated by a cascade, then deleted) keeps its first. */
export function firstBeforeImages(change: Pick<UndoableChange, 'before'>, table: TableName): Map<string, unknown> {
  const images = new Map<string, unknown>();
  for (const row of change.before[table] ?? []) {
    const key = keyText(primaryKeyOf(table, row));
    if (!images.has(key)) images.set(key, row);
  }
  return images;
}

/** Rows are read this many at a time: a large import's rows are not all copied in one task. */
const READ_CHUNK = 2_000;

/** The rows at these keys (undefined where there is none), by keyText; call inside a transaction. */
export async function readRows(
  db: TramaDatabase,
  table: TableName,
  keys: ReadonlyMap<string, IndexableType>,
): Promise<Map<string, unknown>> {
  const rows = new Map<string, unknown>();
  const entries = [...keys];
  for (let start = 0; start < entries.length; start += READ_CHUNK) {
    const chunk = entries.slice(start, start + READ_CHUNK);
    const found: unknown[] = await db.table(table).bulkGet(chunk.map(([, key]) => key));
    chunk.forEach(([text], index) => rows.set(text, found[index]));
  }
  return rows;
}
