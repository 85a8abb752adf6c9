import Dexie, { type Table } from 'dexie';
import { utf8ByteLength } from '../../shared/ipc/utf8ByteLength';
import { backupDataDigest } from './backupDataDigest';

// Web mode's safety copies: before a restore replaces or merges into the database, the data
// as it was is kept here, whole, as backup JSON (shared/io/backup.ts). The desktop app keeps
// the same copies as dated files in its backups folder instead. Erasure of a person rewrites
// or deletes these copies too (renderer/db/privacy.ts), so none is kept silently.
//
// A copy is an 'attempt' until the restore it was taken for completes, then 'kept'. Only a
// completed restore removes copies: those of attempts (cancelled or failed: the data they
// held stayed in use) and the oldest kept ones beyond KEPT_SAFETY_COPIES, and it says which.
// A copy whose data is the same as the newest copy's is not saved again (a retry after a
// cancel), so retries never push out the copy taken before the first restore.

export const SAFETY_COPY_DATABASE_NAME = 'trama-safety-copies';
/** Copies kept for restores that completed; as many of cancelled or failed attempts at most. */
export const KEPT_SAFETY_COPIES = 5;

export type SafetyCopyReason = 'before-restore';
export type SafetyCopyState = 'attempt' | 'kept';

export interface SafetyCopyRow {
  id?: number;
  createdAt: string;
  reason: SafetyCopyReason;
  /** A backup file's text, restorable like any other backup. */
  json: string;
  /** backupDataDigest of `json`; absent on copies of the first version (never the same as a new one). */
  dataDigest?: string;
  sizeBytes?: number;
  /** Absent on copies of the first version, which were all kept. */
  state?: SafetyCopyState;
}

export interface SafetyCopySummary {
  id: number;
  createdAt: string;
  sizeBytes: number;
  state: SafetyCopyState;
}

export interface PrunedSafetyCopy {
  id: number;
  createdAt: string;
  state: SafetyCopyState;
}

type StoredCopy = SafetyCopyRow & { id: number };
type SafetyCopyDatabase = Dexie & { copies: Table<SafetyCopyRow, number> };

