import { BackupError } from '../../../shared/io/backup';
import type { I18nValue } from '../../i18n/I18nContext';
import { BackupFileTooLargeError, BackupWorkerStoppedError, SafetyCopyGoneError } from './backupInWorker';
import { MAX_BACKUP_FILE_BYTES } from './backupWorkerProtocol';
import { backupRefusalMessage } from './backupRefusalMessage';

// Why a backup could not be read, for the backups section; null when the error is not one
// of these (it is then reported as unexpected).

/** In megabytes of a million bytes, as file managers show sizes, one decimal: 256 MiB is 268.4 MB. */
function megabytes(bytes: number, formatNumber: I18nValue['formatNumber']): string {
  return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`;
}

export function backupReadError(
  error: unknown,
  { t, formatNumber }: Pick<I18nValue, 't' | 'formatNumber'>,
): string | null {
  if (error instanceof BackupError) return backupRefusalMessage(error, t);
  if (error instanceof BackupFileTooLargeError)
    return t('restore.error.tooLarge', {
      size: megabytes(error.sizeBytes, formatNumber),
      limit: megabytes(MAX_BACKUP_FILE_BYTES, formatNumber),
    });
  if (error instanceof BackupWorkerStoppedError) return t('restore.error.stopped');
  if (error instanceof SafetyCopyGoneError) return t('restore.copyGone');
  return null;
}
