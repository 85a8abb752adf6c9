import { describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { MemoryPouch } from '../../test/support/memoryPouch';
import { bridge, handSyncedLaptops, syncBoth, type HandSyncedLaptop } from '../../test/support/handSyncedLaptops';
import { createContact, deleteContacts } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { createTraining } from '../db/repositories/trainings';
import { stampChange, undoChange } from '../db/undo';
import { readHeldRecords } from './heldRecords';
import { readInboundCheckpoint } from './inboundApply';
import type { PouchDatabase } from './pouchdb';
import { SYNC_OUTBOX_TABLE, type OutboxRow } from './syncTables';

// Anna deletes Ada, an attendee of a training, and undoes it. Marco's laptop hears of the
// deletion but not of the cascade's version of the training, then receives the Undo's version
// with only a stub of the one before. Taken for a teammate's edit, it would lose Ada again and
// be sent back: the Undo lost on every laptop. It cannot be told apart, so it is held like a
// restore, listed with what it waits for, and stored once Ada is back.

const side = handSyncedLaptops();
const replicateOnly = (from: PouchDatabase, to: PouchDatabase, docIds: string[]) =>
  (MemoryPouch.replicate as (s: PouchDatabase, t: PouchDatabase, o: object) => Promise<unknown>)(from, to, {
    doc_ids: docIds,
  });

/** Up to the training's Undo version reaching Marco, Ada's restore not yet. */
async function undoArrivingBeforeItsAttendee(a: HandSyncedLaptop, b: HandSyncedLaptop) {
  const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
  const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
  const { training } = await createTraining(a.db, { title: 'Corso', date: '2026-10-02', attendeeIds: [ada.id] });
  await syncBoth(a, b);
  const deletion = await deleteContacts(a.db, [ada.id]);
  await bridge(a);
  await replicateOnly(a.local, b.local, [`contacts:${ada.id}`]);
  await bridge(b);
  expect(await undoChange(a.db, await stampChange(deletion.change)), 'set-up: undone').toMatchObject({
    isApplied: true,
  });
  await bridge(a);
  await replicateOnly(a.local, b.local, [`trainings:${training.id}`]);
  await bridge(b);
  return { ada, training };
}

describe('an Undo of a deletion whose cascade this laptop never saw', () => {
  it('stands on every laptop', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const { ada, training } = await undoArrivingBeforeItsAttendee(a, b);
    for (let round = 0; round < 2; round++) await syncBoth(a, b);
    const held = await Promise.all([a, b].map(async (laptop) => laptop.db.trainings.get(training.id)));
    expect(
      held.map((one) => one?.attendeeIds),
      'Anna undid the deletion, yet Ada left the training again on both laptops',
    ).toEqual([[ada.id], [ada.id]]);
  });

  it('is held and listed meanwhile, not sent back, and stored once the attendee is back', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const { ada, training } = await undoArrivingBeforeItsAttendee(a, b);
    const trainingDoc = `trainings:${training.id}`;
    const { held } = await readInboundCheckpoint(b.local);
    expect(held, 'the training is held while Ada is deleted on Marco’s laptop').toEqual([trainingDoc]);
    const listed = await readHeldRecords(b.local, held);
    expect(listed.map((one) => [one.docId, one.waitsFor])).toEqual([
      [trainingDoc, [{ field: 'attendeeIds', table: 'contacts' }]],
    ]);
    const outbox = await b.db.table<OutboxRow, number>(SYNC_OUTBOX_TABLE).toArray();
    expect(
      outbox.map((row) => row.key),
      'nothing goes back from Marco’s laptop',
    ).not.toContain(training.id);
    await replicateOnly(a.local, b.local, [`contacts:${ada.id}`]);
    await bridge(b);
    expect((await b.db.trainings.get(training.id))?.attendeeIds, 'stored once Ada is back').toEqual([ada.id]);
    expect((await readInboundCheckpoint(b.local)).held).toEqual([]);
  });
});