function openSafetyCopyDatabase(name: string): SafetyCopyDatabase {
  const copyDb = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SafetyCopyDatabase;
  copyDb.version(1).stores({ copies: '++id, createdAt' });
  // Indexes, so that the list is read without the copies' text (each up to a whole backup).
  copyDb
    .version(2)
    .stores({ copies: '++id, createdAt, dataDigest, state, sizeBytes' })
    .upgrade((tx) =>
      tx
        .table<SafetyCopyRow, number>('copies')
        .toCollection()
        .modify((row) => {
          row.state = 'kept';
          row.sizeBytes = utf8ByteLength(row.json);
        }),
    );
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

export interface SavedSafetyCopy {
  id: number;
  /** False when the newest copy already held this data: that one is used. */
  isNew: boolean;
  /** Copies of earlier attempts removed to stay within KEPT_SAFETY_COPIES of them. */
  pruned: PrunedSafetyCopy[];
}

/** Saves a copy as an attempt, unless the newest copy holds the same data. */
export async function saveSafetyCopy(row: Omit<SafetyCopyRow, 'id' | 'dataDigest' | 'sizeBytes' | 'state'>, name = SAFETY_COPY_DATABASE_NAME): Promise<SavedSafetyCopy> {
  const dataDigest = await backupDataDigest(row.json);
  return withCopies(name, (copyDb) =>
    copyDb.transaction('rw', copyDb.copies, async () => {
      const newestId = (await copyDb.copies.orderBy('id').reverse().primaryKeys())[0];
      const sameData = await copyDb.copies.where('dataDigest').equals(dataDigest).primaryKeys();
      if (newestId !== undefined && sameData.includes(newestId)) return { id: newestId, isNew: false, pruned: [] };
      const id = await copyDb.copies.add({ ...row, dataDigest, sizeBytes: utf8ByteLength(row.json), state: 'attempt' });
      const attempts = await copyDb.copies.where('state').equals('attempt').primaryKeys();
      const excess = attempts.sort((a, b) => a - b).slice(0, Math.max(0, attempts.length - KEPT_SAFETY_COPIES));
      const pruned = await summariesOf(copyDb, excess);
      await copyDb.copies.bulkDelete(excess);
      return { id, isNew: true, pruned };
    }),
  );
}

async function summariesOf(copyDb: SafetyCopyDatabase, ids: readonly number[]): Promise<PrunedSafetyCopy[]> {
  if (ids.length === 0) return [];
  const times = new Map<number, string>();
  await copyDb.copies.orderBy('createdAt').eachKey((createdAt, cursor) => times.set(Number(cursor.primaryKey), String(createdAt)));
  const states = await stateByCopy(copyDb);
  return ids.map((id) => ({ id, createdAt: times.get(id) ?? '', state: states.get(id) ?? 'kept' }));
}

async function stateByCopy(copyDb: SafetyCopyDatabase): Promise<Map<number, SafetyCopyState>> {
  const states = new Map<number, SafetyCopyState>();
  await copyDb.copies.orderBy('state').eachKey((state, cursor) => states.set(Number(cursor.primaryKey), state === 'attempt' ? 'attempt' : 'kept'));
  return states;
}

/**
 * The restore this copy was taken for completed: the copy is kept; the copies of earlier
 * attempts and the oldest kept ones beyond KEPT_SAFETY_COPIES are removed, oldest first.
 */
export function completeSafetyCopy(id: number, name = SAFETY_COPY_DATABASE_NAME): Promise<{ pruned: PrunedSafetyCopy[] }> {
  return withCopies(name, (copyDb) =>
    copyDb.transaction('rw', copyDb.copies, async () => {
      if ((await copyDb.copies.update(id, { state: 'kept' })) === 0) return { pruned: [] };
      const states = await stateByCopy(copyDb);
      const ids = (await copyDb.copies.orderBy('id').primaryKeys()).filter((other) => other !== id);
      const attempts = ids.filter((other) => states.get(other) === 'attempt');
      const kept = [...ids.filter((other) => states.get(other) !== 'attempt'), id];
      const removed = [...attempts, ...kept.slice(0, Math.max(0, kept.length - KEPT_SAFETY_COPIES))];
      const pruned = await summariesOf(copyDb, removed);
      await copyDb.copies.bulkDelete(removed);
      return { pruned };
    }),
  );
}

/** Newest first. */
export function listSafetyCopies(name = SAFETY_COPY_DATABASE_NAME): Promise<StoredCopy[]> {
  return withCopies(name, async (copyDb) => (await copyDb.copies.orderBy('id').reverse().toArray()) as StoredCopy[]);
}

/** Newest first, from the indexes alone: a copy's text is not read to list it. */
export function listSafetyCopySummaries(name = SAFETY_COPY_DATABASE_NAME): Promise<SafetyCopySummary[]> {
  return withCopies(name, async (copyDb) => {
    const summaries = new Map<number, SafetyCopySummary>();
    await copyDb.copies.orderBy('createdAt').eachKey((createdAt, cursor) => {
      const id = Number(cursor.primaryKey);
      summaries.set(id, { id, createdAt: String(createdAt), sizeBytes: 0, state: 'kept' });
    });
    await copyDb.copies.orderBy('sizeBytes').eachKey((size, cursor) => {
      const summary = summaries.get(Number(cursor.primaryKey));
      if (summary) summary.sizeBytes = Number(size);
    });
    for (const [id, state] of await stateByCopy(copyDb)) {
      const summary = summaries.get(id);
      if (summary) summary.state = state;
    }
    return [...summaries.values()].sort((a, b) => b.id - a.id);
  });
}

/** One copy, or undefined when it is gone (pruned, or deleted by an erasure). */
export function readSafetyCopy(id: number, name = SAFETY_COPY_DATABASE_NAME): Promise<StoredCopy | undefined> {
  return withCopies(name, async (copyDb) => (await copyDb.copies.get(id)) as StoredCopy | undefined);
}

/** Rewrites one copy's backup text (erasure takes a person out of it). */
export async function replaceSafetyCopy(id: number, json: string, name = SAFETY_COPY_DATABASE_NAME): Promise<void> {
  const dataDigest = await backupDataDigest(json);
  return withCopies(name, async (copyDb) => {
    const updated = await copyDb.copies.update(id, { json, dataDigest, sizeBytes: utf8ByteLength(json) });
    if (updated === 0) throw new Error(`Safety copy ${id} does not exist`);
  });
}

export function deleteSafetyCopy(id: number, name = SAFETY_COPY_DATABASE_NAME): Promise<void> {
  return withCopies(name, (copyDb) => copyDb.copies.delete(id));
}
