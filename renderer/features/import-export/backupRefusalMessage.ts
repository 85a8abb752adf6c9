import type { BackupError } from '../../../shared/io/backup';
import { MAX_BACKUP_NESTING } from '../../../shared/io/backupChecks';
import type { I18nValue } from '../../i18n/I18nContext';

/** Why a backup file was refused, naming the table and the record when the file allows it. */
export function backupRefusalMessage(error: BackupError, t: I18nValue['t']): string {
  const table = error.table === null ? null : t(`restore.table.${error.table}`);
  if (error.reason === 'too-deep') {
    const place =
      table === null
        ? t('restore.place.file')
        : error.recordKey === null
          ? t('restore.place.table', { table })
          : t('restore.place.record', { table, record: error.recordKey });
    return t('backup.error.too-deep', { place, limit: MAX_BACKUP_NESTING });
  }
  if (error.reason === 'duplicate-id')
    return t('backup.error.duplicate-id', { table: table ?? '', id: error.recordKey ?? '' });
  return t(`backup.error.${error.reason}`, { detail: error.detail });
}
