import { SYNCED_TABLES } from '../../shared/domain/entities';
import { isSameValue } from '../../shared/io/restoreDiff';
import { isErasureMarkerDocId, parseErasureMarker, type ErasureMarker } from '../../shared/sync/erasureMarker';
import { docIdOf, isSyncedTable, parseIncomingDoc, type IncomingDoc, type Rejection } from '../../shared/sync/syncDocs';
import { forgetCopiesPending } from '../db/copiesPending';
import {
  ERASED_CONTACTS_META_KEY,
  erasedContactIdsOf,
  readErasedContactIds,
  writeErasedContactIds,
} from '../db/erasedContacts';
import { noteTeamAuthors } from '../db/historyMiddleware';
import type { TramaDatabase } from '../db/tramaDatabase';
import { docsOutlivingDeletions } from './deletedVersions';
import { arrivingAfterDeletions, deleteDropped, heldArrivals } from './inboundReferences';
import type { PouchDatabase, PouchDocument } from './pouchdb';
import { writeUnrecorded } from './syncOutbox';
import { recordOfRow, rowOfRecord } from './syncRows';
import { SYNC_OUTBOX_TABLE, SYNC_REVISIONS_TABLE, type OutboxRow, type RevisionRow } from './syncTables';
import { applyTeamErasure, judgeErasedVersions, type ErasedVersion, type TeamErasure } from './teamErasure';

// The inbound half: the local PouchDB's changes, from a checkpoint kept in a `_local`
// document (never replicated), applied to the app's database. Each change's winning
// revision is checked against its table's schema and written only where the row differs, in
// a transaction the outbox does not record. A record changed here and not yet handed to
// PouchDB is left alone: the pump writes it beside the incoming revision, as a conflict.
// The checkpoint moves only after the transaction commits: a crash between the two applies
// the same changes again, which finds the rows already equal. A teammate's erasure marker
// (shared/sync/erasureMarker.ts) is applied after the batch's records, as an erasure made
// here (teamErasure.ts), before the checkpoint moves; a live version of a person erased here
// brings them back, off the list of erased contacts and off the reminder to check kept copies,
// only when it was made on top of the erasure's deletion (an erasure undone where it was made).
// A record pointing at one deleted here takes the deletion's cascade (inboundReferences.ts),
// and one stored less some ids is sent back through the outbox, as a change made here;
// a deletion a change made elsewhere outlived is listed as a conflict (deletedVersions.ts).

export const INBOUND_CHECKPOINT_ID = '_local/trama-sync-inbound';
export const INBOUND_BATCH_SIZE = 500;

export interface InboundCheckpoint {
  since: number | string;
  /** Documents whose latest change showed conflicting revisions. */
  conflicted: string[];
  /** Restores kept off the app's database until what they point at is live here (inboundReferences.ts). */
  held: string[];
}

export interface InboundOutcome {
  checkpoint: InboundCheckpoint;
  /** Records written to (or deleted from) the app's database. */
  applied: number;
  /** Changes of records read from the local PouchDB in this batch, applied or found equal. */
  read: number;
  rejections: Rejection[];
  /** Documents of this batch whose latest change shows conflicting revisions. */
  conflictedNow: string[];
  /** Whether more changes wait beyond this batch. */
  hasMore: boolean;
  /** Contact persons a teammate erased, erased here now: their kept copies are still to check. */
  erased: TeamErasure[];
}

export async function readInboundCheckpoint(local: PouchDatabase): Promise<InboundCheckpoint> {
  try {
    const doc = await local.get(INBOUND_CHECKPOINT_ID);
    const since = typeof doc.since === 'number' || typeof doc.since === 'string' ? doc.since : 0;
    const idsOf = (value: unknown) => (Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []);
    return { since, conflicted: idsOf(doc.conflicted), held: idsOf(doc.held) };
  } catch {
    return { since: 0, conflicted: [], held: [] };
  }
}

async function saveCheckpoint(local: PouchDatabase, checkpoint: InboundCheckpoint): Promise<void> {
  let rev: string | undefined;
  try {
    rev = (await local.get(INBOUND_CHECKPOINT_ID))._rev;
  } catch {
    rev = undefined;
  }
  await local.put({ _id: INBOUND_CHECKPOINT_ID, ...(rev ? { _rev: rev } : {}), ...checkpoint });
}

function hasConflicts(doc: PouchDocument | undefined): boolean {
  return Array.isArray(doc?._conflicts) && doc._conflicts.length > 0;
}

type Incoming = { parsed: Exclude<IncomingDoc, { kind: 'rejected' }>; rev: string };

