import type { TramaDatabase } from '../../renderer/db/db';
import { CURRENT_SCHEMA } from '../../renderer/db/schema';
import { BARE_DATABASE_PREFIX } from './pageWatchers';

// The yardstick for the app's bulk writes, run inside the app's page (same browser, same
// origin): plain IndexedDB, no Dexie, a database with exactly the app's object stores and
// indexes, and the same rows written in one transaction with the durability the app used.
// What the app's write costs beyond this is the app's own overhead.

export interface IndexDefinition {
  name: string;
  keyPath: string | string[];
  multiEntry: boolean;
  unique: boolean;
}

export interface StoreDefinition {
  name: string;
  /** Null for keys kept outside the record (Dexie's bare `++`). */
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexDefinition[];
}

/** `[a+b]` is a compound key path; `++`, `&` and `*` are prefixes (auto-increment, unique, multi-entry). */
function keyPathOf(spec: string): string | string[] {
  const bare = spec.replace(/^(\+\+|&|\*)/, '');
  return bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
}

/** Dexie's `stores()` syntax, as the object stores and indexes Dexie creates from it. */
export function storeDefinitions(schema: Readonly<Record<string, string>>): StoreDefinition[] {
  return Object.entries(schema).map(([name, spec]) => {
    const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
    const keyPath = keyPathOf(primary);
    return {
      name,
      keyPath: keyPath === '' ? null : keyPath,
      autoIncrement: primary.startsWith('++'),
      indexes: indexes
        .filter((index) => index !== '')
        .map((index) => ({
          name: index.replace(/^[&*]/, ''),
          keyPath: keyPathOf(index),
          multiEntry: index.startsWith('*'),
          unique: index.startsWith('&'),
        })),
    };
  });
}

const describeStore = (store: StoreDefinition): string =>
  `${store.name}: key ${JSON.stringify(store.keyPath)}${store.autoIncrement ? ' auto' : ''}; ${store.indexes
    .map(
      (index) => `${JSON.stringify(index.keyPath)}${index.multiEntry ? ' multi' : ''}${index.unique ? ' unique' : ''}`,
    )
    .sort()
    .join(', ')}`;

/** The stores and indexes of an open database, as the browser holds them. */
function actualDefinitions(database: IDBDatabase): StoreDefinition[] {
  const names = [...database.objectStoreNames];
  if (names.length === 0) return [];
  const transaction = database.transaction(names, 'readonly');
  return names.map((name) => {
    const store = transaction.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique };
      }),
    };
  });
}

function sameDefinitions(expected: readonly StoreDefinition[], actual: readonly StoreDefinition[]): string | null {
  const want = expected.map(describeStore).sort();
  const have = actual.map(describeStore).sort();
  const missing = want.filter((line) => !have.includes(line));
  const extra = have.filter((line) => !want.includes(line));
  return missing.length || extra.length
    ? `expected ${missing.join(' | ') || '–'}; the app has ${extra.join(' | ') || '–'}`
    : null;
}

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

function createBareDatabase(name: string, stores: readonly StoreDefinition[]): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const store of stores) {
      const created = open.result.createObjectStore(store.name, {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
      });
      for (const index of store.indexes)
        created.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
    }
  };
  return request(open);
}

/**
 * Rows per request, each request issued once the one before has stored its rows. Issuing
 * 60,000 puts in one go is no faster (one task of seconds that clones every row at once);
 * this is how Dexie's bulkPut and a careful hand-written write go about it.
 */
export const BARE_WRITE_SLICE = 2_000;

export interface BareWriteResult {
  ms: number;
  /** Page times of the write alone (reading the rows back comes before). */
  startedAt: number;
  endedAt: number;
  durability: IDBTransactionDurability;
  rows: Record<string, number>;
  totalRows: number;
}

/**
 * Reads what the app's database now holds in `tables` (the rows the operation just wrote),
 * checks that CURRENT_SCHEMA gives exactly the app's stores and indexes, then times writing
 * those rows into a new database: from opening the one transaction until it commits, in
 * requests of BARE_WRITE_SLICE rows.
 */
export async function bareWriteOfAppRows(
  appDb: TramaDatabase,
  tables: readonly string[],
  durability: IDBTransactionDurability,
): Promise<BareWriteResult> {
  const stores = storeDefinitions(CURRENT_SCHEMA);
  await appDb.open();
  const mismatch = sameDefinitions(stores, actualDefinitions(appDb.backendDB()));
  if (mismatch) throw new Error(`The yardstick's schema is not the app's: ${mismatch}`);
  const rowsByTable = new Map<string, unknown[]>();
  for (const table of tables) rowsByTable.set(table, await appDb.table(table).toArray());
  const name = `${BARE_DATABASE_PREFIX}${Date.now()}`;
  const bare = await createBareDatabase(name, stores);
  try {
    const start = performance.now();
    const transaction = bare.transaction([...tables], 'readwrite', { durability });
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('The bare write was aborted'));
    });
    // A failed request rejects below; the transaction's abort then needs no second report.
    committed.catch(() => undefined);
    for (const [table, rows] of rowsByTable) {
      const store = transaction.objectStore(table);
      for (let start = 0; start < rows.length; start += BARE_WRITE_SLICE) {
        let last: IDBRequest | undefined;
        for (const row of rows.slice(start, start + BARE_WRITE_SLICE)) last = store.put(row);
        // Awaited in the request's success event: the transaction stays active.
        if (last) await request(last);
      }
    }
    await committed;
    const rows = Object.fromEntries(
      [...rowsByTable].filter(([, list]) => list.length > 0).map(([table, list]) => [table, list.length]),
    );
    const end = performance.now();
    return {
      ms: end - start,
      startedAt: start,
      endedAt: end,
      durability,
      rows,
      totalRows: Object.values(rows).reduce((sum, count) => sum + count, 0),
    };
  } finally {
    bare.close();
    await request(indexedDB.deleteDatabase(name));
  }
}
