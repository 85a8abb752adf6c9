import type { Contact } from '../../shared/domain/contact';
import type { PersonIdentity } from '../../shared/domain/mentions';
import type { MentionTarget } from '../../shared/domain/recordMentions';
import {
  erasureMarkerDocId,
  isPastErasure,
  parseErasureMarker,
  type ErasureMarker,
} from '../../shared/sync/erasureMarker';
import { docIdOf, parseIncomingDoc } from '../../shared/sync/syncDocs';
import { addCopiesPending, removeCopiesPending } from '../db/copiesPending';
import { withCopiesLock } from '../db/copiesLock';
import { createBackupRewriter } from '../db/eraseFromBackupInWorker';
import { eraseFromCopies, holdsPerson, isUnchecked, type KeptCopyStores } from '../db/erasureCopies';
import { readErasedContactIds, recordErasedContactIds } from '../db/erasedContacts';
import { identityOf } from '../db/personIdentity';
import { erasePersonInTransaction } from '../db/privacy';
import { eraseFromHistory } from '../db/repositories/history';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES } from '../db/schema';
import type { TramaDatabase } from '../db/tramaDatabase';
import type { PouchDatabase } from './pouchdb';

// A teammate erased a contact person (their marker arrived): this laptop erases them the way
// its own erasure does (privacy.ts), from what it holds. The deletion of their record usually
// arrived just before, but may come after, or never (the coordinator purged it from the
// server while this laptop was away): a record still here is erased whole, cascade and all;
// a record already gone leaves the history and the copies to clean, and who the person was is
// read from their document's last version in the local PouchDB. Their id joins this laptop's
// list of erased contacts, so that a restore leaves them out, and their copies are marked to
// check (Settings → Privacy reminds if the check cannot finish). Doing it twice does nothing.

export interface TeamErasure {
  contactId: string;
  /** Who the person was, as this laptop knew them: what its kept copies are searched for. */
  person: PersonIdentity;
  places: MentionTarget[];
}

const NOBODY: PersonIdentity = { name: '', emails: [], phones: [] };
/** Older versions of a deleted document looked through for the person's details. */
const VERSIONS_LOOKED_AT = 10;

const revisionOf = (start: number, ids: readonly string[], index: number) => `${start - index}-${ids[index]}`;

/**
 * Whether the person's document went on past the deletion the marker names: the erasure was
 * undone, or a restore brought the person back on purpose, and she may since have been deleted
 * the ordinary way (the marker stays on the server; a laptop that was away throughout then
 * deletes her as usual, it does not erase her). A change made without seeing the deletion (a
 * teammate offline), and the erasure's own deletion, are no such version: the erasure goes on.
 */
async function isBroughtBack(local: PouchDatabase, marker: ErasureMarker): Promise<boolean> {
  const docId = docIdOf('contacts', marker.id);
  const [row] = (await local.allDocs({ keys: [docId] })).rows;
  if (!row?.value) return false;
  return isPastErasure((await local.get(docId, { rev: row.value.rev, revs: true }))._revisions, marker.deletedRev);
}

/** What a live version of a person this laptop lists as erased means (judgeErasedVersions). */
export type ErasedVersion = 'brought-back' | 'kept-erased';

/**
 * Made on top of the deletion the erasure's marker names, a live version of a person listed
 * here is the erasure taken back after this laptop had carried it out (Undo on the laptop that
 * erased), or the person brought back on purpose by a restore: the inbound applier writes them
 * back and takes them off the list in one transaction, as that Undo took them off the list
 * there; left on it, a restore here would warn about them and a later ordinary deletion here
 * would travel as an erasure. What the erasure scrubbed here (history, kept copies) stays
 * scrubbed, as it does there. Made without seeing the deletion (a teammate who edited offline),
 * it is not written: the person stays erased here, and that teammate's laptop erases them when
 * the marker reaches it. The marker is read here, not carried from when it arrived: the list
 * holds only ids, and a person erased here has their marker in the local PouchDB too. With no
 * marker (a person erased before the team had them) a version is written as before.
 * Returns the verdict on each live version (contact id, revision); the others are left out.
 */
export async function judgeErasedVersions(
  local: PouchDatabase,
  versions: ReadonlyArray<{ contactId: string; rev: string }>,
): Promise<Map<string, ErasedVersion>> {
  const verdicts = new Map<string, ErasedVersion>();
  if (versions.length === 0) return verdicts;
  const { rows } = await local.allDocs({
    keys: versions.map(({ contactId }) => erasureMarkerDocId(contactId)),
    include_docs: true,
  });
  for (const [index, { contactId, rev }] of versions.entries()) {
    const parsed = rows[index]?.doc ? parseErasureMarker(rows[index].doc) : null;
    if (parsed?.kind !== 'marker') continue;
    const { _revisions: revisions } = await local.get(docIdOf('contacts', contactId), { rev, revs: true });
    verdicts.set(contactId, isPastErasure(revisions, parsed.marker.deletedRev) ? 'brought-back' : 'kept-erased');
  }
  return verdicts;
}

