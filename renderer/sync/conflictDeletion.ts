import { applyDeletionPlan, deletedRows, deletionTables, planDeletion } from '../db/cascade';
import type { TramaDatabase } from '../db/tramaDatabase';
import { readConflict, resolveConflict, sameRevisions, type RecordConflict, type ResolutionOutcome } from './conflicts';
import type { PouchDatabase } from './pouchdb';

// "Delete" in the Conflicts list (a record deleted on one laptop and changed on another) is the
// app's own deletion: what points at the record loses it or goes with it (cascade.ts), as when
// it is deleted from its page, and the outbox hands it over; the pump deletes every live version
// of it (outboxPump.ts). A record this laptop does not hold is deleted in the local PouchDB.

export async function deleteRecordInConflict(
  db: TramaDatabase,
  local: PouchDatabase,
  listed: RecordConflict,
  member: string | null,
  now: Date,
): Promise<ResolutionOutcome> {
  const current = await readConflict(local, listed.docId);
  if (!current) return { ok: false, reason: 'resolved-already' };
  if (!sameRevisions(current, listed)) return { ok: false, reason: 'changed-meanwhile' };
  const isDeletedHere = await db.transaction('rw', deletionTables(current.table), async () => {
    const plan = await planDeletion(db, current.table, [current.id]);
    if (deletedRows(plan, current.table).length === 0) return false;
    await applyDeletionPlan(db, plan);
    return true;
  });
  return isDeletedHere ? { ok: true } : resolveConflict(local, listed, { kind: 'delete' }, member, now);
}
