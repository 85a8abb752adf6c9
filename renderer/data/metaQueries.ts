import { z } from 'zod';
import { LAST_AUTO_BACKUP_META_KEY } from '../db/autoBackup';
import type { TramaDatabase } from '../db/db';
import { META_KEYS, readMeta } from '../db/repositories/meta';

// Reads of the small facts kept with the data (the meta table); the screens use the hooks
// of useMetaQueries.ts.

/** The contacts erased whose kept copies still hold them. */
export { readCopiesPending } from '../db/copiesPending';
/** Whether exports leave personal columns out unless the user says otherwise. */
export { readOmitPersonalColumns } from '../db/repositories/preferences';

export interface AppState {
  isOnboarded: boolean;
  hasSample: boolean;
}

/** Whether to show onboarding (never chosen, and nothing recorded yet) and the sample banner. */
export async function readAppState(db: TramaDatabase): Promise<AppState> {
  const [onboarded, sample, stakeholderCount] = await Promise.all([db.meta.get(META_KEYS.onboarded), db.meta.get(META_KEYS.sample), db.stakeholders.count()]);
  return { isOnboarded: Boolean(onboarded) || stakeholderCount > 0, hasSample: Boolean(sample) };
}

/** The day (YYYY-MM-DD) of the last automatic backup, or null when there was none. */
export async function readLastAutomaticBackupDay(db: TramaDatabase): Promise<string | null> {
  return (await readMeta(db, LAST_AUTO_BACKUP_META_KEY, z.string())) ?? null;
}