/** The person's details from the latest version of their document that still has them (a deletion has none). */
async function lastKnownDetails(
  local: PouchDatabase,
  contactId: string,
): Promise<Pick<Contact, 'id' | 'name' | 'emails' | 'phones'> | null> {
  const docId = docIdOf('contacts', contactId);
  const [row] = (await local.allDocs({ keys: [docId] })).rows;
  if (!row?.value) return null;
  try {
    const { _revisions: revisions } = await local.get(docId, { rev: row.value.rev, revs: true });
    if (!revisions) return null;
    for (let index = 0; index < Math.min(revisions.ids.length, VERSIONS_LOOKED_AT); index++) {
      const version = await local
        .get(docId, { rev: revisionOf(revisions.start, revisions.ids, index) })
        .catch(() => null);
      const parsed = parseIncomingDoc(version);
      if (parsed.kind === 'record' && parsed.table === 'contacts') {
        const { id, name, emails, phones } = parsed.record as unknown as Contact;
        return { id, name, emails, phones };
      }
    }
  } catch {
    // Compacted or never here: the history and the copies' own records say who the person was.
  }
  return null;
}

/** Erases one person a teammate erased; null when there is nothing left to do here. */
export async function applyTeamErasure(
  db: TramaDatabase,
  local: PouchDatabase,
  marker: ErasureMarker,
  markerText: string,
): Promise<TeamErasure | null> {
  if (await isBroughtBack(local, marker)) return null;
  const contactId = marker.id;
  const places = marker.places;
  // Read before the transaction: PouchDB's requests cannot wait inside one of Dexie's.
  const details = await lastKnownDetails(local, contactId);
  return withCopiesLock(() =>
    db.transaction('rw', TABLE_NAMES, async (): Promise<TeamErasure | null> => {
      const row = await db.contacts.get(contactId);
      if (row) {
        const { person } = await identityOf(db, row);
        // Mentions in this database arrive as the teammate replaced them; only the copies need the places.
        const erased = await erasePersonInTransaction(db, contactId, { marker: markerText });
        if (places.length > 0) await addCopiesPending(db, { contactId, places }, erased.change);
        return { contactId, person, places };
      }
      if ((await readErasedContactIds(db)).has(contactId)) return null;
      const person = details ? (await identityOf(db, details)).person : NOBODY;
      await eraseFromHistory(db, contactId, person, markerText);
      await recordErasedContactIds(db, [contactId]);
      // Nothing here to undo: the change it would be recorded in is dropped.
      await addCopiesPending(db, { contactId, places }, { before: {}, created: {} });
      return { contactId, person, places };
    }),
  );
}

/**
 * Takes the person out of every copy this laptop keeps, as the erasure dialog does after a
 * local erasure. Only when every copy was checked and none holds the person any more is the
 * reminder taken off; otherwise Settings → Privacy offers the check again, and its dialog
 * lists what could not be done.
 */
async function eraseTeamErasureFromCopies(
  db: TramaDatabase,
  erasure: TeamErasure,
  stores: KeptCopyStores,
  markerText: string,
): Promise<void> {
  const rewriter = createBackupRewriter();
  try {
    const { unlisted, outcomes } = await eraseFromCopies(
      {
        contactId: erasure.contactId,
        person: erasure.person,
        places: erasure.places,
        marker: markerText,
        currentSchemaVersion: CURRENT_SCHEMA_VERSION,
      },
      stores,
      rewriter.rewrite,
    );
    if (unlisted.length === 0 && !outcomes.some((outcome) => isUnchecked(outcome) || holdsPerson(outcome)))
      await removeCopiesPending(db, erasure.contactId);
  } finally {
    rewriter.dispose();
  }
}

/**
 * What follows teammates' erasures applied here: the local PouchDB is compacted, dropping the
 * bodies of the people's earlier versions (the deletions stay); then their kept copies are
 * checked one at a time in the background, since a copy may be a whole backup.
 */
export function followTeamErasures(
  db: TramaDatabase,
  local: PouchDatabase,
  { stores, markerText }: { stores: KeptCopyStores | undefined; markerText: string },
) {
  let checked: Promise<void> = Promise.resolve();
  return {
    async follow(erased: readonly TeamErasure[]): Promise<void> {
      await local.compact();
      if (!stores) return;
      for (const erasure of erased)
        checked = checked
          .then(() => eraseTeamErasureFromCopies(db, erasure, stores, markerText))
          .catch((error: unknown) => console.error('A teammate’s erasure could not be checked in the copies', error));
    },
    /** Settles once the copies of every erasure followed so far were checked. */
    get copiesChecked(): Promise<void> {
      return checked;
    },
  };
}
