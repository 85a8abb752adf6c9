import { parseIncomingDoc, type SyncedRecord, type SyncedTable } from '../../shared/sync/syncDocs';
import type { MissingReference } from './conflicts';
import type { PouchDatabase } from './pouchdb';
import { afterDeletions, referencesHeld, targetStates } from './referencedDocs';

// Restores held on arrival (inboundReferences.ts): a record written elsewhere on top of its own
// deletion, or putting back a link that deletion's cascade took (an Undo, or what may be one when
// the versions before it are only stubs here), kept off this laptop's database while what it
// points at is deleted here. Most wait a moment, until the restore of that record arrives too;
// one whose record never comes back waits for ever, live on the server and on no laptop's screen.
// The Conflicts list shows them, each with what it waits for, so the team can tell.

export interface HeldRecord {
  docId: string;
  table: SyncedTable;
  id: string;
  /** The record as it arrived, kept in the local PouchDB. */
  record: SyncedRecord;
  changedBy: string | null;
  changedAt: string;
  /** Its references to records deleted here (those it cannot be without, or that an Undo put back). */
  waitsFor: MissingReference[];
}

/** The records held back among these documents (the inbound checkpoint's `held`), in its order. */
export async function readHeldRecords(local: PouchDatabase, docIds: readonly string[]): Promise<HeldRecord[]> {
  if (docIds.length === 0) return [];
  const { rows } = await local.allDocs({ keys: [...docIds], include_docs: true });
  const held: HeldRecord[] = [];
  for (const row of rows) {
    const parsed = row.doc ? parseIncomingDoc(row.doc) : null;
    if (parsed?.kind !== 'record') continue;
    const { table, id, record, body } = parsed;
    const states = await targetStates(
      local,
      referencesHeld(table, record).map((reference) => reference.docId),
    );
    const { cannotLive, lessened } = afterDeletions(table, record, (docId) => states.get(docId) === 'deleted');
    held.push({
      docId: parsed.docId,
      table,
      id,
      record,
      changedBy: body.changedBy,
      changedAt: body.changedAt,
      waitsFor: [...cannotLive, ...lessened],
    });
  }
  return held;
}
