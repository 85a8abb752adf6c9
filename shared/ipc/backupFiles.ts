// The files of the desktop backups folder the renderer may name: automatic daily backups and
// safety copies taken before a restore. Nothing else in that folder is ever read or written.

export type BackupFileKind = 'automatic' | 'safety';

/** One automatic backup per calendar day: trama-backup-YYYY-MM-DD.json. */
export const AUTO_BACKUP_FILE_NAME = /^trama-backup-\d{4}-\d{2}-\d{2}\.json$/;

/**
 * A safety copy, named after the local time it was taken: trama-safety-YYYY-MM-DDTHH-MM-SS.json.
 * A second copy within the same second gets "-2", "-3"… so none is ever overwritten.
 */
export const SAFETY_COPY_FILE_NAME = /^trama-safety-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-[1-9]\d?)?\.json$/;

/** Longest backup file name: the IPC contract refuses longer ones before any pattern runs. */
export const MAX_BACKUP_FILE_NAME_LENGTH = 64;

/** Largest backup the renderer may ask the main process to keep, in UTF-8 bytes. */
export const MAX_AUTO_BACKUP_BYTES = 256 * 1024 * 1024;

export function backupFileKind(fileName: string): BackupFileKind | null {
  if (fileName.length > MAX_BACKUP_FILE_NAME_LENGTH) return null;
  if (AUTO_BACKUP_FILE_NAME.test(fileName)) return 'automatic';
  if (SAFETY_COPY_FILE_NAME.test(fileName)) return 'safety';
  return null;
}

export function isBackupFileName(fileName: string): boolean {
  return backupFileKind(fileName) !== null;
}

/** YYYY-MM-DD of a backup file, from its name. */
export function backupFileDate(fileName: string): string {
  return fileName.replace(/^trama-(?:backup|safety)-/, '').slice(0, 10);
}

export function autoBackupFileName(date: string): string {
  return `trama-backup-${date}.json`;
}

/** The safety copy's name for a moment, in local time; `attempt` 2, 3… when the second is taken. */
export function safetyCopyFileName(at: Date, attempt = 1): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}-${two(at.getMinutes())}-${two(at.getSeconds())}`;
  return `trama-safety-${day}T${time}${attempt > 1 ? `-${attempt}` : ''}.json`;
}