/**
 * Live versions of contact persons this laptop lists as erased, judged against their erasure's
 * marker (teamErasure.ts). Read before the transaction: PouchDB's requests cannot wait inside
 * one of Dexie's. Only the latest change of each document counts, as in applyToDatabase.
 */
async function judgeArrivingErased(
  db: TramaDatabase,
  local: PouchDatabase,
  incoming: readonly Incoming[],
): Promise<Map<string, ErasedVersion>> {
  const latest = new Map(incoming.map((one) => [one.parsed.docId, one]));
  const liveContacts = [...latest.values()].filter(
    ({ parsed }) => parsed.kind === 'record' && parsed.table === 'contacts',
  );
  if (liveContacts.length === 0) return new Map();
  const erased = await readErasedContactIds(db);
  const versions = liveContacts
    .filter(({ parsed }) => erased.has(parsed.id))
    .map(({ parsed, rev }) => ({ contactId: parsed.id, rev }));
  return judgeErasedVersions(local, versions);
}

/** Writes the rows that differ, table by table, and the revision each row now reflects; returns how many changed. */
function applyToDatabase(
  db: TramaDatabase,
  incoming: readonly Incoming[],
  erasedVersions: ReadonlyMap<string, ErasedVersion>,
  /** Documents whose record this laptop changed on arrival (inboundReferences.ts): sent back. */
  changedOnArrival: ReadonlySet<string>,
): Promise<number> {
  // `meta` only when its list may change: a first pull's batches leave the app's reads of it free.
  const tables = [
    ...SYNCED_TABLES,
    SYNC_OUTBOX_TABLE,
    SYNC_REVISIONS_TABLE,
    ...(erasedVersions.size > 0 ? ['meta'] : []),
  ];
  return writeUnrecorded(db, tables, async (tx) => {
    const waiting = await db.table<OutboxRow, number>(SYNC_OUTBOX_TABLE).toArray();
    const changedHere = new Set(waiting.map((row) => docIdOf(row.table, row.key)));
    // The latest change of each document only (a batch may hold two of one document).
    const latest = new Map(
      incoming.filter(({ parsed }) => !changedHere.has(parsed.docId)).map((one) => [one.parsed.docId, one]),
    );
    // A person listed as erased comes back only on top of the deletion (teamErasure.ts
    // ErasedVersion), taken off the list in this transaction; a version made without seeing
    // it is not written (its revision is noted all the same: it is the document's winner).
    // Judged before the transaction: one taken off the list meanwhile is written as any other.
    // Dexie's own promises only here (erasedContactIdsOf): a native await leaves the transaction.
    const keptErased = new Set<string>();
    if (erasedVersions.size > 0) {
      const listed = erasedContactIdsOf(await db.meta.get(ERASED_CONTACTS_META_KEY));
      const broughtBack = new Set<string>();
      for (const [id, verdict] of erasedVersions) {
        if (!listed.has(id) || latest.get(docIdOf('contacts', id))?.parsed.kind !== 'record') continue;
        (verdict === 'brought-back' ? broughtBack : keptErased).add(id);
      }
      if (broughtBack.size > 0) {
        await writeErasedContactIds(
          db,
          [...listed].filter((id) => !broughtBack.has(id)),
        );
        // No copy needs erasing for a person who is back: the reminder to check them goes too.
        await forgetCopiesPending(db, broughtBack);
      }
    }
    // The history names the teammate who made each change, and when.
    noteTeamAuthors(tx, (table, id) => {
      const one = isSyncedTable(table) ? latest.get(docIdOf(table, id)) : undefined;
      return one?.parsed.kind === 'record'
        ? { by: one.parsed.body.changedBy, at: one.parsed.body.changedAt }
        : undefined;
    });
    let applied = 0;
    for (const table of new Set([...latest.values()].map(({ parsed }) => parsed.table))) {
      const ofTable = [...latest.values()].filter(({ parsed }) => parsed.table === table);
      const store = db.table(table);
      const current = (await store.bulkGet(ofTable.map(({ parsed }) => parsed.id))) as Array<
        Record<string, unknown> | undefined
      >;
      // Records new here are added, not put: the history then has no earlier version to read
      // (a first pull is all additions), and the transaction holds them absent until it ends.
      const additions: Array<Record<string, unknown>> = [];
      const puts: Array<Record<string, unknown>> = [];
      const deletions: string[] = [];
      for (const [index, { parsed }] of ofTable.entries()) {
        const row = current[index];
        if (table === 'contacts' && keptErased.has(parsed.id)) continue;
        if (parsed.kind === 'deleted') {
          if (row) deletions.push(parsed.id);
        } else if (!row) additions.push(rowOfRecord(table, parsed.record));
        else if (!isSameValue(recordOfRow(table, row), parsed.record)) puts.push(rowOfRecord(table, parsed.record));
      }
      if (additions.length > 0) await store.bulkAdd(additions);
      if (puts.length > 0) await store.bulkPut(puts);
      if (deletions.length > 0) await store.bulkDelete(deletions);
      applied += additions.length + puts.length + deletions.length;
    }
    const revisions = [...latest.values()].map(({ parsed, rev }): RevisionRow => ({ docId: parsed.docId, rev }));
    await db.table(SYNC_REVISIONS_TABLE).bulkPut(revisions);
    // What this laptop changed on arrival goes out as a change made here, on the revision it came as.
    const changedAt = new Date().toISOString();
    const sendBack = [...latest.values()]
      .filter(({ parsed }) => changedOnArrival.has(parsed.docId))
      .map(({ parsed }): OutboxRow => ({ table: parsed.table, key: parsed.id, changedBy: null, changedAt }));
    if (sendBack.length > 0) await db.table(SYNC_OUTBOX_TABLE).bulkAdd(sendBack);
    return applied;
  });
}

