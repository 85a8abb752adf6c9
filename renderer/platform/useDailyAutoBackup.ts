import { useEffect } from 'react';
import { backupFailureReason } from '../../shared/ipc/backupFailure';
import { MAX_AUTO_BACKUP_BYTES } from '../../shared/ipc/backupFiles';
import { useNotify } from '../app/notifications/useNotify';
import { useDatabase } from '../data/useDatabase';
import { AutoBackupError, AutoBackupNotices, runDailyAutoBackup } from '../db/autoBackup';
import { formatBytes } from '../i18n/formatBytes';
import type { I18nValue } from '../i18n/I18nContext';
import { useT } from '../i18n/useT';
import { platform } from './platform';

/** How often an app left open checks whether a new day has begun. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/** One check at a time, even when React runs the effect twice in development. */
let running: Promise<unknown> | null = null;
/** Kept for the whole session, so an hourly retry that fails the same way is not told again. */
const notices = new AutoBackupNotices();

function failureMessage(error: unknown, { t, language }: Pick<I18nValue, 't' | 'language'>): string {
  const reason = error instanceof AutoBackupError ? error.reason : backupFailureReason(error);
  switch (reason) {
    case 'too-large': {
      const size = error instanceof AutoBackupError ? formatBytes(error.sizeBytes, language) : '?';
      return t('platform.autoBackup.failed.tooLarge', { size, limit: formatBytes(MAX_AUTO_BACKUP_BYTES, language) });
    }
    case 'disk-full':
      return t('platform.autoBackup.failed.diskFull');
    case 'not-allowed':
      return t('platform.autoBackup.failed.notAllowed');
    case 'invalid':
      return t('platform.autoBackup.failed.invalid');
    case 'unknown': {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      return t('platform.autoBackup.failed.unknown', {
        detail: cause instanceof Error ? cause.message : String(cause),
      });
    }
  }
}

/** Desktop only: a backup on the first start of each day, and again after midnight if the app stays open. */
export function useDailyAutoBackup(): void {
  const { t, language } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  useEffect(
    function backUpOncePerDay() {
      const store = platform.backups;
      if (!store) return;
      const check = () => {
        running ??= runDailyAutoBackup(database, store)
          .then((outcome) => {
            if (notices.clear() && outcome === 'written') notify({ message: t('platform.autoBackup.savedAgain') });
          })
          .catch((error: unknown) => {
            console.error(error);
            const reason = error instanceof AutoBackupError ? error.reason : backupFailureReason(error);
            if (notices.isNews(reason)) notify({ message: failureMessage(error, { t, language }), tone: 'error' });
          })
          .finally(() => {
            running = null;
          });
      };
      check();
      const timer = setInterval(check, CHECK_EVERY_MS);
      return () => clearInterval(timer);
    },
    [database, notify, t, language],
  );
}
