import { SYNCED_TABLES } from '../../shared/domain/entities';
import type { MentionTarget } from '../../shared/domain/recordMentions';
import { isSameValue } from '../../shared/io/restoreDiff';
import { erasureMarkerBody, erasureMarkerDocId } from '../../shared/sync/erasureMarker';
import { docIdOf, syncDocBody, type SyncedRecord, type SyncedTable } from '../../shared/sync/syncDocs';
import { readCopiesPending } from '../db/copiesPending';
import { readErasedContactIds } from '../db/erasedContacts';
import type { TramaDatabase } from '../db/tramaDatabase';
import { readInboundCheckpoint } from './inboundApply';
import { newRevisionHash, pouchErrorOf, type PouchDatabase, type PouchDocument, type PouchRevisions } from './pouchdb';
import { recordOfRow } from './syncRows';
import { SYNC_OUTBOX_TABLE, SYNC_REVISIONS_TABLE, type OutboxRow, type RevisionRow } from './syncTables';

// Hands the outbox's changes to the local PouchDB: for each record changed here, its row as
// it stands now becomes the document's next revision (or a deletion), only when it differs
// from the document. Outbox rows go only once their document is written, so a crash at any
// point leaves them to be handled again, and handling one twice writes nothing the second
// time. A change made here on top of an older revision than the document's latest (a change
// arrived from the team meanwhile) is written beside that revision, as a conflict for the
// user to resolve, never over it. A contact person's deletion that was a GDPR erasure (their
// id is in this laptop's list of erased contacts) is followed by an erasure marker
// (shared/sync/erasureMarker.ts), so that every laptop erases them too, and the coordinator
// knows what to purge from the server. A deletion deletes the record's versions in conflict
// too (deleteVersionsInConflict), those the inbound applier saw: a teammate's version that
// arrived since is left to outlive it, and listed. An erasure deletes every live version.

export const PUMP_BATCH_SIZE = 200;

export interface PumpOutcome {
  /** Documents written to the local PouchDB. */
  written: string[];
  /** Outbox rows handled (written, or found already up to date). */
  handled: number;
  /** Documents left for the next round (the local PouchDB changed while they were written). */
  retried: string[];
  /** Whether more outbox rows wait beyond this batch. */
  hasMore: boolean;
}

interface PendingChange {
  docId: string;
  table: SyncedTable;
  key: string;
  seqs: number[];
  latest: OutboxRow;
  record: SyncedRecord | null;
  baseRev: string | undefined;
  /** A contact person erased here: the places of the mentions the user confirmed. */
  erasure: { places: MentionTarget[] } | null;
}

async function readPending(
  db: TramaDatabase,
  batchSize: number,
): Promise<{ changes: PendingChange[]; hasMore: boolean }> {
  return db.transaction('r', [SYNC_OUTBOX_TABLE, SYNC_REVISIONS_TABLE, 'meta', ...SYNCED_TABLES], async () => {
    const rows = await db
      .table<OutboxRow, number>(SYNC_OUTBOX_TABLE)
      .orderBy('seq')
      .limit(batchSize + 1)
      .toArray();
    const byDoc = new Map<string, PendingChange>();
    for (const row of rows.slice(0, batchSize)) {
      const docId = docIdOf(row.table, row.key);
      const known = byDoc.get(docId);
      if (known) {
        known.seqs.push(row.seq ?? 0);
        known.latest = row;
      } else {
        byDoc.set(docId, {
          docId,
          table: row.table,
          key: row.key,
          seqs: [row.seq ?? 0],
          latest: row,
          record: null,
          baseRev: undefined,
          erasure: null,
        });
      }
    }
    const changes = [...byDoc.values()];
    const revisions = await db.table<RevisionRow, string>(SYNC_REVISIONS_TABLE).bulkGet(changes.map((c) => c.docId));
    changes.forEach((change, index) => (change.baseRev = revisions[index]?.rev));
    for (const table of new Set(changes.map((change) => change.table))) {
      const ofTable = changes.filter((change) => change.table === table);
      const rows = (await db.table(table).bulkGet(ofTable.map((change) => change.key))) as Array<
        Record<string, unknown> | undefined
      >;
      ofTable.forEach((change, index) => {
        const row = rows[index];
        change.record = row ? recordOfRow(table, row) : null;
      });
    }
    const deletedContacts = changes.filter((change) => change.table === 'contacts' && change.record === null);
    if (deletedContacts.length > 0) {
      const erased = await readErasedContactIds(db);
      const pending = await readCopiesPending(db);
      for (const change of deletedContacts.filter((one) => erased.has(one.key)))
        change.erasure = { places: pending.find((entry) => entry.contactId === change.key)?.places ?? [] };
    }
    return { changes, hasMore: rows.length > batchSize };
  });
}

