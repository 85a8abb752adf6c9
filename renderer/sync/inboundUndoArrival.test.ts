import { describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { MemoryPouch } from '../../test/support/memoryPouch';
import { bridge, handSyncedLaptops, syncBoth } from '../../test/support/handSyncedLaptops';
import { createContact, deleteContacts } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { createTraining } from '../db/repositories/trainings';
import { stampChange, undoChange } from '../db/undo';
import type { PouchDatabase } from './pouchdb';

// Review: a version that names again what its previous version lost (an Undo made elsewhere)
// is told by reading that previous version's body from this laptop's PouchDB (putsBack). A
// laptop that heard of the deletion but not yet of the cascade's version of the training (the
// changes feed keeps no order across documents; Undo is offered for ten seconds) receives the
// Undo's version with only a stub of the one before: it takes the Undo for a teammate's edit,
// drops the attendee again and sends that back, and the Undo is lost on every laptop.

const side = handSyncedLaptops();
const replicateOnly = (from: PouchDatabase, to: PouchDatabase, docIds: string[]) =>
  (MemoryPouch.replicate as (s: PouchDatabase, t: PouchDatabase, o: object) => Promise<unknown>)(from, to, {
    doc_ids: docIds,
  });

describe('an Undo of a deletion whose cascade this laptop never saw', () => {
  it('stands on every laptop', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const { training } = await createTraining(a.db, { title: 'Corso', date: '2026-10-02', attendeeIds: [ada.id] });
    await syncBoth(a, b);

    const deletion = await deleteContacts(a.db, [ada.id]);
    await bridge(a);
    // Marco hears of Ada's deletion; the training's version without her has not reached him yet.
    await replicateOnly(a.local, b.local, [`contacts:${ada.id}`]);
    await bridge(b);
    expect(await undoChange(a.db, await stampChange(deletion.change)), 'set-up: undone').toMatchObject({
      isApplied: true,
    });
    await bridge(a);
    // The training comes next, as the Undo left it (its version before is only a stub here).
    await replicateOnly(a.local, b.local, [`trainings:${training.id}`]);
    await bridge(b);
    for (let round = 0; round < 2; round++) await syncBoth(a, b);

    const held = await Promise.all([a, b].map(async (laptop) => laptop.db.trainings.get(training.id)));
    expect(
      held.map((one) => one?.attendeeIds),
      'Anna undid the deletion, yet Ada left the training again on both laptops',
    ).toEqual([[ada.id], [ada.id]]);
  });
});
