import type { CopiesPending } from '../db/copiesPending';
import {
  readAppState,
  readCopiesPending,
  readLastAutomaticBackupDay,
  readOmitPersonalColumns,
  type AppState,
} from './metaQueries';
import { useLiveRead } from './useLiveRead';

// Live hooks over metaQueries.ts: undefined while loading, then kept up to date.

/** Whether to show onboarding and the sample banner; undefined while the database opens. */
export function useAppState(): AppState | undefined {
  return useLiveRead(readAppState, []);
}

/** The day of the last automatic backup (null when none): it changes when the daily backup is written. */
export function useLastAutomaticBackupDay(): string | null | undefined {
  return useLiveRead(readLastAutomaticBackupDay, []);
}

export function useOmitPersonalColumns(): boolean | undefined {
  return useLiveRead(readOmitPersonalColumns, []);
}

export function useCopiesPending(): CopiesPending[] | undefined {
  return useLiveRead(readCopiesPending, []);
}
