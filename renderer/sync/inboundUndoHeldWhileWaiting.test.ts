import { describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { MemoryPouch } from '../../test/support/memoryPouch';
import { bridge, handSyncedLaptops, syncBoth } from '../../test/support/handSyncedLaptops';
import { createContact, deleteContacts } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import { createTraining } from '../db/repositories/trainings';
import { stampChange, undoChange } from '../db/undo';
import { readHeldRecords } from './heldRecords';
import { readInboundCheckpoint } from './inboundApply';
import type { PouchDatabase } from './pouchdb';
import { SYNC_OUTBOX_TABLE, type OutboxRow } from './syncTables';

// An Undo's version arriving where the versions before it are only stubs (the laptop heard of
// the deletion, not of the cascade's version) cannot be told from a teammate's edit: it is held
// like a restore, listed with what it waits for, and not sent back less the id it puts back.

const side = handSyncedLaptops();
const replicateOnly = (from: PouchDatabase, to: PouchDatabase, docIds: string[]) =>
  (MemoryPouch.replicate as (s: PouchDatabase, t: PouchDatabase, o: object) => Promise<unknown>)(from, to, {
    doc_ids: docIds,
  });

describe('an Undo arriving before the record it puts back, its earlier versions unread here', () => {
  it('is held and listed, not sent back, and stored once the record is back', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const { training } = await createTraining(a.db, { title: 'Corso', date: '2026-10-02', attendeeIds: [ada.id] });
    await syncBoth(a, b);
    const deletion = await deleteContacts(a.db, [ada.id]);
    await bridge(a);
    await replicateOnly(a.local, b.local, [`contacts:${ada.id}`]);
    await bridge(b);
    await undoChange(a.db, await stampChange(deletion.change));
    await bridge(a);
    await replicateOnly(a.local, b.local, [`trainings:${training.id}`]);
    await bridge(b);

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