/** Applies one batch of the local PouchDB's changes after the checkpoint, then moves the checkpoint. */
export async function applyInbound(
  db: TramaDatabase,
  local: PouchDatabase,
  batchSize = INBOUND_BATCH_SIZE,
  /** What replaces a mention of an erased person, in this laptop's language. */
  markerText = '[erased]',
): Promise<InboundOutcome> {
  const checkpoint = await readInboundCheckpoint(local);
  const feed = await local.changes({
    since: checkpoint.since,
    include_docs: true,
    conflicts: true,
    style: 'all_docs',
    limit: batchSize,
  });
  // A deletion never shows among `_conflicts`: one that a change made elsewhere outlived is read apart.
  const outlivingDeletions = await docsOutlivingDeletions(local, feed.results);
  const conflicted = new Set(checkpoint.conflicted);
  const conflictedNow: string[] = [];
  const rejections: Rejection[] = [];
  const markers: ErasureMarker[] = [];
  const arriving = feed.results.flatMap((change): Incoming[] => {
    if (change.id.startsWith('_local/')) return [];
    if (isErasureMarkerDocId(change.id)) {
      // Two laptops erasing one person make two versions that say the same: no conflict to show.
      const parsed = parseErasureMarker(change.doc);
      if (parsed.kind === 'marker') markers.push(parsed.marker);
      else if (parsed.kind === 'rejected') rejections.push(parsed.rejection);
      return [];
    }
    if (hasConflicts(change.doc) || outlivingDeletions.has(change.id)) {
      conflicted.add(change.id);
      conflictedNow.push(change.id);
    } else conflicted.delete(change.id);
    const parsed = parseIncomingDoc(change.doc);
    if (parsed.kind === 'rejected') {
      rejections.push(parsed.rejection);
      return [];
    }
    return [{ parsed, rev: String(change.doc?._rev ?? '') }];
  });
  // Restores held back are judged again with each batch: what they point at may have arrived in it.
  const inBatch = new Set(arriving.map(({ parsed }) => parsed.docId));
  const feedHasRecords = feed.results.some((change) => !change.id.startsWith('_local/'));
  for (const doc of feedHasRecords ? await heldArrivals(local, checkpoint.held, inBatch) : []) {
    const parsed = parseIncomingDoc(doc);
    if (parsed.kind !== 'rejected') arriving.push({ parsed, rev: String(doc._rev ?? '') });
  }
  const { incoming, dropped, lessened, putBack } = await arrivingAfterDeletions(db, local, arriving);
  const applied =
    incoming.length > 0
      ? await applyToDatabase(db, incoming, await judgeArrivingErased(db, local, incoming), new Set(lessened))
      : 0;
  const heldNow = new Set([...(await deleteDropped(local, dropped)), ...putBack]);
  const stillHeld = feedHasRecords ? [...heldNow] : checkpoint.held;
  const erased: TeamErasure[] = [];
  for (const marker of markers) {
    const erasure = await applyTeamErasure(db, local, marker, markerText);
    if (erasure) erased.push(erasure);
  }
  const next = { since: feed.last_seq, conflicted: [...conflicted], held: stillHeld };
  if (feed.results.length > 0) await saveCheckpoint(local, next);
  const read = feed.results.filter((change) => !change.id.startsWith('_local/')).length;
  return {
    checkpoint: next,
    applied,
    read,
    rejections,
    conflictedNow,
    hasMore: feed.results.length >= batchSize,
    erased,
  };
}
