import {
  applyDeletionPlan,
  deletedRows,
  deletionTables,
  planDeletion,
  reachOf,
  type DeletionReach,
} from '../db/cascade';
import type { TramaDatabase } from '../db/tramaDatabase';
import type { UndoableChange } from '../db/undo';
import { readConflict, resolveConflict, sameRevisions, type RecordConflict, type ResolutionOutcome } from './conflicts';
import { settledDeletions } from './deletedVersions';
import { newRevisionHash, type PouchDatabase } from './pouchdb';

// "Delete" in the Conflicts list (a record deleted on one laptop and changed on another) is the
// app's own deletion: what points at the record loses it or goes with it (cascade.ts), as when
// it is deleted from its page, shown first and undone the same way; the outbox hands over the
// records it changed, and its Undo. The record's document is resolved as deleted in the local
// PouchDB, every version of it and the deletions listed; a record this laptop does not hold is
// deleted there only: nothing here to put back, so no Undo.

/** What deleting a listed record would do here, for its confirmation. */
export interface ConflictDeletionPreview {
  /** Whether this laptop's database holds the record: only then is the deletion undone. */
  isHeldHere: boolean;
  reach: DeletionReach;
}

/** What deleting the record of a conflict would take or change, planned by the code that deletes. */
export function previewConflictDeletion(db: TramaDatabase, listed: RecordConflict): Promise<ConflictDeletionPreview> {
  return db.transaction('r', deletionTables(listed.table), async () => {
    const plan = await planDeletion(db, listed.table, [listed.id]);
    const isHeldHere = deletedRows(plan, listed.table).length > 0;
    return { isHeldHere, reach: reachOf(plan, listed.table, [listed.id]) };
  });
}

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
  const undo = await db.transaction('rw', deletionTables(current.table), async (): Promise<UndoableChange | null> => {
    const plan = await planDeletion(db, current.table, [current.id]);
    if (deletedRows(plan, current.table).length === 0) return null;
    return applyDeletionPlan(db, plan);
  });
  if (!undo) return resolveConflict(local, listed, { kind: 'delete' }, member, now);
  await settleDeletedDocument(local, listed, member, now);
  return { ok: true, undo };
}

/**
 * Resolves the document of a record deleted here as deleted, its versions and the deletions
 * listed settled: left beside the deletion, a deletion listed would outlive an Undo and be
 * listed again. Refused, because a version arrived or because the pump handed the deletion
 * over first (it watches the outbox), the pump's deletion stands and the deletions listed are
 * settled beside it.
 */
async function settleDeletedDocument(local: PouchDatabase, listed: RecordConflict, member: string | null, now: Date) {
  const resolution = await resolveConflict(local, listed, { kind: 'delete' }, member, now);
  if (!resolution.ok) await local.bulkDocs(settledDeletions(listed.docId, listed.deletions));
  await makeDeletionWin(local, listed.docId, member);
}

const generation = (rev: string) => Number.parseInt(rev.split('-')[0] ?? '0', 10);

/**
 * Makes the person's deletion (their latest) the winner of the deleted document. PouchDB
 * picks a deleted winner by depth, then by revision hash: one of the deletions without an
 * author that settled the other versions could win, an Undo be written on top of it
 * (outboxPump.ts writes on the winner), and the person's deletion be left beside the record
 * put back, listed again. The deletion is written once more, one revision deeper than the
 * deepest version, as replication stores a revision (`new_edits: false`): its path goes
 * through the person's deletion and revisions made up to reach that depth, which PouchDB
 * keeps in the tree without a body, never as versions (a teammate's deletion may be many
 * edits deeper: one write per revision would be as many revisions handed to the team).
 */
async function makeDeletionWin(local: PouchDatabase, docId: string, member: string | null) {
  const leaves = (await local.get(docId, { open_revs: 'all', revs: true })).flatMap((leaf) =>
    leaf.ok ? [leaf.ok] : [],
  );
  const own = leaves
    .filter((leaf) => leaf._deleted === true && leaf.changedBy === member)
    .sort((a, b) => String(b.changedAt).localeCompare(String(a.changedAt)))[0];
  if (!own) return;
  const ownRev = String(own._rev);
  const winner = (await local.allDocs({ keys: [docId] })).rows[0]?.value;
  if (!winner?.deleted || winner.rev === ownRev) return;
  const deepest = Math.max(...leaves.map((leaf) => generation(String(leaf._rev))));
  const start = deepest + 1;
  const madeUp = Array.from({ length: start - generation(ownRev) }, newRevisionHash);
  const { _revisions: ownPath, ...body } = own;
  const ids = [...madeUp, ...(ownPath?.ids ?? [ownRev.slice(ownRev.indexOf('-') + 1)])];
  const deletion = { ...body, _rev: `${start}-${madeUp[0]}`, _revisions: { start, ids } };
  // With new_edits false PouchDB answers errors only; a refusal leaves the deletion as it was.
  await local.bulkDocs([deletion], { new_edits: false });
}
