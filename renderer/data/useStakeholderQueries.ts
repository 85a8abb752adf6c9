import type { Stakeholder } from '../../shared/domain/stakeholder';
import {
  allStakeholders,
  countStakeholders,
  findStakeholder,
  stakeholdersByIds,
  stakeholdersInNameOrder,
} from './stakeholderQueries';
import { idsKey, useLiveRead } from './useLiveRead';

// Live hooks over stakeholderQueries.ts: undefined while loading, then kept up to date.

/** Every stakeholder, in key order (sort where shown). */
export function useStakeholders(): Stakeholder[] | undefined {
  return useLiveRead(allStakeholders, []);
}

/** Every stakeholder by name (IndexedDB's string order). */
export function useStakeholdersInNameOrder(): Stakeholder[] | undefined {
  return useLiveRead(stakeholdersInNameOrder, []);
}

/** The stakeholder; null once loaded and missing, undefined while loading. */
export function useStakeholder(id: string): Stakeholder | null | undefined {
  return useLiveRead((db) => findStakeholder(db, id), [id]);
}

/** The stakeholders with these ids, position by position (undefined where one is gone). */
export function useStakeholdersByIds(ids: readonly string[]): Array<Stakeholder | undefined> | undefined {
  return useLiveRead((db) => stakeholdersByIds(db, ids), [idsKey(ids)]);
}

export function useStakeholderCount(): number | undefined {
  return useLiveRead(countStakeholders, []);
}
