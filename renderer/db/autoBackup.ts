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
import { withCopiesLock } from './copiesLock';
import { readErasedContactIds } from './erasedContacts';

// The daily automatic backup of the desktop app: the first time the app runs on a calendar
// day, the whole database goes to the backups folder, where the main process keeps the
// newest fourteen.

/** The day of the last automatic backup, YYYY-MM-DD. */
export const LAST_AUTO_BACKUP_META_KEY = 'backups.lastAutomatic';

/** The day (YYYY-MM-DD) of the last automatic backup, or null when there was none. */
export async function readLastAutomaticBackupDay(db: TramaDatabase): Promise<string | null> {
  return (await readMeta(db, LAST_AUTO_BACKUP_META_KEY, z.string())) ?? null;
}

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
  /** Builds the backup's text (createBackupJson unless a test needs to step in). */
  createJson?: (db: TramaDatabase, createdAt: string) => Promise<string>;
}

/** Builds more than this many times only if erasures keep coming while it builds. */
const MAX_BUILDS = 3;

/**
 * The backup's text, built again if a contact person was erased while it was being built:
 * the erasure may already have checked the copies, and would never see this one. Erasures
 * in this window wait for the lock (copiesLock.ts); this also covers one in another window.
 */
async function buildWithoutErased(
  db: TramaDatabase,
  createdAt: string,
  createJson: NonNullable<AutoBackupOptions['createJson']>,
): Promise<string> {
  for (let build = 1; ; build += 1) {
    const erasedBefore = await readErasedContactIds(db);
    const json = await createJson(db, createdAt);
    const erasedAfter = await readErasedContactIds(db);
    const hasGrown = [...erasedAfter].some((id) => !erasedBefore.has(id));
    if (!hasGrown) return json;
    if (build === MAX_BUILDS)
      throw new AutoBackupError(
        'unknown',
        utf8ByteLength(json),
        new Error('Contact persons kept being erased while the backup was built'),
      );
  }
}

async function writeBackup(
  db: TramaDatabase,
  store: BackupStore,
  now: Date,
  { maxBytes = MAX_AUTO_BACKUP_BYTES, createJson = createBackupJson }: AutoBackupOptions,
): Promise<void> {
  const json = await buildWithoutErased(db, now.toISOString(), createJson);
  // The main process would refuse it too; saying so here spares sending hundreds of megabytes.
  if (!fitsInUtf8Bytes(json, maxBytes)) throw new AutoBackupError('too-large', utf8ByteLength(json));
  try {
    await store.writeAuto(json);
  } catch (error) {
    throw new AutoBackupError(backupFailureReason(error), utf8ByteLength(json), error);
  }
  await writeMeta(db, LAST_AUTO_BACKUP_META_KEY, localIsoDate(now));
}

export function runDailyAutoBackup(
  db: TramaDatabase,
  store: BackupStore,
  now: Date = new Date(),
  options: AutoBackupOptions = {},
): Promise<AutoBackupOutcome> {
  // Never while an erasure runs: the backup would hold the person in a file it has checked already.
  return withCopiesLock(async () => {
    if ((await readLastAutomaticBackupDay(db)) === localIsoDate(now)) return 'already-done-today';
    if (!(await holdsWork(db))) return 'nothing-to-back-up';
    await writeBackup(db, store, now, options);
    return 'written';
  });
}

/**
 * Today's automatic backup, written now with the database as it is, whatever the day: after
 * an erasure deleted the copies that held the person, there is again a backup of everyone else.
 */
export function writeBackupNow(
  db: TramaDatabase,
  store: BackupStore,
  now: Date = new Date(),
  options: AutoBackupOptions = {},
): Promise<void> {
  return withCopiesLock(() => writeBackup(db, store, now, options));
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
