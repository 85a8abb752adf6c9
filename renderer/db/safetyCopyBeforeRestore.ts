import { serialiseBackup, type BackupTables } from '../../shared/io/backup';
import { backupFailureReason, type BackupFailureReason } from '../../shared/ipc/backupFailure';
import type { BackupStore } from '../platform/platform';
import { readBackupTables } from './backup';
import { backupDataDigest } from './backupDataDigest';
import type { TramaDatabase } from './db';
import { holdsWork } from './holdsWork';
import { saveSafetyCopy, type PrunedSafetyCopy } from './safetyCopies';
import { CURRENT_SCHEMA_VERSION } from './schema';

// Before a restore replaces or merges into the database, the data as it is goes somewhere
// safe: on the desktop a dated file in the backups folder that no automatic backup
// overwrites; in the browser a copy in IndexedDB (safetyCopies.ts), offered as a download.
// If the copy cannot be kept, the restore does not happen. A copy of the same data as the
// last one is not written again (a retry after a cancelled restore): that one is used.
//
// Once the data has been read into the copy, the restore may start writing while the copy
// is serialised and saved (SafetyCopyBeingKept): it commits only after the copy is kept,
// and rolls back whole if it could not be (backup.ts, `copyKept`).

/** Every table as it is now, or null when the database holds nothing beyond a new installation's defaults. */
export async function readCurrentData(db: TramaDatabase): Promise<BackupTables | null> {
  return (await holdsWork(db)) ? readBackupTables(db) : null;
}

/** The tables read as a backup file's text, written now. */
export const currentDataText = (tables: BackupTables): string =>
  serialiseBackup(tables, CURRENT_SCHEMA_VERSION, new Date().toISOString());

/**
 * The whole database as backup JSON, or null when it holds nothing beyond a new
 * installation's defaults. `onRead` is told once every table has been read.
 */
export async function currentDataJson(db: TramaDatabase, onRead?: () => void): Promise<string | null> {
  const tables = await readCurrentData(db);
  if (tables === null) return null;
  onRead?.();
  return currentDataText(tables);
}

export type SafetyCopy =
  | { where: 'backups-folder'; fileName: string; isNew: boolean }
  | { where: 'browser'; copyId: number; isNew: boolean; pruned: PrunedSafetyCopy[] };

/** The data has been read into the copy; `kept` settles when it is saved, or rejects with SafetyCopyError. */
export interface SafetyCopyBeingKept {
  kept: Promise<SafetyCopy>;
}

/** What taking a copy gives: the copy kept, one being kept, or null when there was no work to copy. */
export type TakenSafetyCopy = SafetyCopy | SafetyCopyBeingKept | null;

/** The copy once it is kept (null when none was needed); rejects with SafetyCopyError. */
export const keptCopyOf = (taken: TakenSafetyCopy): Promise<SafetyCopy | null> =>
  taken !== null && 'kept' in taken ? taken.kept : Promise.resolve(taken);

export class SafetyCopyError extends Error {
  /** What went wrong, as the platform said it (a full disk, a refused write…): for the log and support. */
  readonly detail: string;
  /** The same, as a reason the user can act on. */
  readonly reason: BackupFailureReason;
  constructor(cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`The copy of the current data could not be saved: ${detail}`, { cause });
    this.name = 'SafetyCopyError';
    this.detail = detail;
    const reason = cause instanceof SafetyCopyError ? cause.reason : backupFailureReason(cause);
    // The browser's storage says it is full in its own words.
    this.reason = reason === 'unknown' && /quota/i.test(detail) ? 'disk-full' : reason;
  }
}

/**
 * The desktop's last safety copy in this session. The shell keeps twenty and removes the
 * oldest by itself: retries of a cancelled restore must not push out the copy taken first.
 */
let lastDesktopCopy: { digest: string; fileName: string } | null = null;

async function keepInBackupsFolder(json: string, store: BackupStore, digest: string): Promise<SafetyCopy> {
  const last = lastDesktopCopy;
  if (last?.digest === digest && (await store.list()).some((file) => file.fileName === last.fileName))
    return { where: 'backups-folder', fileName: last.fileName, isNew: false };
  const { fileName } = await store.writeSafetyCopy(json);
  lastDesktopCopy = { digest, fileName };
  return { where: 'backups-folder', fileName, isNew: true };
}

/** Keeps the copy where this platform keeps them (`store` on the desktop); throws SafetyCopyError saying why not. */
export async function keepSafetyCopy(
  json: string,
  store: BackupStore | undefined,
  digest?: string,
): Promise<SafetyCopy> {
  try {
    if (store) return await keepInBackupsFolder(json, store, digest ?? (await backupDataDigest(json)));
    const saved = await saveSafetyCopy({ createdAt: new Date().toISOString(), reason: 'before-restore', json });
    return { where: 'browser', copyId: saved.id, isNew: saved.isNew, pruned: saved.pruned };
  } catch (error) {
    throw new SafetyCopyError(error);
  }
}

/** The whole sequence: null when the database holds no work, else where the copy went. */
export async function takeSafetyCopy(db: TramaDatabase, store: BackupStore | undefined): Promise<SafetyCopy | null> {
  let json: string | null;
  try {
    json = await currentDataJson(db);
  } catch (error) {
    throw new SafetyCopyError(error);
  }
  return json === null ? null : keepSafetyCopy(json, store);
}
