import type { DBCore, DBCoreDeleteRangeRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { isSyncedTable } from '../../shared/sync/syncDocs';

// What the middlewares that follow every write of a synced table share (the team's outbox,
// syncOutbox.ts, and the history, historyMiddleware.ts): a read-write transaction over a
// synced table is widened to the middleware's own table, so that its rows are written in the
// same transaction, and noted as one to record.

/** DBCore's `transaction`, widened to `ownTable` (when the database has it) for writes to synced tables. */
export function widenedTransaction(
  down: DBCore,
  ownTable: string,
  recording: WeakSet<DBCoreTransaction>,
): DBCore['transaction'] {
  const hasOwnTable = down.schema.tables.some((table) => table.name === ownTable);
  return (stores, mode, transactionOptions) => {
    const isWidened = hasOwnTable && mode === 'readwrite' && stores.some(isSyncedTable);
    const scope = isWidened && !stores.includes(ownTable) ? [...stores, ownTable] : stores;
    const transaction = down.transaction(scope, mode, transactionOptions);
    if (isWidened) recording.add(transaction);
    return transaction;
  };
}

/**
 * The primary keys a range deletion is about to remove, read in its transaction. Dexie's own
 * promise, not an async function's: a caller may keep it in Dexie's zone.
 */
export function keysInRange(table: DBCoreTable, request: DBCoreDeleteRangeRequest): PromiseLike<unknown[]> {
  return table
    .query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } })
    .then((found) => found.result);
}
