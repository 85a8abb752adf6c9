import type { IndexableType } from 'dexie';
import type { TramaDatabase } from './db';
import type { TableName } from './schema';

/**
 * Everything needed to take back one write: the rows as they were before it and the keys
 * of the rows it created. Undo restores both in one transaction, whatever tables the
 * write touched, so a cascade delete comes back whole.
 */
export interface UndoableChange {
  before: Partial<Record<TableName, unknown[]>>;
  created: Partial<Record<TableName, IndexableType[]>>;
}

export function emptyChange(): UndoableChange {
  return { before: {}, created: {} };
}

export function recordBefore(change: UndoableChange, table: TableName, rows: readonly unknown[]): void {
  if (rows.length === 0) return;
  (change.before[table] ??= []).push(...rows);
}

export function recordCreated(change: UndoableChange, table: TableName, keys: readonly IndexableType[]): void {
  if (keys.length === 0) return;
  (change.created[table] ??= []).push(...keys);
}

function touchedTables(change: UndoableChange): TableName[] {
  return [...new Set([...Object.keys(change.before), ...Object.keys(change.created)])] as TableName[];
}

function primaryKeyOf(table: TableName, row: unknown): string {
  const record = row as Record<string, unknown>;
  if (table === 'mapPositions') return `${String(record.viewId)}\u0000${String(record.stakeholderId)}`;
  return String(table === 'meta' ? record.key : record.id);
}

/**
 * A row touched twice in one change (updated by a cascade, then deleted) must come back
 * as it was before the first touch.
 */
function firstImagePerKey(table: TableName, rows: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = primaryKeyOf(table, row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function undoChange(db: TramaDatabase, change: UndoableChange): Promise<void> {
  const tables = touchedTables(change);
  if (tables.length === 0) return;
  await db.transaction('rw', tables, async () => {
    for (const table of tables) {
      const created = change.created[table];
      if (created) await db.table(table).bulkDelete(created);
      const before = change.before[table];
      if (before) await db.table(table).bulkPut(firstImagePerKey(table, before));
    }
  });
}
