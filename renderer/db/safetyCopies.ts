import Dexie, { type Table } from 'dexie';

// Web mode's safety copies: before a restore replaces or merges into the database, the data
// as it was is kept here, whole, as backup JSON (shared/io/backup.ts). The desktop app keeps
// the same copies as dated files in its backups folder instead. Erasure of a person rewrites
// or deletes these copies too (renderer/db/privacy.ts), so none is kept silently.

export const SAFETY_COPY_DATABASE_NAME = 'trama-safety-copies';
/** The oldest copies beyond this number are removed when a new one is saved. */
export const KEPT_SAFETY_COPIES = 5;

export type SafetyCopyReason = 'before-restore';

export interface SafetyCopyRow {
  id?: number;
  createdAt: string;
  reason: SafetyCopyReason;
  /** A backup file's text, restorable like any other backup. */
  json: string;
}

type SafetyCopyDatabase = Dexie & { copies: Table<SafetyCopyRow, number> };

function openSafetyCopyDatabase(name: string): SafetyCopyDatabase {
  const copyDb = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SafetyCopyDatabase;
  copyDb.version(1).stores({ copies: '++id, createdAt' });
  return copyDb;
}

async function withCopies<T>(name: string, work: (copyDb: SafetyCopyDatabase) => Promise<T>): Promise<T> {
  const copyDb = openSafetyCopyDatabase(name);
  try {
    return await work(copyDb);
  } finally {
    copyDb.close();
  }
}

/** Saves a copy and prunes the oldest beyond KEPT_SAFETY_COPIES; returns the new copy's id. */
export function saveSafetyCopy(row: Omit<SafetyCopyRow, 'id'>, name = SAFETY_COPY_DATABASE_NAME): Promise<number> {
  return withCopies(name, (copyDb) =>
    copyDb.transaction('rw', copyDb.copies, async () => {
      const id = await copyDb.copies.add(row);
      const ids = await copyDb.copies.orderBy('id').primaryKeys();
      await copyDb.copies.bulkDelete(ids.slice(0, Math.max(0, ids.length - KEPT_SAFETY_COPIES)));
      return id;
    }),
  );
}

/** Newest first. */
export function listSafetyCopies(name = SAFETY_COPY_DATABASE_NAME): Promise<Array<SafetyCopyRow & { id: number }>> {
  return withCopies(name, async (copyDb) => (await copyDb.copies.orderBy('id').reverse().toArray()) as Array<SafetyCopyRow & { id: number }>);
}

/** One copy, or undefined when it is gone (pruned, or deleted by an erasure). */
export function readSafetyCopy(id: number, name = SAFETY_COPY_DATABASE_NAME): Promise<(SafetyCopyRow & { id: number }) | undefined> {
  return withCopies(name, async (copyDb) => (await copyDb.copies.get(id)) as (SafetyCopyRow & { id: number }) | undefined);
}

/** Rewrites one copy's backup text (erasure takes a person out of it). */
export function replaceSafetyCopy(id: number, json: string, name = SAFETY_COPY_DATABASE_NAME): Promise<void> {
  return withCopies(name, async (copyDb) => {
    const updated = await copyDb.copies.update(id, { json });
    if (updated === 0) throw new Error(`Safety copy ${id} does not exist`);
  });
}

export function deleteSafetyCopy(id: number, name = SAFETY_COPY_DATABASE_NAME): Promise<void> {
  return withCopies(name, (copyDb) => copyDb.copies.delete(id));
}
