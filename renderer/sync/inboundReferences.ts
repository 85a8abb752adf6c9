import { docIdOf, parseIncomingDoc, type IncomingDoc } from '../../shared/sync/syncDocs';
import type { TramaDatabase } from '../db/tramaDatabase';
import { withDeletedTallied } from './deletedTallies';
import { deleteEveryVersion } from './deletedVersions';
import type { PouchDatabase, PouchDocument } from './pouchdb';
import { afterDeletions, referencesHeld, targetStates } from './referencedDocs';
import { SYNC_OUTBOX_TABLE, type OutboxRow } from './syncTables';

// A record arriving that points at a record deleted here: a teammate changed it before their
// laptop saw the deletion (a contact edited offline while her stakeholder was deleted here).
// It takes the cascade the deletion applied here (shared/domain/references.ts, as cascade.ts
// does): an id leaves a list (tallied where the registry says, deletedTallies.ts) or a field is
// emptied; a record that cannot be without the one deleted (a contact without her stakeholder)
// is not stored, and every version of it is deleted, so that it does not come back pointing at
// nothing on any laptop. One stored less its ids is sent back (inboundApply.ts writes it an
// outbox row), or the laptops would disagree silently until someone edits it; its tally entry's
// token is alike on every laptop, so laptops that each send it back write one record, whose
// copies are dropped as identical. Deleted here means the document's winner is a deletion and
// no change waits here to bring it back (an Undo).
// A version written on top of a deletion of its own document is a restore (an Undo made
// elsewhere): what it points at was most likely restored with it, and the changes feed keeps
// no order across documents, so it may arrive first. Deleting its versions would lose the
// record everywhere; it is kept off the app's database only, in PouchDB as it came, its
// document held in the inbound checkpoint and judged again with each batch (heldArrivals),
// stored as soon as what it points at is live here again. So is a version that names again a
// record its previous version lost to that record's deletion (the deletion undone elsewhere,
// its cascade with it): sent back without it, it would undo the Undo on every laptop. And so is
// one whose earlier versions are only stubs here, so that it cannot be told from a teammate's edit.

type Arriving = { parsed: Exclude<IncomingDoc, { kind: 'rejected' }>; rev: string };

export interface ArrivingAfterDeletions<One extends Arriving> {
  /** What to store: the records without the ids of records deleted here. */
  incoming: One[];
  /** Documents of records that cannot be without a record deleted here: not stored, their versions to delete. */
  dropped: string[];
  /** Documents of records stored without some of their ids: changed here, to send back as any change made here. */
  lessened: string[];
  /** Documents of records putting back ids their previous version lost (an Undo), or maybe so (versions before unread): held, not stored. */
  putBack: string[];
}

const NOTHING_GONE = { dropped: [], lessened: [], putBack: [] };

/** The documents a version of a record points at, read from the local PouchDB; null when its body is not at hand. */
async function referencedAt(local: PouchDatabase, docId: string, rev: string): Promise<Set<string> | null> {
  let doc: PouchDocument;
  try {
    doc = await local.get(docId, { rev });
  } catch {
    return null;
  }
  const parsed = parseIncomingDoc(doc);
  if (parsed.kind === 'rejected') return null;
  if (parsed.kind === 'deleted') return new Set();
  return new Set(referencesHeld(parsed.table, parsed.record).map((held) => held.docId));
}

/**
 * Whether the version arriving names again a record deleted here that its previous version had
 * lost and the one before named: the cascade of that deletion undone where it was made. The
 * record deleted was most likely put back with it, and may arrive later. 'unknown' when the
 * versions before, needed to tell, are only stubs here (replication brings each document's
 * latest version only: a laptop that heard of the deletion before the cascade's version sees the
 * Undo's next). Such a version is held too: taken for a teammate's edit, it would lose the id
 * again and be sent back, undoing the Undo on every laptop; held, it waits without loss.
 */
async function putsBack(
  local: PouchDatabase,
  one: Arriving,
  goneNamed: readonly string[],
): Promise<boolean | 'unknown'> {
  let doc: PouchDocument;
  try {
    doc = await local.get(one.parsed.docId, { rev: one.rev, revs: true });
  } catch {
    return false;
  }
  const { start, ids } = doc._revisions ?? { start: 0, ids: [] };
  if (ids.length < 3) return false;
  const parent = await referencedAt(local, one.parsed.docId, `${start - 1}-${ids[1]}`);
  if (parent === null) return 'unknown';
  // A previous version that named them all lost none of them: a teammate's edit, whatever came before.
  const lostBefore = goneNamed.filter((docId) => !parent.has(docId));
  if (lostBefore.length === 0) return false;
  const grandparent = await referencedAt(local, one.parsed.docId, `${start - 2}-${ids[2]}`);
  if (grandparent === null) return 'unknown';
  return lostBefore.some((docId) => grandparent.has(docId));
}

