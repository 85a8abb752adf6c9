import Dexie, { type Table } from 'dexie';
import {
  deleteTextChunks,
  readTextChunks,
  TEXT_CHUNKS_SCHEMA,
  writeTextChunks,
  type TextChunkTable,
} from './storedTextChunks';

// The browser's copies of the data taken before a schema upgrade (upgradeBackup.ts), the
// newest KEPT_UPGRADE_BACKUPS of them, in a database of their own. Never shown, but read by
// the startup-failure screen's download and rewritten or deleted by an erasure (copyStores.ts).

export const UPGRADE_BACKUP_DATABASE_NAME = 'trama-upgrade-backups';
export const KEPT_UPGRADE_BACKUPS = 3;

export interface UpgradeBackupRow {
  id?: number;
  createdAt: string;
  fromVersion: number;
  toVersion: number;
  /** A backup file's text (shared/io/backup.ts), restorable from Import and export. */
  json: string;
}

/**
 * As stored: the text in `chunks` rows (storedTextChunks.ts), or, in copies stored before
 * there were parts, whole here in `json`. Chromium refuses any one value over about 133 MB,
 * and the copy of a 50,000-stakeholder network is 181 MB: stored whole, it failed, and the
 * upgrade with it.
 */
type StoredHeader = Omit<UpgradeBackupRow, 'json'> & { json?: string; chunkCount?: number };

type UpgradeBackupDatabase = Dexie & { backups: Table<StoredHeader, number>; chunks: TextChunkTable };

export interface UpgradeBackupChunkOptions {
  /** Characters per stored part (tests use small ones). */
  chunkChars?: number;
}

function openUpgradeBackupDatabase(name: string): UpgradeBackupDatabase {
  const backupDb = new Dexie(name, { chromeTransactionDurability: 'strict' }) as UpgradeBackupDatabase;
  backupDb.version(1).stores({ backups: '++id, createdAt' });
  backupDb.version(2).stores({ chunks: TEXT_CHUNKS_SCHEMA });
  return backupDb;
}

async function withText(
  backupDb: UpgradeBackupDatabase,
  id: number,
  header: StoredHeader | undefined,
): Promise<UpgradeBackupRow | undefined> {
  if (!header) return undefined;
  const { chunkCount = 0, json, ...row } = header;
  const text =
    typeof json === 'string' ? json : await readTextChunks(backupDb.chunks, id, chunkCount, `Pre-upgrade backup ${id}`);
  return { ...row, id, json: text };
}

async function deleteCopies(backupDb: UpgradeBackupDatabase, ids: readonly number[]): Promise<void> {
  await backupDb.backups.bulkDelete([...ids]);
  await deleteTextChunks(backupDb.chunks, ids);
}

/** Saves a copy in parts, and removes the oldest beyond KEPT_UPGRADE_BACKUPS with theirs, in one transaction. */
export function saveUpgradeBackup(
  { json, ...row }: UpgradeBackupRow,
  backupDatabaseName = UPGRADE_BACKUP_DATABASE_NAME,
  { chunkChars }: UpgradeBackupChunkOptions = {},
): Promise<void> {
  return withUpgradeBackups(backupDatabaseName, (backupDb) =>
    backupDb.transaction('rw', backupDb.backups, backupDb.chunks, async () => {
      const id = await backupDb.backups.add({ ...row, chunkCount: 0 });
      const chunkCount = await writeTextChunks(backupDb.chunks, id, json, chunkChars);
      await backupDb.backups.update(id, { chunkCount });
      const ids = await backupDb.backups.orderBy('id').primaryKeys();
      await deleteCopies(backupDb, ids.slice(0, Math.max(0, ids.length - KEPT_UPGRADE_BACKUPS)));
    }),
  );
}

async function withUpgradeBackups<T>(
  backupDatabaseName: string,
  work: (backupDb: UpgradeBackupDatabase) => Promise<T>,
): Promise<T> {
  const backupDb = openUpgradeBackupDatabase(backupDatabaseName);
  try {
    return await work(backupDb);
  } finally {
    backupDb.close();
  }
}

/** The pre-upgrade backups kept, newest first, each with its text: all of them in memory at once. */
export function listUpgradeBackups(backupDatabaseName = UPGRADE_BACKUP_DATABASE_NAME): Promise<UpgradeBackupRow[]> {
  return withUpgradeBackups(backupDatabaseName, (backupDb) =>
    backupDb.transaction('r', backupDb.backups, backupDb.chunks, async () => {
      const copies: UpgradeBackupRow[] = [];
      for (const id of await backupDb.backups.orderBy('id').reverse().primaryKeys()) {
        const copy = await withText(backupDb, id, await backupDb.backups.get(id));
        if (copy) copies.push(copy);
      }
      return copies;
    }),
  );
}

/** One pre-upgrade backup, or undefined when there is no such copy. */
export function readUpgradeBackup(
  id: number,
  backupDatabaseName = UPGRADE_BACKUP_DATABASE_NAME,
): Promise<UpgradeBackupRow | undefined> {
  return withUpgradeBackups(backupDatabaseName, (backupDb) =>
    backupDb.transaction('r', backupDb.backups, backupDb.chunks, async () =>
      withText(backupDb, id, await backupDb.backups.get(id)),
    ),
  );
}

/** Rewrites one copy's backup text (an erasure takes a person out of it); a copy stored whole is then kept in parts. */
export function replaceUpgradeBackup(
  id: number,
  json: string,
  backupDatabaseName = UPGRADE_BACKUP_DATABASE_NAME,
  { chunkChars }: UpgradeBackupChunkOptions = {},
): Promise<void> {
  return withUpgradeBackups(backupDatabaseName, (backupDb) =>
    backupDb.transaction('rw', backupDb.backups, backupDb.chunks, async () => {
      const header = await backupDb.backups.get(id);
      if (!header) throw new Error(`Pre-upgrade backup ${id} does not exist`);
      const { json: _whole, ...rest } = header;
      await deleteTextChunks(backupDb.chunks, [id]);
      const chunkCount = await writeTextChunks(backupDb.chunks, id, json, chunkChars);
      await backupDb.backups.put({ ...rest, id, chunkCount });
    }),
  );
}

export function deleteUpgradeBackup(id: number, backupDatabaseName = UPGRADE_BACKUP_DATABASE_NAME): Promise<void> {
  return withUpgradeBackups(backupDatabaseName, (backupDb) =>
    backupDb.transaction('rw', backupDb.backups, backupDb.chunks, () => deleteCopies(backupDb, [id])),
  );
}
