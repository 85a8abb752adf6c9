import Dexie, { type Table } from 'dexie';
import { utf8ByteLength } from '../../shared/ipc/utf8ByteLength';
import { backupDataDigest } from './backupDataDigest';
import { splitIntoChunks } from './textChunks';

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
//
// A copy's text is stored in parts (`chunks`), each a stored value of its own: Chromium
// refuses any one value over about 133 MB, and the copy of 50,000 stakeholders is 181 MB.
// The parts are written in the copy's transaction and read back whole. Copies stored
// before (their whole text in `json`) stay as they are, readable, until rewritten.

export const SAFETY_COPY_DATABASE_NAME = 'trama-safety-copies';
/** Copies kept for restores that completed; as many of cancelled or failed attempts at most. */
export const KEPT_SAFETY_COPIES = 5;

/**
 * Characters per stored part. A string is stored with one or two bytes per character, so a
 * part stays under 32 MiB: a quarter of Chromium's limit on one value, whatever the text.
 */
export const SAFETY_COPY_CHUNK_CHARS = 16 * 1024 * 1024;

export type SafetyCopyReason = 'before-restore';
export type SafetyCopyState = 'attempt' | 'kept';

export interface SafetyCopyRow {
  id?: number;
  createdAt: string;
  reason: SafetyCopyReason;
  /** A backup file's text, restorable like any other backup. */
  json: string;
  /** backupDataDigest of `json`, once it was needed: worked out when a copy as long as this one is saved. */
  dataDigest?: string;
  sizeBytes?: number;
  /** Absent on copies of the first version, which were all kept. */
  state?: SafetyCopyState;
}

/** As stored: the text in `chunks` rows, or, in copies stored before there were parts, here in `json`. */
type StoredHeader = Omit<SafetyCopyRow, 'json'> & { json?: string; chunkCount?: number };

interface StoredChunk {
  copyId: number;
  index: number;
  text: string;
}

