import type { Stats } from 'node:fs';
import { lstat, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { localIsoDate } from '../shared/domain/common';
import { BACKUP_REFUSAL } from '../shared/ipc/backupFailure';
import {
  MAX_AUTO_BACKUP_BYTES,
  autoBackupFileName,
  backupFileDate,
  backupFileKind,
  safetyCopyFileName,
} from '../shared/ipc/backupFiles';
import type { AutoBackupFile } from '../shared/ipc/contract';
import { fitsInUtf8Bytes } from '../shared/ipc/utf8ByteLength';
import { makeFolderDurably, syncFolder, writeFileAtomically } from './atomicWrite';
import type { BackupShapeCheck } from './backupShapeCheck';
import { utf8InSharedMemory } from './sharedUtf8';

// The backups folder, <userData>/backups: automatic dated backups, one file per day (a later
// backup the same day replaces the earlier one), the newest fourteen kept; and safety copies
// taken before a restore, each its own file, never replaced by an automatic backup and kept
// unless there are more than twenty. Only files with those names are ever read or written.

export const KEPT_AUTO_BACKUPS = 14;
export const KEPT_SAFETY_COPIES = 20;

export { autoBackupFileName };

/** What writeFileAtomically leaves behind if the app dies between write and rename. */
const LEFTOVER_TEMPORARY =
  /^\.trama-(?:backup-\d{4}-\d{2}-\d{2}|safety-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-[1-9]\d?)?)\.json\.[0-9a-f-]+\.tmp$/;

/** How many names a safety copy tries within one second before giving up. */
const MAX_SAFETY_COPY_ATTEMPTS = 99;

/** A name that is not one of ours, or a file that is not a plain file (a link, a folder). */
export class BackupNameError extends Error {}

/** A backup refused for what it holds; the message carries a BACKUP_REFUSAL word for the renderer. */
export class BackupContentError extends Error {}

export interface AutoBackupOptions {
  folder: string;
  keep?: number;
  keepSafetyCopies?: number;
  /** Largest backup, in UTF-8 bytes. */
  maxBytes?: number;
  now?: () => Date;
  /** Checks what a backup holds before it is written, off the main thread (electron/backupShapeCheck.ts). */
  checkShape: BackupShapeCheck;
}

interface ListedFile extends AutoBackupFile {
  modifiedMs: number;
}

