import type { IndexableType } from 'dexie';
import type { TableName } from './schema';

/**
 * Everything needed to take back one write: the rows as they were before it and the keys
 * of the rows it created. Undo restores both in one transaction, whatever tables the
 * write touched, so a cascade delete comes back whole. Build it inside the write's own
 * transaction (emptyChange, recordBefore, recordCreated in undo.ts): that transaction notes
 * how it left every row (writeLog.ts), and Undo compares with that.
 */
export interface UndoableChange {
  before: Partial<Record<TableName, unknown[]>>;
  created: Partial<Record<TableName, IndexableType[]>>;
  /**
   * Rows put back only together with another row of the change (recordRestoredWith in undo.ts):
   * the mentions an erasure replaced come back only with the person's own record, so that a
   * partial Undo that leaves her erased does not name her again elsewhere.
   */
  restoredWith?: RestoredWith[];
}

/** The row `table`/`key` is put back only if `with` is put back too. */
export interface RestoredWith {
  table: TableName;
  key: string;
  with: { table: TableName; key: string };
}
