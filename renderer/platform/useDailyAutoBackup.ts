import { useEffect } from 'react';
import { useNotify } from '../app/notifications/useNotify';
import { runDailyAutoBackup } from '../db/autoBackup';
import { db } from '../db/db';
import { useT } from '../i18n/useT';
import { platform } from './platform';

/** How often an app left open checks whether a new day has begun. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** One check at a time, even when React runs the effect twice in development. */
let running: Promise<unknown> | null = null;

/** Desktop only: a backup on the first start of each day, and again after midnight if the app stays open. */
export function useDailyAutoBackup(): void {
  const { t } = useT();
  const { notify } = useNotify();
  useEffect(
    function backUpOncePerDay() {
      const store = platform.backups;
      if (!store) return;
      const check = () => {
        running ??= runDailyAutoBackup(db, store)
          .catch((error: unknown) => {
            console.error(error);
            notify({ message: t('backup.auto.failed'), tone: 'error' });
          })
          .finally(() => {
            running = null;
          });
      };
      check();
      const timer = setInterval(check, CHECK_EVERY_MS);
      return () => clearInterval(timer);
    },
    [notify, t],
  );
}
