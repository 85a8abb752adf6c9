import { z } from 'zod';
import { ERASED_CONTACTS_META_KEY } from '../../shared/domain/personalData';
import type { TramaDatabase } from './db';
import { readMeta, writeMeta } from './repositories/meta';

// The ids (and nothing else) of contact persons erased under GDPR Art. 17. A restore that
// would bring one of them back warns first; an import cannot (imported contact persons get
// new ids, and a name is not kept to compare with). The list is this installation's own
// bookkeeping: a restore keeps it (a backup's list is added to it, never replaces it).

export { ERASED_CONTACTS_META_KEY };

const erasedIdsSchema = z.array(z.string());

export async function readErasedContactIds(db: TramaDatabase): Promise<Set<string>> {
  return new Set((await readMeta(db, ERASED_CONTACTS_META_KEY, erasedIdsSchema)) ?? []);
}

/** Adds ids to the record; call inside the erasure's transaction (it needs the meta table). */
export async function recordErasedContactIds(db: TramaDatabase, ids: Iterable<string>): Promise<void> {
  const known = await readErasedContactIds(db);
  for (const id of ids) known.add(id);
  await writeMeta(db, ERASED_CONTACTS_META_KEY, [...known].sort());
}

/**
 * The list as its meta row holds it. Inside a transaction whose callback is not an async
 * function (team sync's writeUnrecorded), read the row with Dexie's own promise and pass it
 * here: a native await there leaves the transaction.
 */
export function erasedContactIdsOf(row: { value: unknown } | undefined): Set<string> {
  const parsed = erasedIdsSchema.safeParse(row?.value);
  return new Set(parsed.success ? parsed.data : []);
}

/**
 * Writes the list whole, as Dexie's own promise (see erasedContactIdsOf); an empty list
 * leaves no row, as an Undo of the first erasure leaves none.
 */
export function writeErasedContactIds(db: TramaDatabase, ids: Iterable<string>): PromiseLike<unknown> {
  const sorted = [...ids].sort();
  return sorted.length === 0
    ? db.meta.delete(ERASED_CONTACTS_META_KEY)
    : db.meta.put({ key: ERASED_CONTACTS_META_KEY, value: sorted });
}

/** Which of these contact ids belong to people erased here, in the order given. */
export async function findErasedContactIds(db: TramaDatabase, candidateIds: Iterable<string>): Promise<string[]> {
  const erased = await readErasedContactIds(db);
  if (erased.size === 0) return [];
  return [...new Set(candidateIds)].filter((id) => erased.has(id));
}
