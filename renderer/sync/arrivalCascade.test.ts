import { describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import {
  bridge,
  conflictsOn,
  handSyncedLaptops,
  replicate,
  syncBoth,
  type HandSyncedLaptop,
} from '../../test/support/handSyncedLaptops';
import { findDanglingReferences } from '../db/danglingReferences';
import { createContact, deleteContacts } from '../db/repositories/contacts';
import { stampChange, undoChange } from '../db/undo';
import { MemoryPouch } from '../../test/support/memoryPouch';
import type { PouchDatabase } from './pouchdb';
import { createStakeholder } from '../db/repositories/stakeholders';
import { createTraining, updateTraining } from '../db/repositories/trainings';
import { dropIdenticalVersions } from './conflicts';

// What a laptop changes in a record arriving that points at a record deleted here
// (inboundReferences.ts): the attendee deleted leaves the training, and her entry in its tally
// of former attendees (deletedTallies.ts). Three laptops replicated by hand.

const side = handSyncedLaptops();

/**
 * Offline, Marco adds Ada to two trainings while Anna deletes her; Chiara hears of the deletion
 * first. Then Marco's trainings reach Anna and Chiara, each applying them on her own.
 */
async function attendeeAddedWhileDeleted() {
  const [a, b, c] = [side('anna'), side('marco'), side('chiara')];
  const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
  const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
  const bruno = await createContact(a.db, contactInput(asl.id, { name: 'Bruno Verdi' }));
  const base = { date: '2026-10-02', attendeeIds: [bruno.id] };
  const { training: first } = await createTraining(a.db, { ...base, title: 'Corso linee guida' });
  const { training: second } = await createTraining(a.db, { ...base, title: 'Corso avanzato' });
  await syncBoth(a, b);
  await syncBoth(a, c);
  for (const training of [first, second])
    await updateTraining(b.db, training.id, { ...base, title: training.title, attendeeIds: [bruno.id, ada.id] });
  await deleteContacts(a.db, [ada.id]);
  await syncBoth(a, c);
  await bridge(b);
  await replicate(b, a);
  await replicate(b, c);
  await bridge(a);
  await bridge(c);
  return { a, b, c, first, second, ada };
}

const tokensOf = async (laptop: HandSyncedLaptop, id: string) =>
  ((await laptop.db.trainings.get(id))?.formerAttendees ?? []).map((entry) => entry.token);

describe('an attendee dropped from a training on arrival', () => {
  it('is tallied with the same token on every training and every laptop', async () => {
    const { a, c, first, second } = await attendeeAddedWhileDeleted();
    const tokens = {
      annaFirst: await tokensOf(a, first.id),
      annaSecond: await tokensOf(a, second.id),
      chiaraFirst: await tokensOf(c, first.id),
    };
    expect(tokens.annaFirst, 'set-up: Ada is tallied on arrival').toHaveLength(1);
    expect(
      tokens,
      'each arrival drew a token of its own: Ada counts twice in the report, and Anna’s and Chiara’s versions differ',
    ).toEqual({ annaFirst: tokens.annaFirst, annaSecond: tokens.annaFirst, chiaraFirst: tokens.annaFirst });
  });

  it('is sent back, so that every laptop holds the same training and none a reference to nothing', async () => {
    const { a, b, c, first, second, ada } = await attendeeAddedWhileDeleted();
    for (let round = 0; round < 2; round++) {
      await syncBoth(a, b);
      await syncBoth(b, c);
      await syncBoth(a, c);
    }
    for (const id of [first.id, second.id]) {
      const held = await Promise.all([a, b, c].map(async (laptop) => laptop.db.trainings.get(id)));
      expect(
        held.map((training) => training?.attendeeIds.includes(ada.id)),
        'the attendee dropped on arrival stayed on the laptop that added her: the laptops disagree silently',
      ).toEqual([false, false, false]);
      expect(held[1], 'Marco’s training differs from Anna’s').toEqual(held[0]);
      expect(held[2], 'Chiara’s training differs from Anna’s').toEqual(held[0]);
      expect(held[0]?.formerAttendees, 'Ada stays counted once').toHaveLength(1);
    }
    for (const laptop of [a, b, c]) {
      expect(await findDanglingReferences(laptop.db), `a reference to nothing on ${laptop.member}'s laptop`).toEqual(
        [],
      );
      // Laptops that each sent the training back made versions alike: the engine drops those by itself.
      for (const conflict of await conflictsOn(laptop)) await dropIdenticalVersions(laptop.local, conflict.docId);
      expect(await conflictsOn(laptop), `a conflict listed on ${laptop.member}'s laptop`).toEqual([]);
    }
  });
});

describe('a training put back by an Undo, arriving before the attendee put back with it', () => {
  it('is not sent back without her: the Undo stands on every laptop', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const asl = await createStakeholder(a.db, stakeholderInput({ name: 'ASL Caserta' }));
    const ada = await createContact(a.db, contactInput(asl.id, { name: 'Ada Neri' }));
    const { training } = await createTraining(a.db, { title: 'Corso', date: '2026-10-02', attendeeIds: [ada.id] });
    await syncBoth(a, b);
    const deletion = await deleteContacts(a.db, [ada.id]);
    await syncBoth(a, b);
    expect(await undoChange(a.db, await stampChange(deletion.change)), 'set-up: undone').toMatchObject({
      isApplied: true,
    });
    await bridge(a);
    // The changes feed keeps no order across documents: the training comes first, alone.
    await (MemoryPouch.replicate as (s: PouchDatabase, t: PouchDatabase, o: object) => Promise<unknown>)(
      a.local,
      b.local,
      { doc_ids: [`trainings:${training.id}`] },
    );
    await bridge(b);
    for (let round = 0; round < 2; round++) await syncBoth(a, b);
    const held = await Promise.all([a, b].map(async (laptop) => laptop.db.trainings.get(training.id)));
    expect(
      held.map((one) => ({ attendeeIds: one?.attendeeIds, former: one?.formerAttendees ?? [] })),
      'the training Anna put back lost Ada again on arrival at Marco’s: the Undo did not stand',
    ).toEqual([
      { attendeeIds: [ada.id], former: [] },
      { attendeeIds: [ada.id], former: [] },
    ]);
  });
});
