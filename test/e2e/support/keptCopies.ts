import type { Page } from 'playwright-core';

// The copies the app keeps in the browser's IndexedDB (renderer/db/copyStores.ts), seeded and
// read back from outside the app, as a journey that checks an erasure reaches them needs.

/** The copy stores as the app's first version declared them (Dexie's version 1 is IndexedDB version 10). */
export const COPY_STORES = [
  {
    database: 'trama-upgrade-backups',
    store: 'backups',
    row: { createdAt: '2026-01-10T08:00:00.000Z', fromVersion: 1, toVersion: 2 },
  },
  {
    database: 'trama-safety-copies',
    store: 'copies',
    row: { createdAt: '2026-01-11T08:00:00.000Z', reason: 'before-restore' },
  },
];

/** One copy of `json` in each store. */
export function seedCopies(page: Page, json: string): Promise<void> {
  return page.evaluate(
    async ({ stores, json }) => {
      const open = (name: string, version?: number, create?: (db: IDBDatabase) => void) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
          request.onupgradeneeded = () => create?.(request.result);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      for (const { database, store, row } of stores) {
        // As the app left it (it may have opened it already, at its own version), or as its first version made it.
        let db = await open(database);
        if (!db.objectStoreNames.contains(store)) {
          const version = Math.max(10, db.version + 1);
          db.close();
          db = await open(database, version, (created) =>
            created
              .createObjectStore(store, { keyPath: 'id', autoIncrement: true })
              .createIndex('createdAt', 'createdAt'),
          );
        }
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(store, 'readwrite');
          transaction.objectStore(store).add({ ...row, json });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      }
    },
    { stores: COPY_STORES, json },
  );
}

/** The text of every copy in the stores, whole (a rewritten copy is kept in parts). */
export function readCopies(page: Page): Promise<string[]> {
  return page.evaluate(async (stores) => {
    const texts: string[] = [];
    for (const { database, store } of stores) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const getAll = <Row>(storeName: string, range?: IDBKeyRange) =>
        new Promise<Row[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll(range);
          request.onsuccess = () => resolve(request.result as Row[]);
          request.onerror = () => reject(request.error);
        });
      const rows = await getAll<{ id: number; json?: string }>(store);
      for (const row of rows)
        texts.push(
          row.json ??
            (await getAll<{ text: string }>('chunks', IDBKeyRange.bound([row.id, 0], [row.id, Infinity])))
              .map((chunk) => chunk.text)
              .join(''),
        );
      db.close();
    }
    return texts;
  }, COPY_STORES);
}
