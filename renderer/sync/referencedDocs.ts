import { SYNCED_TABLES } from '../../shared/domain/entities';
import { referencesIn, type Reference } from '../../shared/domain/references';
import { afterTargetsDeleted } from '../../shared/domain/targetsDeleted';
import { docIdOf, type SyncedRecord, type SyncedTable } from '../../shared/sync/syncDocs';
import type { PouchDatabase } from './pouchdb';

// What the records a synced record points at are in this laptop's PouchDB, by the registry of
// references (shared/domain/references.ts): live, deleted (a deletion is the document's
// winner), or never seen. A resolution may keep only references to live records; a record
// arriving that points at one deleted here takes the deletion's cascade (inboundReferences.ts).

export type TargetState = 'live' | 'deleted' | 'unknown';

export interface HeldReference {
  reference: Reference;
  id: string;
  docId: string;
}

const isSynced = (table: string): table is SyncedTable => (SYNCED_TABLES as readonly string[]).includes(table);

/** The references a record holds to records of synced tables (the others cannot be checked here). */
export function referencesHeld(table: SyncedTable, record: SyncedRecord): HeldReference[] {
  return referencesIn(table, record).flatMap(({ reference, id }) =>
    isSynced(reference.to) ? [{ reference, id, docId: docIdOf(reference.to, id) }] : [],
  );
}

/** The state of each document named, by id. */
export async function targetStates(local: PouchDatabase, docIds: Iterable<string>): Promise<Map<string, TargetState>> {
  const keys = [...new Set(docIds)];
  if (keys.length === 0) return new Map();
  const { rows } = await local.allDocs({ keys });
  return new Map(
    rows.map((row, index): [string, TargetState] => [
      keys[index]!,
      !row.value ? 'unknown' : row.value.deleted ? 'deleted' : 'live',
    ]),
  );
}

/** The field of a record that holds a reference: the first step of its path (`parties[].stakeholderId` → `parties`). */
export function fieldOfPath(path: string): string {
  return path.split('.')[0]!.replace(/\[\]$/, '');
}

/** A record with what the deletion of records it points at does to it (cascade.ts, as the registry says). */
export interface RecordAfterDeletions {
  /** The record without the ids of the records gone (a participant off the list, an owner emptied). */
  record: SyncedRecord;
  /** Fields it cannot be without (its stakeholder, or the last of a list that may not be empty): the record goes, or is refused. */
  cannotLive: Array<{ field: string; table: SyncedTable }>;
  /** Fields that lost ids (or were emptied), the record staying. */
  lessened: Array<{ field: string; table: SyncedTable }>;
}

/** Applies to a record the cascade of the deletion of the documents in `gone`. */
export function afterDeletions(
  table: SyncedTable,
  record: SyncedRecord,
  gone: (docId: string) => boolean,
): RecordAfterDeletions {
  const byReference = new Map<Reference, Set<string>>();
  for (const held of referencesHeld(table, record)) {
    if (!gone(held.docId)) continue;
    const ids = byReference.get(held.reference) ?? new Set<string>();
    byReference.set(held.reference, ids.add(held.id));
  }
  let kept = record;
  const cannotLive: RecordAfterDeletions['cannotLive'] = [];
  const lessened: RecordAfterDeletions['lessened'] = [];
  for (const [reference, ids] of byReference) {
    const missing = { field: fieldOfPath(reference.path), table: reference.to as SyncedTable };
    // A list that falls back on another (a briefing's stakeholders added by hand) takes none of those gone.
    const after = afterTargetsDeleted(kept, reference, ids, (id) => gone(docIdOf(reference.to as SyncedTable, id)));
    if (after === null) cannotLive.push(missing);
    else {
      kept = after;
      lessened.push(missing);
    }
  }
  return { record: kept, cannotLive, lessened };
}
