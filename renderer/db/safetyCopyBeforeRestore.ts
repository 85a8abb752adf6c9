import { backupFailureReason, type BackupFailureReason } from '../../shared/ipc/backupFailure';
import type { BackupStore } from '../platform/platform';
import { createBackupJson } from './backup';
import { backupDataDigest } from './backupDataDigest';
import type { TramaDatabase } from './db';
import { holdsWork } from './holdsWork';
import { saveSafetyCopy, type PrunedSafetyCopy } from './safetyCopies';

// Before a restore replaces or merges into the database, the data as it is goes somewhere
// safe: on the desktop a dated file in the backups folder that no automatic backup
// overwrites; in the browser a copy in IndexedDB (safetyCopies.ts), offered as a download.
// If the copy cannot be kept, the restore does not start. A copy of the same data as the
// last one is not written again (a retry after a cancelled restore): that one is used.

/** The whole database as backup JSON, or null when it holds nothing beyond a new installation's defaults. */
export async function currentDataJson(db: TramaDatabase): Promise<string | null> {
  return (await holdsWork(db)) ? createBackupJson(db) : null;
}

export type SafetyCopy =
  | { where: 'backups-folder'; fileName: string; isNew: boolean }
  | { where: 'browser'; copyId: number; isNew: boolean; pruned: PrunedSafetyCopy[] };

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
  if (last?.digest === digest && (await store.list()).some((file) => file.fileName === last.fileName)) return { where: 'backups-folder', fileName: last.fileName, isNew: false };
  const { fileName } = await store.writeSafetyCopy(json);
  lastDesktopCopy = { digest, fileName };
  return { where: 'backups-folder', fileName, isNew: true };
}

/** Keeps the copy where this platform keeps them (`store` on the desktop); throws SafetyCopyError saying why not. */
export async function keepSafetyCopy(json: string, store: BackupStore | undefined, digest?: string): Promise<SafetyCopy> {
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
