import {
  cmp,
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type IndexableType,
  type Middleware,
} from 'dexie';
import { keyText, stampOf, type RowStamp } from './rowStamps';
import { noteWriteStarted } from './writesStarted';

// What each read-write transaction wrote, row by row, noted as the writes happen: Undo
// compares with the state a change left at its own commit, not with what it finds later (a
// save queued while a long import ran would otherwise pass for the import's own work).
// Only stamps are kept (updatedAt, or the whole row where there is none), not the rows.

export interface TransactionWrites {
  /** Per table, per keyText: how the row stood after the transaction's last write to it. */
  readonly rows: Map<string, Map<string, { key: unknown; stamp: RowStamp }>>;
  /** Per table, the key ranges deleted at once (clear(), a delete over the primary key). */
  readonly deletedRanges: Map<string, DBCoreKeyRange[]>;
  /** 'open' until the transaction commits or aborts. */
  readonly state: () => 'open' | 'committed' | 'aborted';
  /** True once committed, false if aborted. */
  readonly settled: Promise<boolean>;
}

const writesByTransaction = new WeakMap<object, TransactionWrites>();
/** Read-write transactions of this window not yet finished, with the tables they hold. */
const unfinished = new Map<TransactionWrites, readonly string[]>();

/**
 * Whether a read-write transaction of this window, other than `except`, holds one of these
 * tables and has not finished: a read started now could then see its writes.
 */
export function isAnotherWriterUnfinished(tables: readonly string[], except: TransactionWrites): boolean {
  for (const [writes, stores] of unfinished)
    if (writes !== except && stores.some((store) => tables.includes(store))) return true;
  return false;
}

/** The writes of a read-write transaction (Dexie's `Transaction.idbtrans`); undefined for others. */
export function writesOf(transaction: object | null | undefined): TransactionWrites | undefined {
  return transaction ? writesByTransaction.get(transaction) : undefined;
}

const NEVER_RANGE = 4;

function isInRange(key: unknown, range: DBCoreKeyRange): boolean {
  if (range.type === NEVER_RANGE) return false;
  const fromLower = cmp(key, range.lower);
  const fromUpper = cmp(key, range.upper);
  return (range.lowerOpen ? fromLower > 0 : fromLower >= 0) && (range.upperOpen ? fromUpper < 0 : fromUpper <= 0);
}

/** How a row stands after this transaction, if the transaction wrote it; undefined if it did not. */
export function writtenStamp(writes: TransactionWrites, table: string, key: IndexableType): RowStamp | undefined {
  const written = writes.rows.get(table)?.get(keyText(key));
  if (written) return written.stamp;
  return (writes.deletedRanges.get(table) ?? []).some((range) => isInRange(key, range))
    ? { kind: 'absent' }
    : undefined;
}

/** A row without updatedAt is kept whole: a copy, so that a caller changing its object later changes nothing here. */
function frozenStamp(value: unknown): RowStamp {
  const stamp = stampOf(value);
  return stamp.kind === 'row' ? { kind: 'row', row: structuredClone(stamp.row) } : stamp;
}

function noteWrites(
  writes: TransactionWrites,
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
): void {
  const name = table.name;
  let rows = writes.rows.get(name);
  if (!rows) writes.rows.set(name, (rows = new Map()));
  const isFailed = (index: number) => Object.prototype.hasOwnProperty.call(response.failures, index);
  switch (request.type) {
    case 'add':
    case 'put':
      request.values.forEach((value: unknown, index) => {
        if (isFailed(index)) return;
        const key: unknown =
          response.results?.[index] ?? request.keys?.[index] ?? table.schema.primaryKey.extractKey?.(value);
        if (key !== undefined) rows.set(keyText(key as IndexableType), { key, stamp: frozenStamp(value) });
      });
      return;
    case 'delete':
      request.keys.forEach((key: unknown, index) => {
        if (!isFailed(index)) rows.set(keyText(key as IndexableType), { key, stamp: { kind: 'absent' } });
      });
      return;
    case 'deleteRange':
      writes.deletedRanges.set(name, [...(writes.deletedRanges.get(name) ?? []), request.range]);
      // Rows written earlier in this transaction are gone too; later writes overwrite these.
      for (const written of rows.values())
        if (isInRange(written.key, request.range)) written.stamp = { kind: 'absent' };
      return;
  }
}

/** The IndexedDB transaction under Dexie's: only its end is listened to. */
interface EndingTransaction {
  addEventListener(type: 'complete' | 'abort', listener: () => void): void;
}

function openWrites(transaction: EndingTransaction, stores: readonly string[]): TransactionWrites {
  let state: 'open' | 'committed' | 'aborted' = 'open';
  let end: (isCommitted: boolean) => void = () => undefined;
  const settled = new Promise<boolean>((resolve) => {
    end = (isCommitted) => {
      if (state !== 'open') return;
      state = isCommitted ? 'committed' : 'aborted';
      unfinished.delete(writes);
      resolve(isCommitted);
    };
  });
  const writes: TransactionWrites = { rows: new Map(), deletedRanges: new Map(), state: () => state, settled };
  unfinished.set(writes, stores);
  transaction.addEventListener('complete', () => end(true));
  // Not 'error': a failed request whose error is handled (a bulk add's BulkError) lets the transaction go on.
  transaction.addEventListener('abort', () => end(false));
  return writes;
}

/** Dexie middleware: notes the writes of every read-write transaction (db.ts installs it). */
export const writeLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TramaWriteLog',
  // Above Dexie's own hooks and caches: it sees what the app asked to write.
  level: 3,
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const transaction = down.transaction(stores, mode, options);
      if (mode === 'readwrite') {
        writesByTransaction.set(transaction, openWrites(transaction as unknown as EndingTransaction, [...stores]));
        // A read of the data taken before this no longer holds it (writesStarted.ts).
        noteWriteStarted(down.schema.name);
      }
      return transaction;
    },
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate(request) {
          return table.mutate(request).then((response) => {
            const writes = writesByTransaction.get(request.trans);
            if (writes && writes.state() === 'open') noteWrites(writes, table, request, response);
            return response;
          });
        },
      };
    },
  }),
};
