import type { CustomCategory, Programme, StaffMember } from '../../shared/domain/organisation';
import type { TramaDatabase } from '../db/db';
import { sortByName } from './nameOrder';
import { listRecords } from './recordQueries';

// Reads of the team's own small lists: programmes, staff members, custom categories.
// The screens use the hooks of useOrganisationQueries.ts.

/** Programmes by name, as people read names (sortByName). */
export async function listProgrammes(db: TramaDatabase): Promise<Programme[]> {
  return sortByName(await db.programmes.toArray(), (programme) => programme.name);
}

/** Staff members by name, as people read names (the index would put "anna" after "Zeno"). */
export function listStaff(db: TramaDatabase): Promise<StaffMember[]> {
  return listRecords(db, 'staff');
}

/** The programmes with these ids, position by position; undefined where one is gone. */
function programmesByIds(db: TramaDatabase, ids: readonly string[]): Promise<Array<Programme | undefined>> {
  return db.programmes.bulkGet([...ids]);
}

/** The names of the programmes among these ids that exist, in the same order. */
export async function programmeNames(db: TramaDatabase, ids: readonly string[]): Promise<string[]> {
  return (await programmesByIds(db, ids)).flatMap((programme) => (programme ? [programme.name] : []));
}

/** The categories the team added to the default ones. */
export function listCustomCategories(db: TramaDatabase): Promise<CustomCategory[]> {
  return db.categories.toArray();
}
