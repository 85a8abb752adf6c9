import type { DBCoreGetManyRequest, DBCoreGetRequest, DBCoreTable, DBCoreTransaction } from 'dexie';

// What a read-write transaction read by key, kept for the history (historyMiddleware.ts): a
// form's save reads the record and then writes it, so the values before the change are the
// ones the transaction has just read, and the history need not read them again inside the
// write (issue 18: one request fewer on every single edit). Copies, taken before the caller
// sees the values: code that changes a record it read in place and writes it back must not
// change what was there before. A value is kept only while no write to its table has been
// issued since the read was: after a write, what the transaction read may be stale.

/** Reads of more keys than this are not kept: copying them would cost more than reading again. */
const MAX_KEYS_KEPT = 50;

interface TableReads {
  /** Writes to the table issued in the transaction so far. */
  writes: number;
  values: Map<string, unknown>;
}

const readsByTransaction = new WeakMap<DBCoreTransaction, Map<string, TableReads>>();

function readsOf(transaction: DBCoreTransaction, table: string): TableReads {
  let tables = readsByTransaction.get(transaction);
  if (!tables) readsByTransaction.set(transaction, (tables = new Map()));
  let reads = tables.get(table);
  if (!reads) tables.set(table, (reads = { writes: 0, values: new Map() }));
  return reads;
}

const isKeptKey = (key: unknown): key is string => typeof key === 'string';

function keep(transaction: DBCoreTransaction, table: string, writesAtRead: number, keys: string[], values: unknown[]) {
  const reads = readsOf(transaction, table);
  // A write issued after the read: the values read may no longer be what the table holds.
  if (reads.writes !== writesAtRead) return;
  keys.forEach((key, index) => reads.values.set(key, structuredClone(values[index])));
}

/** A table's get and getMany, keeping what a transaction for which `isKept` holds reads by a few keys. */
export function keepingReads(
  table: DBCoreTable,
  isKept: (transaction: DBCoreTransaction) => boolean,
): Pick<DBCoreTable, 'get' | 'getMany'> {
  return {
    get(request: DBCoreGetRequest) {
      if (!isKept(request.trans) || !isKeptKey(request.key)) return table.get(request);
      const writesAtRead = readsOf(request.trans, table.name).writes;
      const key = request.key;
      return table.get(request).then((value) => {
        keep(request.trans, table.name, writesAtRead, [key], [value]);
        return value;
      });
    },
    getMany(request: DBCoreGetManyRequest) {
      const { keys } = request;
      if (!isKept(request.trans) || keys.length > MAX_KEYS_KEPT || !keys.every(isKeptKey))
        return table.getMany(request);
      const writesAtRead = readsOf(request.trans, table.name).writes;
      return table.getMany(request).then((values) => {
        keep(request.trans, table.name, writesAtRead, keys, values);
        return values;
      });
    },
  };
}

/** Called as a write to `table` is issued: what the transaction read of it is forgotten. */
export function noteWriteIssued(transaction: DBCoreTransaction, table: string): void {
  const reads = readsOf(transaction, table);
  reads.writes += 1;
  reads.values.clear();
}

/**
 * The values the transaction read for these keys (undefined where a record was absent), as
 * they stand since no write was issued to the table; undefined unless every key was read.
 */
export function keptValues(
  transaction: DBCoreTransaction,
  table: string,
  keys: readonly unknown[],
): unknown[] | undefined {
  const reads = readsByTransaction.get(transaction)?.get(table);
  if (!reads || !keys.every((key) => isKeptKey(key) && reads.values.has(key))) return undefined;
  return keys.map((key) => reads.values.get(key as string));
}
