import type { Contact } from '../../shared/domain/contact';
import { REFERENCES, valuesAt, type Reference } from '../../shared/domain/references';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { formerAttendeesOf, withFormerAttendees, type Training } from '../../shared/domain/training';
import { formerAttendeeToken } from '../../shared/sync/formerAttendeeToken';
import { docIdOf, type SyncedRecord, type SyncedTable } from '../../shared/sync/syncDocs';
import type { PouchDatabase, PouchDocument } from './pouchdb';

// A record taking the cascade of deletions made here on another laptop's version (a training
// arriving, or a resolution keeping a teammate's version) loses the ids of records deleted
// here. Where the registry keeps a tally of those (shared/domain/references.ts
// `tallyOnTargetDeleted`: a training's former attendees), each id taken off leaves its entry,
// as the app's own deletion does (renderer/db/cascade.ts): the person deleted is read as she
// last was, from this laptop's PouchDB (she is gone from the app's database), and her
// organisation likewise. One whose versions are gone (an erasure compacts them) leaves none.
// Her token comes from that last version's revision (shared/sync/formerAttendeeToken.ts): the
// same on every training and every laptop that tallies her so.

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const generation = (rev: unknown) => Number.parseInt(String(rev).split('-')[0] ?? '0', 10);

export interface LiveVersion {
  record: SyncedRecord;
  rev: string;
}

/** The latest live version of a document, its winner a deletion or not; null when none is kept. */
export async function lastLiveVersion(local: PouchDatabase, docId: string): Promise<LiveVersion | null> {
  let leaves;
  try {
    leaves = await local.get(docId, { open_revs: 'all', revs: true });
  } catch {
    return null;
  }
  // Of two versions as deep, the greater revision, as PouchDB picks its winner: alike everywhere.
  const liveOf = (docs: readonly PouchDocument[]): LiveVersion | undefined => {
    const latest = docs
      .filter((doc) => doc._deleted !== true && doc.record !== undefined)
      .sort((a, b) => generation(b._rev) - generation(a._rev) || byText(String(b._rev), String(a._rev)))[0];
    return latest && { record: latest.record as SyncedRecord, rev: String(latest._rev) };
  };
  const leafDocs = leaves.flatMap((leaf) => (leaf.ok ? [leaf.ok] : []));
  const live = liveOf(leafDocs);
  if (live) return live;
  const ancestors = leafDocs.flatMap(({ _revisions: revisions }) =>
    revisions ? revisions.ids.slice(1).map((id, index) => `${revisions.start - 1 - index}-${id}`) : [],
  );
  if (ancestors.length === 0) return null;
  const older = await local.get(docId, { open_revs: [...new Set(ancestors)] });
  return liveOf(older.flatMap((leaf) => (leaf.ok ? [leaf.ok] : []))) ?? null;
}

/**
 * `after` (the record `before` less the ids of records deleted here, referencedDocs.ts
 * afterDeletions) with the tally entries of the ids it lost, where the registry keeps one.
 */
export async function withDeletedTallied(
  local: PouchDatabase,
  table: SyncedTable,
  before: SyncedRecord,
  after: SyncedRecord,
): Promise<SyncedRecord> {
  if (after === before) return after;
  let tallied = after;
  for (const reference of REFERENCES as readonly Reference[]) {
    if (reference.from !== table || reference.tallyOnTargetDeleted !== 'former-attendees') continue;
    const kept = new Set(valuesAt(after, reference.path));
    const removed = [...new Set(valuesAt(before, reference.path))].filter((id) => !kept.has(id));
    if (removed.length === 0) continue;
    const versions = (
      await Promise.all(removed.map(async (id) => lastLiveVersion(local, docIdOf('contacts', id))))
    ).flatMap((version) => (version ? [version] : []));
    const contacts = versions.map((version) => version.record as Contact);
    const organisations = await Promise.all(
      [...new Set(contacts.map((contact) => contact.stakeholderId))].map(
        async (id) => (await lastLiveVersion(local, docIdOf('stakeholders', id)))?.record as Stakeholder | undefined,
      ),
    );
    const tokens = new Map(
      versions.map(({ record, rev }) => [record.id, formerAttendeeToken(docIdOf('contacts', record.id), rev)] as const),
    );
    const entries = formerAttendeesOf(contacts, organisations, tokens);
    tallied = withFormerAttendees(tallied as Training, [...entries.values()]) as SyncedRecord;
  }
  return tallied;
}