export interface ChunkOptions {
  /** Characters per stored part (tests use small ones). */
  chunkChars?: number;
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
type SafetyCopyDatabase = Dexie & { copies: Table<StoredHeader, number>; chunks: Table<StoredChunk, [number, number]> };

function openSafetyCopyDatabase(name: string): SafetyCopyDatabase {
  // Strict, deliberately, though the restore itself writes relaxed (backup.ts): the restore
  // commits only once this copy's commit has been reported, and strict reports it once it
  // is on disk, so no power cut can keep the restored data and lose the copy of what was
  // there before. Relaxed would let the two reach the disk in either order.
  const copyDb = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SafetyCopyDatabase;
  copyDb.version(1).stores({ copies: '++id, createdAt' });
  // Indexes, so that the list is read without the copies' text (each up to a whole backup).
  copyDb
    .version(2)
    .stores({ copies: '++id, createdAt, dataDigest, state, sizeBytes' })
    .upgrade((tx) =>
      tx
        .table<StoredHeader, number>('copies')
        .toCollection()
        .modify((row) => {
          row.state = 'kept';
          row.sizeBytes = utf8ByteLength(row.json ?? '');
        }),
    );
  copyDb.version(3).stores({ chunks: '[copyId+index], copyId' });
  return copyDb;
}

const chunksOf = (json: string, { chunkChars = SAFETY_COPY_CHUNK_CHARS }: ChunkOptions) =>
  splitIntoChunks(json, chunkChars);

async function writeChunks(copyDb: SafetyCopyDatabase, copyId: number, chunks: readonly string[]): Promise<void> {
  // One request per part: each is a value of its own, under the limit.
  for (const [index, text] of chunks.entries()) await copyDb.chunks.add({ copyId, index, text });
}

async function readText(copyDb: SafetyCopyDatabase, id: number, header: StoredHeader): Promise<string> {
  if (typeof header.json === 'string') return header.json;
  const chunks = await copyDb.chunks.where('[copyId+index]').between([id, 0], [id, Infinity]).toArray();
  // Written in one transaction with the header: a part missing means the store was damaged.
  if (chunks.length !== (header.chunkCount ?? 0) || chunks.some((chunk, index) => chunk.index !== index))
    throw new Error(`Safety copy ${id} is incomplete: ${chunks.length} of ${header.chunkCount ?? 0} parts`);
  return chunks.map((chunk) => chunk.text).join('');
}

async function deleteCopies(copyDb: SafetyCopyDatabase, ids: readonly number[]): Promise<void> {
  await copyDb.copies.bulkDelete([...ids]);
  await copyDb.chunks
    .where('copyId')
    .anyOf([...ids])
    .delete();
}

async function withText(
  copyDb: SafetyCopyDatabase,
  id: number,
  header: StoredHeader | undefined,
): Promise<StoredCopy | undefined> {
  if (!header) return undefined;
  const { chunkCount: _chunkCount, json: _json, ...row } = header;
  return { ...row, id, json: await readText(copyDb, id, header) };
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

/** The newest copy's id, size and digest, from the indexes: a copy stored whole is not read. */
async function newestCopy(
  copyDb: SafetyCopyDatabase,
): Promise<{ id: number; sizeBytes: number; dataDigest: string | undefined } | null> {
  const id = (await copyDb.copies.orderBy('id').reverse().primaryKeys())[0];
  if (id === undefined) return null;
  const newest = { id, sizeBytes: -1, dataDigest: undefined as string | undefined };
  await copyDb.copies
    .orderBy('sizeBytes')
    .eachKey((size, cursor) => cursor.primaryKey === id && (newest.sizeBytes = Number(size)));
  await copyDb.copies
    .orderBy('dataDigest')
    .eachKey((digest, cursor) => cursor.primaryKey === id && (newest.dataDigest = String(digest)));
  return newest;
}

/**
 * Whether the newest copy holds the data of `json`. Two texts of the same data are as long
 * (the time a copy was written always takes as many characters), so only then are their
 * digests worked out: a pass over the whole text each, up to 90 million characters.
 */
async function sameDataAsNewest(
  json: string,
  sizeBytes: number,
  name: string,
): Promise<{ newestId: number; dataDigest: string } | { newestId: null; dataDigest: string | undefined }> {
  const newest = await withCopies(name, newestCopy);
  if (!newest || newest.sizeBytes !== sizeBytes) return { newestId: null, dataDigest: undefined };
  const dataDigest = await backupDataDigest(json);
  const newestDigest = newest.dataDigest ?? (await digestOfStored(newest.id, name));
  return newestDigest === dataDigest ? { newestId: newest.id, dataDigest } : { newestId: null, dataDigest };
}

/** The digest of a copy saved without one; undefined when it is gone or cannot be read (it then holds other data). */
async function digestOfStored(id: number, name: string): Promise<string | undefined> {
  const stored = await readSafetyCopy(id, name).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  return stored && backupDataDigest(stored.json);
}

/** Saves a copy as an attempt, unless the newest copy holds the same data. */
export async function saveSafetyCopy(
  { json, ...row }: Omit<SafetyCopyRow, 'id' | 'dataDigest' | 'sizeBytes' | 'state'>,
  name = SAFETY_COPY_DATABASE_NAME,
  options: ChunkOptions = {},
): Promise<SavedSafetyCopy> {
  const sizeBytes = utf8ByteLength(json);
  const same = await sameDataAsNewest(json, sizeBytes, name);
  return withCopies(name, (copyDb) =>
    copyDb.transaction('rw', copyDb.copies, copyDb.chunks, async () => {
      const newestId = (await copyDb.copies.orderBy('id').reverse().primaryKeys())[0];
      // Still the newest: no copy was saved or removed meanwhile.
      if (same.newestId !== null && newestId === same.newestId) return { id: newestId, isNew: false, pruned: [] };
      const chunks = chunksOf(json, options);
      const digest = same.dataDigest === undefined ? {} : { dataDigest: same.dataDigest };
      const id = await copyDb.copies.add({ ...row, ...digest, sizeBytes, state: 'attempt', chunkCount: chunks.length });
      await writeChunks(copyDb, id, chunks);
      const attempts = await copyDb.copies.where('state').equals('attempt').primaryKeys();
      const excess = attempts.sort((a, b) => a - b).slice(0, Math.max(0, attempts.length - KEPT_SAFETY_COPIES));
      const pruned = await summariesOf(copyDb, excess);
      await deleteCopies(copyDb, excess);
      return { id, isNew: true, pruned };
    }),
  );
}

async function summariesOf(copyDb: SafetyCopyDatabase, ids: readonly number[]): Promise<PrunedSafetyCopy[]> {
  if (ids.length === 0) return [];
  const times = new Map<number, string>();
  await copyDb.copies
    .orderBy('createdAt')
    .eachKey((createdAt, cursor) => times.set(Number(cursor.primaryKey), String(createdAt)));
  const states = await stateByCopy(copyDb);
  return ids.map((id) => ({ id, createdAt: times.get(id) ?? '', state: states.get(id) ?? 'kept' }));
}

async function stateByCopy(copyDb: SafetyCopyDatabase): Promise<Map<number, SafetyCopyState>> {
  const states = new Map<number, SafetyCopyState>();
  await copyDb.copies
    .orderBy('state')
    .eachKey((state, cursor) => states.set(Number(cursor.primaryKey), state === 'attempt' ? 'attempt' : 'kept'));
  return states;
}

/**
 * The restore this copy was taken for completed: the copy is kept; the copies of earlier
 * attempts and the oldest kept ones beyond KEPT_SAFETY_COPIES are removed, oldest first.
 */
export function completeSafetyCopy(
  id: number,
  name = SAFETY_COPY_DATABASE_NAME,
): Promise<{ pruned: PrunedSafetyCopy[] }> {
  return withCopies(name, (copyDb) =>
    copyDb.transaction('rw', copyDb.copies, copyDb.chunks, async () => {
      if ((await copyDb.copies.update(id, { state: 'kept' })) === 0) return { pruned: [] };
      const states = await stateByCopy(copyDb);
      const ids = (await copyDb.copies.orderBy('id').primaryKeys()).filter((other) => other !== id);
      const attempts = ids.filter((other) => states.get(other) === 'attempt');
      const kept = [...ids.filter((other) => states.get(other) !== 'attempt'), id];
      const removed = [...attempts, ...kept.slice(0, Math.max(0, kept.length - KEPT_SAFETY_COPIES))];
      const pruned = await summariesOf(copyDb, removed);
      await deleteCopies(copyDb, removed);
      return { pruned };
    }),
  );
}

/** Newest first, each with its text: all of them in memory at once. */
export function listSafetyCopies(name = SAFETY_COPY_DATABASE_NAME): Promise<StoredCopy[]> {
  return withCopies(name, (copyDb) =>
    copyDb.transaction('r', copyDb.copies, copyDb.chunks, async () => {
      const ids = await copyDb.copies.orderBy('id').reverse().primaryKeys();
      const copies: StoredCopy[] = [];
      for (const id of ids) {
        const copy = await withText(copyDb, id, await copyDb.copies.get(id));
        if (copy) copies.push(copy);
      }
      return copies;
    }),
  );
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
  return withCopies(name, (copyDb) =>
    copyDb.transaction('r', copyDb.copies, copyDb.chunks, async () =>
      withText(copyDb, id, await copyDb.copies.get(id)),
    ),
  );
}

/** Rewrites one copy's backup text (erasure takes a person out of it); a copy stored whole is then kept in parts. */
export async function replaceSafetyCopy(
  id: number,
  json: string,
  name = SAFETY_COPY_DATABASE_NAME,
  options: ChunkOptions = {},
): Promise<void> {
  const dataDigest = await backupDataDigest(json);
  return withCopies(name, (copyDb) =>
    copyDb.transaction('rw', copyDb.copies, copyDb.chunks, async () => {
      const header = await copyDb.copies.get(id);
      if (!header) throw new Error(`Safety copy ${id} does not exist`);
      const { json: _whole, ...rest } = header;
      const chunks = chunksOf(json, options);
      await copyDb.chunks.where('copyId').equals(id).delete();
      await writeChunks(copyDb, id, chunks);
      await copyDb.copies.put({ ...rest, id, dataDigest, sizeBytes: utf8ByteLength(json), chunkCount: chunks.length });
    }),
  );
}

export function deleteSafetyCopy(id: number, name = SAFETY_COPY_DATABASE_NAME): Promise<void> {
  return withCopies(name, (copyDb) =>
    copyDb.transaction('rw', copyDb.copies, copyDb.chunks, () => deleteCopies(copyDb, [id])),
  );
}
