import { describe, expect, it } from 'vitest';
import { bridge, conflictsOn, handSyncedLaptops, syncBoth } from '../../test/support/handSyncedLaptops';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { createContact, deleteContacts, updateContact } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { stampChange, undoChange } from '../db/undo';
import { deleteRecordInConflict } from './conflictDeletion';
import type { PouchDatabase } from './pouchdb';

// "Delete" in the Conflicts list makes the person's deletion the winner of the deleted
// document. A record edited many times on the laptop that deleted it (a laptop offline for
// weeks) leaves that laptop's deletion, settled by a deletion without an author, many
// revisions deeper than the person's: their deletion must still win, or Undo brings the
// conflict back; and it must win in a few writes, not one revision handed to the team for
// each revision of depth it makes up.

const laptop = handSyncedLaptops();
const NOW = new Date('2026-12-06T12:00:00.000Z');
const EDITS_WHILE_OFFLINE = 60;

const generation = (rev: string) => Number.parseInt(rev.split('-')[0] ?? '0', 10);

/** How many revisions the database has stored so far (PouchDB's own adapters count them). */
async function revisionsStored(local: PouchDatabase): Promise<number> {
  return Number((await local.info()).update_seq);
}

describe('Undo of a Conflicts-list deletion whose other deletion is many revisions deeper', () => {
  it('does not bring the conflict back', async () => {
    const [anna, marco] = [laptop('anna'), laptop('marco')];
    const asl = await createStakeholder(anna.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(anna.db, contactInput(asl.id, { name: 'Ada Neri' }));
    await syncBoth(anna, marco);
    // Anna, offline, edits Ada's notes many times (each handed to her PouchDB), then deletes her.
    for (let edit = 0; edit < EDITS_WHILE_OFFLINE; edit++) {
      await updateContact(anna.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', notes: `nota ${edit}` }));
      await bridge(anna);
    }
    await deleteContacts(anna.db, [ada.id]);
    await updateContact(marco.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra' }));
    await syncBoth(anna, marco);
    const [conflict] = await conflictsOn(marco);
    expect(
      conflict?.deletions.map((deletion) => deletion.changedBy),
      'set-up: Anna’s deletion is listed',
    ).toEqual(['anna']);

    // Marco deletes it from his Conflicts list, then thinks again.
    const storedBefore = await revisionsStored(marco.local);
    const outcome = await deleteRecordInConflict(marco.db, marco.local, conflict!, 'marco', NOW);
    const undo = outcome.ok ? outcome.undo : undefined;
    expect(undo, 'set-up: the deletion offers Undo').toBeDefined();
    expect(
      (await revisionsStored(marco.local)) - storedBefore,
      'revisions written by the deletion (the deletion, Anna’s deletion settled, the deletion made to win)',
    ).toBeLessThanOrEqual(3);
    const leaves = (await marco.local.get(conflict!.docId, { open_revs: 'all' })).flatMap((leaf) =>
      leaf.ok ? [leaf.ok] : [],
    );
    const winner = (await marco.local.allDocs({ keys: [conflict!.docId] })).rows[0]?.value;
    const winning = leaves.find((leaf) => leaf._rev === winner?.rev);
    const others = leaves.filter((leaf) => leaf !== winning).map((leaf) => generation(String(leaf._rev)));
    expect(winning?.changedBy, 'Marco’s deletion does not win the deleted document').toBe('marco');
    expect(
      generation(String(winning?._rev)),
      'Marco’s deletion was not written one revision deeper than the deepest other version',
    ).toBe(Math.max(...others) + 1);
    // The engine hands the deletion over at once, as it does on any write.
    await syncBoth(anna, marco);
    expect(await anna.db.contacts.get(ada.id), 'set-up: deleted for Anna too').toBeUndefined();
    expect(
      (await anna.local.allDocs({ keys: [conflict!.docId] })).rows[0]?.value?.rev,
      'Marco’s deletion, with the revisions made up below it, did not reach Anna as the winner',
    ).toBe(winner?.rev);
    await undoChange(marco.db, await stampChange(undo!));
    await syncBoth(anna, marco);

    expect((await marco.db.contacts.get(ada.id))?.role, 'set-up: Ada is back for Marco').toBe('Psichiatra');
    expect(
      (await conflictsOn(marco)).map((listed) => listed.deletions.map((deletion) => deletion.changedBy)),
      `the conflict came back after Undo: Anna's deletion was ${EDITS_WHILE_OFFLINE} revisions deeper`,
    ).toEqual([]);
  });
});
