import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPIES_PENDING_META_KEY, ERASED_CONTACTS_META_KEY } from '../../shared/domain/personalData';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import { readCopiesPending, removeCopiesPending } from './copiesPending';
import type { TramaDatabase } from './db';
import { readErasedContactIds } from './erasedContacts';
import { collectPersonalData, erasePerson } from './privacy';
import { createContact } from './repositories/contacts';
import { createStakeholder, deleteStakeholders } from './repositories/stakeholders';
import { stampChange, undoChange } from './undo';

// The erased contacts' ids and the reminder of copies to check are lists every erasure shares:
// Undo of one erasure takes out only its own person, whatever other erasures did to the lists since.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function threePeople() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
  const [anna, bruno, carla] = await Promise.all(
    ['Anna Prova', 'Bruno Finto', 'Carla Esempio'].map((name) => createContact(db, contactInput(asl.id, { name }))),
  );
  return { anna: anna!, bruno: bruno!, carla: carla! };
}

const pendingIds = async () => (await readCopiesPending(db)).map((entry) => entry.contactId).sort();

describe('undo of an erasure while other erasures share the lists', () => {
  it('brings the person back after a later erasure that still stands, which stays erased', async () => {
    const { anna, bruno } = await threePeople();
    const first = await stampChange((await erasePerson(db, anna.id)).change);
    await erasePerson(db, bruno.id);

    const outcome = await undoChange(db, first);

    expect(outcome.conflicts).toEqual([]);
    expect(outcome.isComplete).toBe(true);
    expect(await db.contacts.get(anna.id)).toEqual(anna);
    expect(await db.contacts.get(bruno.id)).toBeUndefined();
    expect([...(await readErasedContactIds(db))]).toEqual([bruno.id]);
    expect(await pendingIds()).toEqual([bruno.id]);
  });

  it('is allowed after the person’s copies were checked while another person’s reminder was pending', async () => {
    const { anna, carla } = await threePeople();
    await erasePerson(db, carla.id);
    const erasure = await stampChange((await erasePerson(db, anna.id)).change);
    await removeCopiesPending(db, anna.id);

    const outcome = await undoChange(db, erasure);

    expect(outcome.conflicts).toEqual([]);
    expect(outcome.isComplete).toBe(true);
    expect(await db.contacts.get(anna.id)).toEqual(anna);
    expect([...(await readErasedContactIds(db))]).toEqual([carla.id]);
    // Her copies were checked and she is back: no reminder is needed for her.
    expect(await pendingIds()).toEqual([carla.id]);
  });

  it('leaves no list rows once both erasures are undone, in either order', async () => {
    const { anna, bruno } = await threePeople();
    const first = await stampChange((await erasePerson(db, anna.id)).change);
    const second = await stampChange((await erasePerson(db, bruno.id)).change);

    expect((await undoChange(db, first)).isComplete).toBe(true);
    expect((await undoChange(db, second)).isComplete).toBe(true);

    expect(await db.contacts.get(anna.id)).toEqual(anna);
    expect(await db.contacts.get(bruno.id)).toEqual(bruno);
    expect(await db.meta.get(ERASED_CONTACTS_META_KEY)).toBeUndefined();
    expect(await db.meta.get(COPIES_PENDING_META_KEY)).toBeUndefined();
  });

  it('writes nothing to the lists when they already hold what Undo would leave', async () => {
    const { anna, carla } = await threePeople();
    await erasePerson(db, carla.id);
    const erasure = await stampChange((await erasePerson(db, anna.id)).change);
    await removeCopiesPending(db, anna.id);
    const pendingBefore = await db.meta.get(COPIES_PENDING_META_KEY);

    await undoChange(db, erasure);

    expect(await db.meta.get(COPIES_PENDING_META_KEY)).toEqual(pendingBefore);
  });
});

describe('undo of the rest of an erasure whose person cannot come back', () => {
  it('keeps the person on the erased list and the copies reminder while her record stays out', async () => {
    const { anna, bruno } = await threePeople();
    const erasure = await stampChange((await erasePerson(db, anna.id)).change);
    // Her organisation deleted since (Bruno with it): her record would point at nothing, so it is held back.
    await deleteStakeholders(db, [anna.stakeholderId]);
    expect(await db.contacts.get(bruno.id)).toBeUndefined();

    const outcome = await undoChange(db, erasure, 'safe-part');

    expect(outcome.conflicts.map((conflict) => [conflict.table, conflict.key, conflict.reason])).toEqual([
      ['contacts', anna.id, 'dangling'],
    ]);
    expect(await db.contacts.get(anna.id)).toBeUndefined();
    // Still erased: the list that keeps her from coming back and the reminder to check her copies stay.
    expect([...(await readErasedContactIds(db))]).toEqual([anna.id]);
    expect(await pendingIds()).toEqual([anna.id]);
  });

  it('leaves the mentions it replaced as erased as she is, and says why', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const prefettura = await createStakeholder(
      db,
      stakeholderInput({ name: 'Prefettura di Caserta', notes: 'Sentire Anna Prova per il tavolo' }),
    );
    const comune = await createStakeholder(
      db,
      stakeholderInput({ name: 'Comune di Aversa', notes: 'Nessun contatto' }),
    );
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Prova' }));
    const mentions = (await collectPersonalData(db, anna.id)).mentions.filter((place) => place.id === prefettura.id);
    expect(mentions).toHaveLength(1);
    const erasure = await stampChange((await erasePerson(db, anna.id, { mentions, marker: '[erased]' })).change);
    expect((await db.stakeholders.get(prefettura.id))?.notes).toBe('Sentire [erased] per il tavolo');
    await deleteStakeholders(db, [asl.id]);

    const outcome = await undoChange(db, erasure, 'safe-part');

    expect(await db.contacts.get(anna.id)).toBeUndefined();
    expect((await db.stakeholders.get(prefettura.id))?.notes, 'her name back in another record').toBe(
      'Sentire [erased] per il tavolo',
    );
    expect(outcome.dependents.map((held) => [held.table, held.key, held.reason, held.by?.table])).toEqual([
      ['stakeholders', prefettura.id, 'needs', 'contacts'],
    ]);
    expect(await db.stakeholders.get(comune.id)).toMatchObject({ notes: 'Nessun contatto' });
  });
});

describe('undo of a whole erasure with the mentions it replaced', () => {
  it('puts her name back where it was, with her', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const prefettura = await createStakeholder(
      db,
      stakeholderInput({ name: 'Prefettura di Caserta', notes: 'Sentire Anna Prova per il tavolo' }),
    );
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Prova' }));
    const mentions = (await collectPersonalData(db, anna.id)).mentions.filter((place) => place.id === prefettura.id);
    const erasure = await stampChange((await erasePerson(db, anna.id, { mentions, marker: '[erased]' })).change);

    const outcome = await undoChange(db, erasure);

    expect(outcome).toMatchObject({ isComplete: true, conflicts: [], dependents: [] });
    expect(await db.contacts.get(anna.id)).toEqual(anna);
    expect(await db.stakeholders.get(prefettura.id)).toEqual(prefettura);
  });
});
