import { docIdOf, type IncomingDoc } from '../../shared/sync/syncDocs';
import type { TramaDatabase } from '../db/tramaDatabase';
import { deleteEveryVersion } from './deletedVersions';
import type { PouchDatabase } from './pouchdb';
import { afterDeletions, referencesHeld, targetStates } from './referencedDocs';
import { SYNC_OUTBOX_TABLE, type OutboxRow } from './syncTables';

// A record arriving that points at a record deleted here: a teammate changed it before their
// laptop saw the deletion (a contact edited offline while her stakeholder was deleted here).
// It takes the cascade the deletion applied here (shared/domain/references.ts, as cascade.ts
// does): an id leaves a list or a field is emptied; a record that cannot be without the one
// deleted (a contact without her stakeholder) is not stored, and every version of it is
// deleted, so that it does not come back pointing at nothing on any laptop. Deleted here means
// the document's winner is a deletion and no change waits here to bring it back (an Undo).

type Arriving = { parsed: Exclude<IncomingDoc, { kind: 'rejected' }>; rev: string };

export interface ArrivingAfterDeletions<One extends Arriving> {
  /** What to store: the records without the ids of records deleted here. */
  incoming: One[];
  /** Documents of records that cannot be without a record deleted here: not stored, their versions to delete. */
  dropped: string[];
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
  if (held.length === 0) return { incoming: [...incoming], dropped: [] };
  const states = await targetStates(
    local,
    held.map((one) => one.docId),
  );
  if (![...states.values()].includes('deleted')) return { incoming: [...incoming], dropped: [] };
  const waiting = await db.table<OutboxRow, number>(SYNC_OUTBOX_TABLE).toArray();
  const changedHere = new Set(waiting.map((row) => docIdOf(row.table, row.key)));
  const gone = (docId: string) => states.get(docId) === 'deleted' && !changedHere.has(docId);
  const dropped = new Set<string>();
  const judged = incoming.map((one): One => {
    if (one.parsed.kind !== 'record') return one;
    const after = afterDeletions(one.parsed.table, one.parsed.record, gone);
    if (after.cannotLive.length > 0) dropped.add(one.parsed.docId);
    return after.record === one.parsed.record ? one : { ...one, parsed: { ...one.parsed, record: after.record } };
  });
  // Every change of a document dropped: an earlier one of the batch would otherwise be stored as its latest.
  return { incoming: judged.filter(({ parsed }) => !dropped.has(parsed.docId)), dropped: [...dropped] };
}

/** Deletes every version of the records dropped; one changed meanwhile arrives again, and is judged again. */
export async function deleteDropped(local: PouchDatabase, dropped: readonly string[]): Promise<void> {
  for (const docId of dropped) await deleteEveryVersion(local, docId);
}
