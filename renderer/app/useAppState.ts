import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { META_KEYS } from '../db/repositories/meta';

export interface AppState {
  isOnboarded: boolean;
  hasSample: boolean;
}

/** Whether to show onboarding and the sample banner; undefined while the database opens. */
export function useAppState(): AppState | undefined {
  return useLiveQuery(async () => {
    const [onboarded, sample, stakeholderCount] = await Promise.all([
      db.meta.get(META_KEYS.onboarded),
      db.meta.get(META_KEYS.sample),
      db.stakeholders.count(),
    ]);
    return { isOnboarded: Boolean(onboarded) || stakeholderCount > 0, hasSample: Boolean(sample) };
  }, []);
}