/** Safety copies in the order they were taken: by time, then by the "-2", "-3"… of the same second. */
function safetyCopyOrder(fileName: string): string {
  const [, stamp = '', attempt = '1'] = /^trama-safety-(.{19})(?:-(\d+))?\.json$/.exec(fileName) ?? [];
  return `${stamp}#${attempt.padStart(2, '0')}`;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** A file listed a moment ago may be gone by now (a prune or a removal ran in between). */
async function lstatUnlessGone(filePath: string): Promise<Stats | null> {
  try {
    return await lstat(filePath);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export class AutoBackups {
  readonly folder: string;
  private readonly keep: number;
  private readonly keepSafetyCopies: number;
  private readonly maxBytes: number;
  private readonly now: () => Date;
  private readonly checkShape: BackupShapeCheck;
  /** Changes run one after another, so pruning never meets another write's temporary file. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor({
    folder,
    keep = KEPT_AUTO_BACKUPS,
    keepSafetyCopies = KEPT_SAFETY_COPIES,
    maxBytes = MAX_AUTO_BACKUP_BYTES,
    now = () => new Date(),
    checkShape,
  }: AutoBackupOptions) {
    this.folder = folder;
    this.keep = keep;
    this.keepSafetyCopies = keepSafetyCopies;
    this.maxBytes = maxBytes;
    this.now = now;
    this.checkShape = checkShape;
  }

  async write(json: string): Promise<{ filePath: string; keptCount: number }> {
    this.checkSize(json);
    return this.enqueue(async () => {
      const utf8 = await this.checkedBytes(json);
      await makeFolderDurably(this.folder);
      const filePath = path.join(this.folder, autoBackupFileName(localIsoDate(this.now())));
      await writeFileAtomically(filePath, utf8);
      const keptCount = await this.prune();
      return { filePath, keptCount };
    });
  }

  /** A new dated file, named after the local time, never one that exists. */
  async writeSafetyCopy(json: string): Promise<{ fileName: string }> {
    this.checkSize(json);
    return this.enqueue(async () => {
      const utf8 = await this.checkedBytes(json);
      await makeFolderDurably(this.folder);
      const fileName = await this.freeSafetyCopyName(this.now());
      await writeFileAtomically(path.join(this.folder, fileName), utf8);
      await this.prune();
      return { fileName };
    });
  }

  /** Newest first: by day, then by when the file was last written. */
  async list(): Promise<AutoBackupFile[]> {
    const files = await this.listWithTimes();
    return files.map(({ modifiedMs: _modifiedMs, ...file }) => file);
  }

  async read(fileName: string): Promise<string> {
    const filePath = this.pathOf(fileName);
    const stats = await lstat(filePath);
    if (!stats.isFile()) throw new BackupNameError(`${BACKUP_REFUSAL.notABackupFile}: not a plain file`);
    if (stats.size > this.maxBytes)
      throw new BackupContentError(
        `Backup not read: ${BACKUP_REFUSAL.tooLarge} (${stats.size} bytes, at most ${this.maxBytes})`,
      );
    return readFile(filePath, 'utf8');
  }

  /** Rewrites an existing automatic backup or safety copy in place, atomically. */
  async replace(fileName: string, json: string): Promise<void> {
    const filePath = this.pathOf(fileName);
    this.checkSize(json);
    return this.enqueue(async () => {
      const utf8 = await this.checkedBytes(json);
      await this.assertPlainFile(filePath, { isMissingAllowed: false });
      await writeFileAtomically(filePath, utf8);
    });
  }

  /** Deletes an automatic backup or safety copy; one already gone is no error. */
  async remove(fileName: string): Promise<void> {
    const filePath = this.pathOf(fileName);
    return this.enqueue(async () => {
      if (!(await this.assertPlainFile(filePath, { isMissingAllowed: true }))) return;
      await rm(filePath);
      // Erasure relies on this: the deletion itself must survive a power cut.
      await syncFolder(this.folder);
    });
  }

  /** Makes sure the folder exists (so the file manager can open it) and returns it. */
  async ensureFolder(): Promise<string> {
    await makeFolderDurably(this.folder);
    return this.folder;
  }

  private enqueue<Result>(work: () => Promise<Result>): Promise<Result> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private pathOf(fileName: string): string {
    if (backupFileKind(fileName) === null || path.basename(fileName) !== fileName) {
      throw new BackupNameError(`${BACKUP_REFUSAL.notABackupFile}: not the name of an automatic backup or safety copy`);
    }
    return path.join(this.folder, fileName);
  }

  private checkSize(json: string): void {
    if (!fitsInUtf8Bytes(json, this.maxBytes))
      throw new BackupContentError(`Backup refused: ${BACKUP_REFUSAL.tooLarge}`);
  }

  /**
   * The backup's bytes once a worker has checked its shape: encoded once, read by the worker
   * and written to the file. Runs inside the queue, so one large backup is in memory at a time.
   */
  private async checkedBytes(json: string): Promise<Uint8Array> {
    const utf8 = utf8InSharedMemory(json);
    const problem = await this.checkShape(utf8);
    if (problem !== null) throw new BackupContentError(`Backup refused: ${BACKUP_REFUSAL.invalid} (${problem})`);
    return utf8;
  }

  /** True for a plain file, false when missing (if allowed); anything else is refused. */
  private async assertPlainFile(
    filePath: string,
    { isMissingAllowed }: { isMissingAllowed: boolean },
  ): Promise<boolean> {
    try {
      if ((await lstat(filePath)).isFile()) return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
      if (isMissingAllowed) return false;
    }
    throw new BackupNameError('No such backup file');
  }

  private async freeSafetyCopyName(at: Date): Promise<string> {
    for (let attempt = 1; attempt <= MAX_SAFETY_COPY_ATTEMPTS; attempt += 1) {
      const fileName = safetyCopyFileName(at, attempt);
      try {
        await lstat(path.join(this.folder, fileName));
      } catch (error) {
        if (isMissing(error)) return fileName;
        throw error;
      }
    }
    throw new Error('Too many safety copies in one second');
  }

  private async entries(): Promise<string[]> {
    try {
      return await readdir(this.folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  private async listWithTimes(): Promise<ListedFile[]> {
    const listed = await Promise.all(
      (await this.entries()).map(async (fileName): Promise<ListedFile | null> => {
        const kind = backupFileKind(fileName);
        if (kind === null) return null;
        const stats = await lstatUnlessGone(path.join(this.folder, fileName));
        return stats?.isFile()
          ? { fileName, kind, date: backupFileDate(fileName), sizeBytes: stats.size, modifiedMs: stats.mtimeMs }
          : null;
      }),
    );
    return listed
      .filter((file): file is ListedFile => file !== null)
      .sort(
        (a, b) => b.date.localeCompare(a.date) || b.modifiedMs - a.modifiedMs || b.fileName.localeCompare(a.fileName),
      );
  }

  /** Removes automatic backups beyond the newest `keep`, the oldest safety copies beyond their own limit, and crash leftovers. */
  private async prune(): Promise<number> {
    const files = await this.listWithTimes();
    const automatic = files.filter((file) => file.kind === 'automatic');
    const safety = files
      .filter((file) => file.kind === 'safety')
      .map((file) => file.fileName)
      .sort((a, b) => safetyCopyOrder(a).localeCompare(safetyCopyOrder(b)));
    const leftovers = (await this.entries()).filter((name) => LEFTOVER_TEMPORARY.test(name));
    const removed = [
      ...automatic.slice(this.keep).map((file) => file.fileName),
      ...safety.slice(0, Math.max(0, safety.length - this.keepSafetyCopies)),
      ...leftovers,
    ];
    await Promise.all(removed.map((name) => rm(path.join(this.folder, name), { force: true })));
    return Math.min(automatic.length, this.keep);
  }
}
