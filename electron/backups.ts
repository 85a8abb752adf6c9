import { lstat, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AUTO_BACKUP_FILE_NAME, MAX_AUTO_BACKUP_BYTES, type AutoBackupFile } from '../shared/ipc/contract';
import { writeFileAtomically } from './atomicWrite';
import { localIsoDate } from '../shared/domain/common';

// Automatic dated backups in <userData>/backups: one file per day (a later backup the same
// day replaces the earlier one), the newest ones kept, the rest removed.

export const KEPT_AUTO_BACKUPS = 14;

/** What writeFileAtomically leaves behind if the app dies between write and rename. */
const LEFTOVER_TEMPORARY = /^\.trama-backup-\d{4}-\d{2}-\d{2}\.json\.[0-9a-f-]+\.tmp$/;

export class BackupNameError extends Error {}

/** The calendar day where the user is, as YYYY-MM-DD. */
export function autoBackupFileName(date: string): string {
  return `trama-backup-${date}.json`;
}

function dateOf(fileName: string): string {
  return fileName.slice('trama-backup-'.length, -'.json'.length);
}

export interface AutoBackupOptions {
  folder: string;
  keep?: number;
  now?: () => Date;
}

export class AutoBackups {
  readonly folder: string;
  private readonly keep: number;
  private readonly now: () => Date;
  /** Writes run one after another, so pruning never meets another write's temporary file. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor({ folder, keep = KEPT_AUTO_BACKUPS, now = () => new Date() }: AutoBackupOptions) {
    this.folder = folder;
    this.keep = keep;
    this.now = now;
  }

  write(json: string): Promise<{ filePath: string; keptCount: number }> {
    const run = this.queue.then(async () => {
      await mkdir(this.folder, { recursive: true });
      const filePath = path.join(this.folder, autoBackupFileName(localIsoDate(this.now())));
      await writeFileAtomically(filePath, json);
      const keptCount = await this.prune();
      return { filePath, keptCount };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Newest first. */
  async list(): Promise<AutoBackupFile[]> {
    const names = await this.entries();
    const files = await Promise.all(
      names.filter((name) => AUTO_BACKUP_FILE_NAME.test(name)).map(async (fileName) => {
        const stats = await lstat(path.join(this.folder, fileName));
        return stats.isFile() ? { fileName, date: dateOf(fileName), sizeBytes: stats.size } : null;
      }),
    );
    return files.filter((file): file is AutoBackupFile => file !== null).sort((a, b) => b.date.localeCompare(a.date));
  }

  async read(fileName: string): Promise<string> {
    if (!AUTO_BACKUP_FILE_NAME.test(fileName) || path.basename(fileName) !== fileName) {
      throw new BackupNameError('Not the name of an automatic backup');
    }
    const filePath = path.join(this.folder, fileName);
    const stats = await lstat(filePath);
    if (!stats.isFile() || stats.size > MAX_AUTO_BACKUP_BYTES) throw new BackupNameError('Not an automatic backup file');
    return readFile(filePath, 'utf8');
  }

  /** Makes sure the folder exists (so the file manager can open it) and returns it. */
  async ensureFolder(): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    return this.folder;
  }

  private async entries(): Promise<string[]> {
    try {
      return await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async prune(): Promise<number> {
    const backups = await this.list();
    const leftovers = (await this.entries()).filter((name) => LEFTOVER_TEMPORARY.test(name));
    const removed = [...backups.slice(this.keep).map((file) => file.fileName), ...leftovers];
    await Promise.all(removed.map((name) => rm(path.join(this.folder, name), { force: true })));
    return Math.min(backups.length, this.keep);
  }
}
