import { z } from 'zod';
import { backupFailureReason, type BackupFailureReason } from '../../shared/ipc/backupFailure';
import { MAX_AUTO_BACKUP_BYTES } from '../../shared/ipc/backupFiles';
import { fitsInUtf8Bytes, utf8ByteLength } from '../../shared/ipc/utf8ByteLength';
import type { BackupStore } from '../platform/platform';
import { createBackupJson } from './backup';
import type { TramaDatabase } from './db';
import { readMeta, writeMeta } from './repositories/meta';
import { localIsoDate } from '../../shared/domain/common';
import { holdsWork } from './holdsWork';

// The daily automatic backup of the desktop app: the first time the app runs on a calendar
// day, the whole database goes to the backups folder, where the main process keeps the
// newest fourteen.

/** The day of the last automatic backup, YYYY-MM-DD. */
export const LAST_AUTO_BACKUP_META_KEY = 'backups.lastAutomatic';

export type AutoBackupOutcome = 'written' | 'already-done-today' | 'nothing-to-back-up';

/** A backup that was not written, with the reason in a form the user can be told. */
export class AutoBackupError extends Error {
  constructor(
    readonly reason: BackupFailureReason,
    /** The backup's size in UTF-8 bytes. */
    readonly sizeBytes: number,
    cause?: unknown,
  ) {
    super(`Automatic backup not written (${reason})${cause instanceof Error ? `: ${cause.message}` : ''}`, { cause });
  }
}

export interface AutoBackupOptions {
  /** Largest backup the desktop shell keeps, in UTF-8 bytes. */
  maxBytes?: number;
}

export async function runDailyAutoBackup(db: TramaDatabase, store: BackupStore, now: Date = new Date(), { maxBytes = MAX_AUTO_BACKUP_BYTES }: AutoBackupOptions = {}): Promise<AutoBackupOutcome> {
  const today = localIsoDate(now);
  if ((await readMeta(db, LAST_AUTO_BACKUP_META_KEY, z.string())) === today) return 'already-done-today';
  if (!(await holdsWork(db))) return 'nothing-to-back-up';
  const json = await createBackupJson(db, now.toISOString());
  // The main process would refuse it too; saying so here spares sending hundreds of megabytes.
  if (!fitsInUtf8Bytes(json, maxBytes)) throw new AutoBackupError('too-large', utf8ByteLength(json));
  try {
    await store.writeAuto(json);
  } catch (error) {
    throw new AutoBackupError(backupFailureReason(error), utf8ByteLength(json), error);
  }
  await writeMeta(db, LAST_AUTO_BACKUP_META_KEY, today);
  return 'written';
}

/**
 * Which failure the user has been told of. The app retries every hour; a disk that stays
 * full is told once, not every hour, and a different reason is news again.
 */
export class AutoBackupNotices {
  private toldReason: BackupFailureReason | null = null;

  /** Whether a failure for `reason` should be told; remembers it was. */
  isNews(reason: BackupFailureReason): boolean {
    if (reason === this.toldReason) return false;
    this.toldReason = reason;
    return true;
  }

  /** After a success: forgets the failure; true when one had been told (the user may hear it is over). */
  clear(): boolean {
    const hadFailure = this.toldReason !== null;
    this.toldReason = null;
    return hadFailure;
  }
}
