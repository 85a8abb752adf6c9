import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { TramaDatabase } from '../db/db';
import { readInPages } from '../db/readInPages';

// Reads of the stakeholders table. Each query is written once, here; the screens use the
// hooks of useStakeholderQueries.ts.

/**
 * Every stakeholder, in key order: sort where they are shown. A live query along the name
 * index would also record every key it returned for change tracking, which costs more than
 * the sort; and the rows are read a page at a time (readInPages).
 */
export function allStakeholders(db: TramaDatabase): Promise<Stakeholder[]> {
  return readInPages(db.stakeholders);
}

export const STAKEHOLDERS_PER_IMPORT_PAGE = 5_000;

/**
 * Every stakeholder, in key order, read in pages of 5,000: what an import compares its rows
 * with. The Import section is on screen beside the Backups section, so this is read again as
 * soon as a restore has written; a page of 20,000 (readInPages' own size, kept for the map
 * and the lists) took one task of 353 ms at 50,000 stakeholders.
 */
export function stakeholdersForImport(db: TramaDatabase): Promise<Stakeholder[]> {
  return readInPages(db.stakeholders, STAKEHOLDERS_PER_IMPORT_PAGE);
}

/** Every stakeholder by name, in IndexedDB's own string order (UTF-16 code units). */
export function stakeholdersInNameOrder(db: TramaDatabase): Promise<Stakeholder[]> {
  return db.stakeholders.orderBy('name').toArray();
}

/** The stakeholder, or null when there is none with this id. */
export async function findStakeholder(db: TramaDatabase, id: string): Promise<Stakeholder | null> {
  return (await db.stakeholders.get(id)) ?? null;
}

/** The stakeholders with these ids, position by position; undefined where one is gone. */
export function stakeholdersByIds(db: TramaDatabase, ids: readonly string[]): Promise<Array<Stakeholder | undefined>> {
  return db.stakeholders.bulkGet([...ids]);
}

/** Names by id of the stakeholders among these ids that exist. */
export async function stakeholderNamesByIds(db: TramaDatabase, ids: Iterable<string>): Promise<Map<string, string>> {
  const found = await db.stakeholders.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((stakeholder) => (stakeholder ? [[stakeholder.id, stakeholder.name] as const] : [])));
}

export function countStakeholders(db: TramaDatabase): Promise<number> {
  return db.stakeholders.count();
}
