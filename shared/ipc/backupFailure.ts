// Why a backup could not be written, in words the user can act on. Errors cross the IPC
// boundary as text only ("Error invoking remote method …: Error: ENOSPC: no space left…"),
// so the main process puts one of these words in what it throws, and the renderer reads it.

export type BackupFailureReason = 'too-large' | 'disk-full' | 'not-allowed' | 'invalid' | 'unknown';

/** Words in the messages of backups the main process refuses. */
export const BACKUP_REFUSAL = {
  tooLarge: 'file-too-large',
  invalid: 'invalid-backup',
  notABackupFile: 'not-a-backup-file',
} as const;

const REASON_PATTERNS: ReadonlyArray<readonly [BackupFailureReason, RegExp]> = [
  ['too-large', new RegExp(`\\b${BACKUP_REFUSAL.tooLarge}\\b|\\bEFBIG\\b`)],
  // No space left, or over the user's disk quota.
  ['disk-full', /\b(?:ENOSPC|EDQUOT)\b/],
  // Permissions, a read-only disk, or a file another program holds locked (Windows).
  ['not-allowed', /\b(?:EACCES|EPERM|EROFS|EBUSY)\b/],
  ['invalid', new RegExp(`\\b${BACKUP_REFUSAL.invalid}\\b|\\b${BACKUP_REFUSAL.notABackupFile}\\b|invalid request`)],
];

export function backupFailureReason(error: unknown): BackupFailureReason {
  const message = error instanceof Error ? error.message : String(error);
  for (const [reason, pattern] of REASON_PATTERNS) if (pattern.test(message)) return reason;
  return 'unknown';
}
