import type { BackupStore } from '../platform/platform';
import { createBackupJson } from './backup';
import type { TramaDatabase } from './db';
import { holdsWork } from './holdsWork';
import { saveSafetyCopy } from './safetyCopies';

// Before a restore replaces or merges into the database, the data as it is goes somewhere
// safe: on the desktop a dated file in the backups folder that no automatic backup
// overwrites; in the browser a copy in IndexedDB (safetyCopies.ts), offered as a download.
// If the copy cannot be kept, the restore does not start.

/** The whole database as backup JSON, or null when it holds no work to keep. */
export async function currentDataJson(db: TramaDatabase): Promise<string | null> {
  return (await holdsWork(db)) ? createBackupJson(db) : null;
}

export type SafetyCopy = { where: 'backups-folder'; fileName: string } | { where: 'browser'; copyId: number };

export class SafetyCopyError extends Error {
  /** What went wrong, as the platform said it (a full disk, a refused write…). */
  readonly detail: string;
  constructor(cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`The copy of the current data could not be saved: ${detail}`, { cause });
    this.name = 'SafetyCopyError';
    this.detail = detail;
  }
}

/** Keeps the copy where this platform keeps them (`store` on the desktop); throws SafetyCopyError saying why not. */
export async function keepSafetyCopy(json: string, store: BackupStore | undefined): Promise<SafetyCopy> {
  try {
    if (store) return { where: 'backups-folder', fileName: (await store.writeSafetyCopy(json)).fileName };
    return { where: 'browser', copyId: await saveSafetyCopy({ createdAt: new Date().toISOString(), reason: 'before-restore', json }) };
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