/** The cascade of deletions made here on the records arriving; read before the applier's transaction. */
export async function arrivingAfterDeletions<One extends Arriving>(
  db: TramaDatabase,
  local: PouchDatabase,
  incoming: readonly One[],
): Promise<ArrivingAfterDeletions<One>> {
  const held = incoming.flatMap(({ parsed }) =>
    parsed.kind === 'record' ? referencesHeld(parsed.table, parsed.record) : [],
  );
  if (held.length === 0) return { incoming: [...incoming], ...NOTHING_GONE };
  const states = await targetStates(
    local,
    held.map((one) => one.docId),
  );
  if (![...states.values()].includes('deleted')) return { incoming: [...incoming], ...NOTHING_GONE };
  const waiting = await db.table<OutboxRow, number>(SYNC_OUTBOX_TABLE).toArray();
  const changedHere = new Set(waiting.map((row) => docIdOf(row.table, row.key)));
  const gone = (docId: string) => states.get(docId) === 'deleted' && !changedHere.has(docId);
  const dropped = new Set<string>();
  const lessened = new Set<string>();
  const putBack = new Set<string>();
  const judged: One[] = [];
  for (const one of incoming) {
    if (one.parsed.kind !== 'record') {
      judged.push(one);
      continue;
    }
    const { table, record } = one.parsed;
    const after = afterDeletions(table, record, gone);
    if (after.cannotLive.length > 0) dropped.add(one.parsed.docId);
    if (after.record === record || after.cannotLive.length > 0) judged.push(one);
    else if (
      (await putsBack(
        local,
        one,
        referencesHeld(table, record).flatMap((held) => (gone(held.docId) ? [held.docId] : [])),
      )) !== false
    )
      putBack.add(one.parsed.docId);
    else {
      const tallied = await withDeletedTallied(local, table, record, after.record);
      judged.push({ ...one, parsed: { ...one.parsed, record: tallied } });
      lessened.add(one.parsed.docId);
    }
  }
  // Every change of a document dropped: an earlier one of the batch would otherwise be stored as its latest.
  const kept = (docId: string) => !dropped.has(docId) && !putBack.has(docId);
  return {
    incoming: judged.filter(({ parsed }) => kept(parsed.docId)),
    dropped: [...dropped],
    lessened: [...lessened].filter(kept),
    putBack: [...putBack].filter((docId) => !dropped.has(docId)),
  };
}

/** Whether the document's winner was written on top of a deletion of that document (a restore). */
async function isRestore(local: PouchDatabase, docId: string): Promise<boolean> {
  let winner: PouchDocument;
  try {
    winner = await local.get(docId, { revs: true });
  } catch {
    return false;
  }
  const { start, ids } = winner._revisions ?? { start: 0, ids: [] };
  const ancestors = ids.slice(1).map((id, index) => `${start - 1 - index}-${id}`);
  if (ancestors.length === 0) return false;
  const leaves = await local.get(docId, { open_revs: ancestors });
  return leaves.some((leaf) => leaf.ok?._deleted === true);
}

/**
 * Deletes every version of the records dropped, save restores, which are held (returned):
 * kept in PouchDB as they came. One changed meanwhile arrives again, and is judged again.
 */
export async function deleteDropped(local: PouchDatabase, dropped: readonly string[]): Promise<string[]> {
  const held: string[] = [];
  for (const docId of dropped) {
    if (await isRestore(local, docId)) held.push(docId);
    else await deleteEveryVersion(local, docId);
  }
  return held;
}

/** The documents held (deleteDropped) that the batch does not bring: read again, to be judged again. */
export async function heldArrivals(
  local: PouchDatabase,
  held: readonly string[],
  inBatch: ReadonlySet<string>,
): Promise<PouchDocument[]> {
  const keys = held.filter((docId) => !inBatch.has(docId));
  if (keys.length === 0) return [];
  const { rows } = await local.allDocs({ keys, include_docs: true });
  return rows.flatMap((row) =>
    row.doc ? [row.doc] : row.value?.deleted ? [{ _id: row.key, _rev: row.value.rev, _deleted: true }] : [],
  );
}
