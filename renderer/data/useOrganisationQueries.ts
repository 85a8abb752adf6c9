import type { CustomCategory, Programme, StaffMember } from '../../shared/domain/organisation';
import { listCustomCategories, listProgrammes, listStaff, programmeNames } from './organisationQueries';
import { idsKey, useLiveRead } from './useLiveRead';

// Live hooks over organisationQueries.ts: undefined while loading, then kept up to date.

/** Every programme, by name. */
export function useProgrammes(): Programme[] | undefined {
  return useLiveRead(listProgrammes, []);
}

/** Every staff member (former ones too), by name. */
export function useStaff(): StaffMember[] | undefined {
  return useLiveRead(listStaff, []);
}

/** The names of the programmes with these ids that exist. */
export function useProgrammeNames(ids: readonly string[]): string[] | undefined {
  return useLiveRead((db) => programmeNames(db, ids), [idsKey(ids)]);
}

export function useCustomCategories(): CustomCategory[] | undefined {
  return useLiveRead(listCustomCategories, []);
}