/** The path of revisions from a new one back through `baseRev` (to the start when the base is unknown here). */
async function branchFrom(local: PouchDatabase, docId: string, baseRev: string | undefined): Promise<PouchRevisions> {
  const hash = newRevisionHash();
  if (baseRev === undefined) return { start: 1, ids: [hash] };
  try {
    const base = await local.get(docId, { rev: baseRev, revs: true });
    if (base._revisions) return { start: base._revisions.start + 1, ids: [hash, ...base._revisions.ids] };
  } catch {
    // The base revision's body may have been compacted away: the change starts a branch of its own.
  }
  return { start: 1, ids: [hash] };
}

/**
 * The document of a change. It names as its author the member who sends it when known (the
 * team's server accepts a document only from the member it names); a change recorded before
 * the window knew its member has no name of its own.
 */
function bodyOf(change: PendingChange, sender: string | undefined): Omit<PouchDocument, '_id'> {
  const { table, changedAt } = change.latest;
  const changedBy = sender ?? change.latest.changedBy;
  if (!change.record) return { _deleted: true, table, changedBy, changedAt };
  return syncDocBody(table, change.record, changedBy, changedAt);
}

/**
 * After the deletions: a marker for each erased person whose document exists (one that never
 * left this laptop needs none) and has no live marker yet. A change whose marker could not be
 * written stays in the outbox, to be written next round.
 */
async function writeErasureMarkers(
  local: PouchDatabase,
  changes: readonly PendingChange[],
  settled: Map<string, string | undefined>,
  sender: string | undefined,
): Promise<{ written: string[]; retried: string[] }> {
  const erasures = changes.filter((change) => change.erasure && settled.get(change.docId) !== undefined);
  if (erasures.length === 0) return { written: [], retried: [] };
  const { rows } = await local.allDocs({ keys: erasures.map((change) => erasureMarkerDocId(change.key)) });
  // A withdrawn marker (its document deleted) is written again on top of its deletion.
  const waiting = erasures
    .map((change, index) => ({ change, known: rows[index]?.value }))
    .filter(({ known }) => !known || known.deleted);
  const markers = waiting.map(({ change, known }): PouchDocument => {
    const author = sender ?? change.latest.changedBy;
    const deletedRev = settled.get(change.docId)!;
    const body = erasureMarkerBody(change.key, deletedRev, change.erasure!.places, author, change.latest.changedAt);
    return { _id: erasureMarkerDocId(change.key), ...(known ? { _rev: known.rev } : {}), ...body };
  });
  const results = markers.length > 0 ? await local.bulkDocs(markers) : [];
  const written: string[] = [];
  const retried: string[] = [];
  results.forEach((result, index) => {
    const { change } = waiting[index]!;
    if (result.ok) written.push(markers[index]!._id);
    else {
      settled.delete(change.docId);
      retried.push(change.docId);
    }
  });
  return { written, retried };
}

/**
 * The other versions of the records deleted in this batch, each deleted without an author
 * (deletedVersions.ts: not a person's deletion to list). A version a teammate changed
 * meanwhile is refused, and stays: it outlived the deletion, and the Conflicts list says so.
 */
async function deleteVersionsInConflict(
  local: PouchDatabase,
  versionsInConflict: ReadonlyMap<string, readonly string[]>,
  settled: ReadonlyMap<string, string | undefined>,
): Promise<void> {
  const docs = [...versionsInConflict]
    .filter(([docId]) => settled.has(docId))
    .flatMap(([docId, revs]) => revs.map((rev): PouchDocument => ({ _id: docId, _rev: rev, _deleted: true })));
  if (docs.length > 0) await local.bulkDocs(docs);
}

/**
 * The documents (of the deletions, erasures aside) that changed after the inbound checkpoint:
 * their versions in conflict may be a teammate's work the user never saw, neither applied nor
 * listed. They are left live: the deletion they outlive is then listed (deletedVersions.ts).
 */
async function changedUnseen(
  local: PouchDatabase,
  versionsInConflict: ReadonlyMap<string, readonly string[]>,
  changes: readonly PendingChange[],
): Promise<string[]> {
  const erased = new Set(changes.filter((change) => change.erasure).map((change) => change.docId));
  const docIds = [...versionsInConflict.keys()].filter((docId) => !erased.has(docId));
  if (docIds.length === 0) return [];
  const { since } = await readInboundCheckpoint(local);
  const { results } = await local.changes({ since, doc_ids: docIds });
  return results.map((result) => result.id);
}

