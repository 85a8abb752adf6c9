import { erasureMarkerDocId } from '../../shared/sync/erasureMarker';
import { parseDocId } from '../../shared/sync/syncDocs';
import type { PouchChange, PouchDatabase, PouchDocument } from './pouchdb';

// A deletion made on one laptop and a change made to the same record on another, before either
// saw the other's: PouchDB keeps both as leaves of the document, makes the live one the winner
// whatever their order, and never lists the deletion among `_conflicts`. Left there, the
// deletion would be undone and nobody told. A deletion the user made carries its author
// (outboxPump.ts bodyOf: its table, who, when); the deletions that remove the other versions
// of a record (a resolution, or a deletion's versions in conflict) carry nothing. So a
// deleted leaf with an author beside a live winner is a deletion that did not hold: the
// Conflicts list shows it, and the choice to keep the change or delete the record settles it
// (the deletion is then extended by a deletion that carries nothing: no longer a leaf that
// says who deleted, it is not listed again). A person erased is no choice to offer: her
// erasure's marker erases the change on every laptop (teamErasure.ts).

/** A person's deletion of a record that a change made elsewhere outlived. */
export interface DeletionOutlived {
  rev: string;
  changedBy: string | null;
  changedAt: string;
}

function deletionOf(doc: PouchDocument): DeletionOutlived | null {
  if (doc._deleted !== true || typeof doc.table !== 'string' || typeof doc.changedAt !== 'string') return null;
  return {
    rev: String(doc._rev),
    changedBy: typeof doc.changedBy === 'string' ? doc.changedBy : null,
    changedAt: doc.changedAt,
  };
}

async function isErased(local: PouchDatabase, docId: string): Promise<boolean> {
  const named = parseDocId(docId);
  if (named?.table !== 'contacts') return false;
  const { rows } = await local.allDocs({ keys: [erasureMarkerDocId(named.id)] });
  return rows[0]?.value !== undefined && !rows[0].value.deleted;
}

/** The deletions a live version of the document outlived; none when the document is deleted or unknown. */
export async function readDeletionsOutlived(local: PouchDatabase, docId: string): Promise<DeletionOutlived[]> {
  let leaves;
  try {
    leaves = await local.get(docId, { open_revs: 'all' });
  } catch {
    return [];
  }
  const docs = leaves.flatMap((leaf) => (leaf.ok ? [leaf.ok] : []));
  if (!docs.some((doc) => doc._deleted !== true)) return [];
  const deletions = docs.flatMap((doc) => deletionOf(doc) ?? []);
  return deletions.length > 0 && (await isErased(local, docId)) ? [] : deletions;
}

/**
 * The documents of a changes feed (read with `style: 'all_docs'` and `conflicts: true`) whose
 * live winner outlived a person's deletion. Only a live document with more leaves than its
 * winner and its live versions in conflict holds a deleted leaf, and only those are read.
 */
export async function docsOutlivingDeletions(
  local: PouchDatabase,
  changes: readonly PouchChange[],
): Promise<Set<string>> {
  const suspects = changes.filter((change) => {
    if (change.deleted || !change.doc || change.id.startsWith('_')) return false;
    const live = 1 + (change.doc._conflicts?.length ?? 0);
    return (change.changes?.length ?? 0) > live;
  });
  const found = new Set<string>();
  for (const change of suspects) if ((await readDeletionsOutlived(local, change.id)).length > 0) found.add(change.id);
  return found;
}

/** The documents that settle deletions once the user chose: each extended by a deletion that carries nothing. */
export function settledDeletions(docId: string, deletions: readonly DeletionOutlived[]): PouchDocument[] {
  return deletions.map((deletion) => ({ _id: docId, _rev: deletion.rev, _deleted: true }));
}

/**
 * Deletes every live version of a document (a record whose required reference points at a
 * record deleted here). The deletions carry nothing: not a person's choice to list again.
 * Whether the document is deleted now; a version that changed meanwhile is left to the next
 * round, which arrives with it.
 */
export async function deleteEveryVersion(local: PouchDatabase, docId: string): Promise<boolean> {
  let winner: PouchDocument;
  try {
    winner = await local.get(docId, { conflicts: true });
  } catch {
    return true;
  }
  const revs = [String(winner._rev), ...(winner._conflicts ?? [])];
  const results = await local.bulkDocs(revs.map((rev) => ({ _id: docId, _rev: rev, _deleted: true })));
  return results.every((result) => result.ok);
}
