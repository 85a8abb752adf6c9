import { z } from 'zod';
import type { BackupStore } from '../platform/platform';
import { createBackupJson } from './backup';
import type { TramaDatabase } from './db';
import { readMeta, writeMeta } from './repositories/meta';
import { localIsoDate } from '../../shared/domain/common';

// The daily automatic backup of the desktop app: the first time the app runs on a calendar
// day, the whole database goes to the backups folder, where the main process keeps the
// newest fourteen.

/** The day of the last automatic backup, YYYY-MM-DD. */
export const LAST_AUTO_BACKUP_META_KEY = 'backups.lastAutomatic';

export type AutoBackupOutcome = 'written' | 'already-done-today' | 'nothing-to-back-up';

/** Tables whose rows are the team's own work (the default programmes alone are not). */
const WORK_TABLES = ['stakeholders', 'contacts', 'relationships', 'agreements', 'actions', 'followUps', 'staff', 'savedViews'] as const;

/** The calendar day where the user is, as YYYY-MM-DD. */
async function hasWork(db: TramaDatabase): Promise<boolean> {
  for (const table of WORK_TABLES) if ((await db.table(table).count()) > 0) return true;
  return false;
}

export async function runDailyAutoBackup(db: TramaDatabase, store: BackupStore, now: Date = new Date()): Promise<AutoBackupOutcome> {
  const today = localIsoDate(now);
  if ((await readMeta(db, LAST_AUTO_BACKUP_META_KEY, z.string())) === today) return 'already-done-today';
  if (!(await hasWork(db))) return 'nothing-to-back-up';
  await store.writeAuto(await createBackupJson(db, now.toISOString()));
  await writeMeta(db, LAST_AUTO_BACKUP_META_KEY, today);
  return 'written';
}