/** Writes one batch of the outbox to the local PouchDB and takes the rows handled out of it. */
export async function pumpOutbox(
  db: TramaDatabase,
  local: PouchDatabase,
  batchSize = PUMP_BATCH_SIZE,
  sender?: string,
): Promise<PumpOutcome> {
  const { changes, hasMore } = await readPending(db, batchSize);
  if (changes.length === 0) return { written: [], handled: 0, retried: [], hasMore: false };
  const { rows } = await local.allDocs({
    keys: changes.map((change) => change.docId),
    include_docs: true,
    conflicts: true,
  });
  const settled = new Map<string, string | undefined>();
  const onTop: PouchDocument[] = [];
  const beside: PouchDocument[] = [];
  /** A deletion's versions in conflict with the one it deletes, by document. */
  const versionsInConflict = new Map<string, string[]>();
  for (const [index, change] of changes.entries()) {
    const found = rows[index];
    const winnerRev = found?.value?.rev;
    const winnerRecord = found?.doc && !found.value?.deleted ? (found.doc.record ?? null) : null;
    if (isSameValue(change.record, winnerRecord)) {
      settled.set(change.docId, winnerRev);
      continue;
    }
    const doc = { _id: change.docId, ...bodyOf(change, sender) };
    // An erased person's every live version goes, whatever this laptop saw of them: none of
    // her details may stay live on the server (GDPR).
    const isErasure = change.erasure !== null && !change.record;
    if (winnerRev === undefined) onTop.push(doc);
    else if (winnerRev === change.baseRev || isErasure) {
      onTop.push({ ...doc, _rev: winnerRev });
      // The record deleted is deleted whole: its other versions in conflict go with the one
      // the user saw, or the next of them would win and the record come back.
      const others = found?.doc?._conflicts ?? [];
      if (!change.record && others.length > 0) versionsInConflict.set(change.docId, others);
    } else {
      const revisions = await branchFrom(local, change.docId, change.baseRev);
      beside.push({ ...doc, _rev: `${revisions.start}-${revisions.ids[0]}`, _revisions: revisions });
    }
  }
  // Read before this batch writes: its own deletions are changes after the checkpoint too.
  for (const docId of await changedUnseen(local, versionsInConflict, changes)) versionsInConflict.delete(docId);
  const written: string[] = [];
  const retried: string[] = [];
  const results = onTop.length > 0 ? await local.bulkDocs(onTop) : [];
  for (const [index, doc] of onTop.entries()) {
    const result = results[index];
    if (result?.ok && result.rev) {
      settled.set(doc._id, result.rev);
      written.push(doc._id);
    } else if (pouchErrorOf(result).status === 409 || pouchErrorOf(result).name === 'conflict') retried.push(doc._id);
    else throw new Error(`The local copy refused ${doc._id}: ${result?.reason ?? result?.message ?? 'unknown error'}`);
  }
  await deleteVersionsInConflict(local, versionsInConflict, settled);
  if (beside.length > 0) {
    // Errors only: with new_edits false, PouchDB answers nothing for a revision it stored.
    const failed = (await local.bulkDocs(beside, { new_edits: false })).filter((result) => result.error);
    if (failed.length > 0) throw new Error(`The local copy refused ${failed[0]?.id}: ${failed[0]?.reason ?? ''}`);
    for (const doc of beside) {
      settled.set(doc._id, doc._rev);
      written.push(doc._id);
    }
  }
  const markers = await writeErasureMarkers(local, changes, settled, sender);
  written.push(...markers.written);
  retried.push(...markers.retried);
  const handled = changes.filter((change) => settled.has(change.docId));
  await db.transaction('rw', [SYNC_OUTBOX_TABLE, SYNC_REVISIONS_TABLE], async () => {
    await db.table(SYNC_OUTBOX_TABLE).bulkDelete(handled.flatMap((change) => change.seqs));
    const revisions = handled.flatMap((change) => {
      const rev = settled.get(change.docId);
      return rev === undefined ? [] : [{ docId: change.docId, rev } satisfies RevisionRow];
    });
    await db.table(SYNC_REVISIONS_TABLE).bulkPut(revisions);
  });
  return { written, handled: handled.reduce((sum, change) => sum + change.seqs.length, 0), retried, hasMore };
}
