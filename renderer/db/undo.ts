import type { IndexableType } from 'dexie';
import type { TramaDatabase } from './db';
import { referencesOf } from './recordReferences';
import { readRows, stampOf, touchedKeys, type ChangeStamps, type RowStamp } from './rowStamps';
import { TABLE_NAMES, type TableName } from './schema';
import { planUndo, type UndoConflict } from './undoPlan';

/**
 * Everything needed to take back one write: the rows as they were before it and the keys
 * of the rows it created. Undo restores both in one transaction, whatever tables the
 * write touched, so a cascade delete comes back whole.
 */
export interface UndoableChange {
  before: Partial<Record<TableName, unknown[]>>;
  created: Partial<Record<TableName, IndexableType[]>>;
  /**
   * Every touched row as it stood right after the change (stampChange). Undo compares
   * against it and leaves alone what changed since; without it, only references are checked.
   */
  after?: ChangeStamps;
}

export type { UndoConflict } from './undoPlan';

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

/**
 * Notes how every row the change touched stands now, in one read transaction. Called right
 * after the change is made (the notice that offers Undo does it), so that Undo can tell
 * later edits from the change itself.
 */
export async function stampChange(db: TramaDatabase, change: UndoableChange): Promise<void> {
  const tables = touchedTables(change);
  const after: ChangeStamps = {};
  if (tables.length > 0) {
    await db.transaction('r', TABLE_NAMES, async () => {
      for (const table of tables) {
        const rows = await readRows(db, table, touchedKeys(change, table));
        after[table] = new Map<string, RowStamp>([...rows].map(([key, row]) => [key, stampOf(row)]));
      }
      // What the rows Undo would put back point at, so that Undo can tell a record deleted since.
      for (const [table, ids] of referencedOutside(change, after)) {
        const rows = await readRows(db, table, ids);
        for (const [key, row] of rows) (after[table] ??= new Map()).set(key, stampOf(row));
      }
    });
  }
  change.after = after;
}

function referencedOutside(change: UndoableChange, stamped: ChangeStamps): Map<TableName, Map<string, IndexableType>> {
  const outside = new Map<TableName, Map<string, IndexableType>>();
  for (const [table, rows] of Object.entries(change.before) as Array<[TableName, unknown[]]>) {
    for (const row of rows) {
      for (const { to, id } of referencesOf(table, row)) {
        if (stamped[to]?.has(id)) continue;
        let ids = outside.get(to);
        if (!ids) outside.set(to, (ids = new Map()));
        ids.set(id, id);
      }
    }
  }
  return outside;
}

export interface UndoOutcome {
  /** Whether anything was written. */
  isApplied: boolean;
  /** Whether the whole change was taken back. */
  isComplete: boolean;
  /** What changed after the change, so that Undo left it (and what it needs) as it is. */
  conflicts: UndoConflict[];
  /** Rows the safe part puts back or removes: everything except the conflicts and what they need. */
  safeRowCount: number;
}

/**
 * Takes a change back in one transaction, checking first that nothing was changed since:
 * `whole` undoes everything or, if later edits are in the way, nothing (and says which);
 * `safe-part` undoes everything except the records in conflict and what they need.
 */
export async function undoChange(db: TramaDatabase, change: UndoableChange, scope: 'whole' | 'safe-part' = 'whole'): Promise<UndoOutcome> {
  if (touchedTables(change).length === 0) return { isApplied: false, isComplete: true, conflicts: [], safeRowCount: 0 };
  return db.transaction('rw', TABLE_NAMES, async () => {
    const plan = await planUndo(db, change);
    const isComplete = plan.conflicts.length === 0;
    if (!isComplete && scope === 'whole') return { isApplied: false, isComplete, conflicts: plan.conflicts, safeRowCount: plan.rowCount };
    for (const [table, keys] of plan.deletes) if (keys.size) await db.table(table).bulkDelete([...keys.values()]);
    for (const [table, rows] of plan.restores) if (rows.size) await db.table(table).bulkPut([...rows.values()]);
    return { isApplied: plan.rowCount > 0, isComplete, conflicts: plan.conflicts, safeRowCount: plan.rowCount };
  });
}
