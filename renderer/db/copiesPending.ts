import { z } from 'zod';
import { COPIES_PENDING_META_KEY } from '../../shared/domain/personalData';
import type { MentionTarget } from '../../shared/domain/recordMentions';
import type { TramaDatabase } from './db';
import { readMeta, writeMeta } from './repositories/meta';
import { recordBefore, recordCreated, type UndoableChange } from './undo';

// Erasures whose copies are not all checked yet (shared/domain/personalData.ts
// COPIES_PENDING_META_KEY): ids and confirmed places only. The erasure adds its entry in its
// own transaction, so that a dialog closed early, a crash or a closed app is remembered and
// Settings → Privacy reminds the user; it goes once every copy was checked.

export interface CopiesPending {
  contactId: string;
  /** The places whose mentions the user confirmed, to replace in the copies too. */
  places: MentionTarget[];
}

const pendingSchema = z.array(
  z.object({
    contactId: z.string().min(1),
    places: z.array(z.object({ table: z.string(), id: z.string(), field: z.string() })),
  }),
);

export async function readCopiesPending(db: TramaDatabase): Promise<CopiesPending[]> {
  return (await readMeta(db, COPIES_PENDING_META_KEY, pendingSchema)) ?? [];
}

/** Call inside the erasure's transaction: undo takes the entry off again. */
export async function addCopiesPending(db: TramaDatabase, entry: CopiesPending, change: UndoableChange): Promise<void> {
  const previous = await db.meta.get(COPIES_PENDING_META_KEY);
  if (previous) recordBefore(change, 'meta', [previous]);
  else recordCreated(change, 'meta', [COPIES_PENDING_META_KEY]);
  const others = (await readCopiesPending(db)).filter((pending) => pending.contactId !== entry.contactId);
  await writeMeta(db, COPIES_PENDING_META_KEY, [...others, entry]);
}

/** Every copy was checked for this person: nothing left to remind of. */
export async function removeCopiesPending(db: TramaDatabase, contactId: string): Promise<void> {
  await db.transaction('rw', db.meta, () => forgetCopiesPending(db, new Set([contactId])));
}

/**
 * Takes these people off the reminder, keeping everyone else's entry: every copy was checked
 * for them, or their erasure was taken back (no copy needs erasing for a person who is back).
 * Dexie's own promises only, for team sync's transaction (see erasedContactIdsOf); none left
 * leaves no row.
 */
export function forgetCopiesPending(db: TramaDatabase, contactIds: ReadonlySet<string>): PromiseLike<unknown> {
  return db.meta.get(COPIES_PENDING_META_KEY).then((row): PromiseLike<unknown> | undefined => {
    const parsed = pendingSchema.safeParse(row?.value);
    if (!parsed.success) return undefined;
    const rest = parsed.data.filter((entry) => !contactIds.has(entry.contactId));
    if (rest.length === parsed.data.length) return undefined;
    return rest.length === 0
      ? db.meta.delete(COPIES_PENDING_META_KEY)
      : db.meta.put({ key: COPIES_PENDING_META_KEY, value: rest });
  });
}
