import { z } from 'zod';
import type { TramaDatabase } from '../db/db';
import { META_KEYS, readMeta } from '../db/repositories/meta';
import { OMIT_PERSONAL_COLUMNS_META_KEY } from '../db/repositories/preferences';

// Reads of the small facts kept with the data (the meta table); the screens use the hooks
// of useMetaQueries.ts.

/** The day (YYYY-MM-DD) of the last automatic backup, or null; written next to the backup that sets it. */
export { readLastAutomaticBackupDay } from '../db/autoBackup';
/** The contacts erased whose kept copies still hold them. */
export { readCopiesPending } from '../db/copiesPending';

export interface AppState {
  isOnboarded: boolean;
  hasSample: boolean;
}

/** Whether to show onboarding (never chosen, and nothing recorded yet) and the sample banner. */
export async function readAppState(db: TramaDatabase): Promise<AppState> {
  const [onboarded, sample, stakeholderCount] = await Promise.all([
    db.meta.get(META_KEYS.onboarded),
    db.meta.get(META_KEYS.sample),
    db.stakeholders.count(),
  ]);
  return { isOnboarded: Boolean(onboarded) || stakeholderCount > 0, hasSample: Boolean(sample) };
}

/** Whether exports leave personal columns out unless the user says otherwise. */
export async function readOmitPersonalColumns(db: TramaDatabase): Promise<boolean> {
  return (await readMeta(db, OMIT_PERSONAL_COLUMNS_META_KEY, z.boolean())) ?? false;
}
