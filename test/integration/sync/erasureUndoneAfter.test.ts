import { describe, expect, it } from 'vitest';
import { readCopiesPending } from '../../../renderer/db/copiesPending';
import { readErasedContactIds } from '../../../renderer/db/erasedContacts';
import { erasePerson } from '../../../renderer/db/privacy';
import { createContact, deleteContacts } from '../../../renderer/db/repositories/contacts';
import { createStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { stampChange, undoChange } from '../../../renderer/db/undo';
import { erasureMarkerDocId } from '../../../shared/sync/erasureMarker';
import { contactInput, stakeholderInput } from '../../support/builders';
import { adminRequest, eventually, teamPerFile, type Laptop } from '../../support/syncLaptops';

// Issue 15: an erasure a laptop carried out while online, then taken back on the laptop that
// made it. The person comes back on both laptops and neither lists them as erased any more,
// so that a restore does not warn about them and a later ordinary deletion stays ordinary.
// A version of the person made without seeing the deletion keeps them erased. The reminder to
// check kept copies for her goes too, on both laptops; a reminder for someone still erased stays.

const NAME = 'Ada Neri';
const EMAIL = 'ada.neri@example.org';

interface ServerDoc {
  _rev: string;
  _revisions: { start: number; ids: string[] };
  record: Record<string, unknown>;
  [field: string]: unknown;
}

const team = teamPerFile();

async function teamOfTwoWithAda() {
  const database = await team.database();
  const anna = team.laptop(database, 'anna');
  const marco = team.laptop(database, 'marco');
  await Promise.all([anna.engine.start(), marco.engine.start()]);
  const asl = await createStakeholder(anna.db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
  const ada = await createContact(anna.db, contactInput(asl.id, { name: NAME, emails: [EMAIL] }));
  await eventually(
    () => marco.db.contacts.get(ada.id),
    (found) => expect(found).toBeDefined(),
  );
  const docPath = (docId: string) => `/${database}/${encodeURIComponent(docId)}`;
  return { anna, marco, ada, database, docPath };
}

/** Waits until Marco's laptop has carried out the erasure: Ada gone, and on his list. */
async function erasedOn(laptop: Laptop, contactId: string) {
  await eventually(
    async () => ({
      contact: await laptop.db.contacts.get(contactId),
      isListed: (await readErasedContactIds(laptop.db)).has(contactId),
    }),
    (state) => expect(state).toEqual({ contact: undefined, isListed: true }),
  );
}

describe('an erasure carried out by an online laptop', () => {
  it('taken back on the laptop that made it brings the person back on both, listed as erased on neither', async () => {
    const { anna, marco, ada, database, docPath } = await teamOfTwoWithAda();
    const erased = await erasePerson(anna.db, ada.id, { marker: '[erased]' });
    await erasedOn(marco, ada.id);
    const marker = (await adminRequest(team.server, docPath(erasureMarkerDocId(ada.id)))) as ServerDoc;

    expect(await undoChange(anna.db, await stampChange(erased.change))).toMatchObject({ isComplete: true });
    expect([...(await readErasedContactIds(anna.db))]).toEqual([]);
    await eventually(
      () => marco.db.contacts.get(ada.id),
      (found) => expect(found).toMatchObject({ name: NAME, emails: [EMAIL] }),
    );
    expect(
      [...(await readErasedContactIds(marco.db))],
      'Marco’s laptop still lists Ada as erased after the erasure was undone',
    ).toEqual([]);

    // Marco deletes her the ordinary way: a deletion reaches the server, and no marker of his.
    await deleteContacts(marco.db, [ada.id]);
    await eventually(
      () =>
        adminRequest(
          team.server,
          `/${database}/_all_docs?keys=${encodeURIComponent(JSON.stringify([`contacts:${ada.id}`]))}`,
        ),
      (answer) => expect(answer).toMatchObject({ rows: [{ value: { deleted: true } }] }),
    );
    await eventually(
      () => anna.db.contacts.get(ada.id),
      (found) => expect(found).toBeUndefined(),
    );
    expect(await adminRequest(team.server, docPath(erasureMarkerDocId(ada.id)))).toMatchObject({ _rev: marker._rev });
    expect([...(await readErasedContactIds(marco.db))]).toEqual([]);
    expect([...(await readErasedContactIds(anna.db))]).toEqual([]);
  });

  it('taken back, takes the reminder to check copies for her off both laptops and keeps another person’s', async () => {
    const { anna, marco, ada } = await teamOfTwoWithAda();
    const bruno = await createContact(anna.db, contactInput(ada.stakeholderId, { name: 'Bruno Sala', emails: [] }));
    await eventually(
      () => marco.db.contacts.get(bruno.id),
      (found) => expect(found).toBeDefined(),
    );
    await erasePerson(anna.db, bruno.id, { marker: '[erased]' });
    await erasedOn(marco, bruno.id);
    const erased = await erasePerson(anna.db, ada.id, { marker: '[erased]' });
    await erasedOn(marco, ada.id);
    // Marco's laptop keeps no copies to check here: both reminders stay until the user acts.
    const remindedOf = async (laptop: Laptop) =>
      (await readCopiesPending(laptop.db)).map((entry) => entry.contactId).sort();
    expect(await remindedOf(marco)).toEqual([ada.id, bruno.id].sort());
    expect(await remindedOf(anna)).toEqual([ada.id, bruno.id].sort());

    expect(await undoChange(anna.db, await stampChange(erased.change))).toMatchObject({ isComplete: true });
    expect(await remindedOf(anna), 'Anna’s laptop still reminds her to check copies for Ada').toEqual([bruno.id]);
    await eventually(
      () => marco.db.contacts.get(ada.id),
      (found) => expect(found).toMatchObject({ name: NAME, emails: [EMAIL] }),
    );
    expect(
      await remindedOf(marco),
      'Marco’s laptop still reminds him to check copies for Ada after the erasure was undone',
    ).toEqual([bruno.id]);
    expect([...(await readErasedContactIds(marco.db))]).toEqual([bruno.id]);
  });

  it('a laptop away while the erasure was made, taken back and the person then deleted, deletes her as usual', async () => {
    const { anna, marco, ada, database, docPath } = await teamOfTwoWithAda();
    marco.engine.setReplicating(false);
    const erased = await erasePerson(anna.db, ada.id, { marker: '[erased]' });
    // Each step handed to the replication before the next: sent, not folded into the next.
    await anna.engine.settle();
    expect(await undoChange(anna.db, await stampChange(erased.change))).toMatchObject({ isComplete: true });
    await anna.engine.settle();
    await deleteContacts(anna.db, [ada.id]);
    await anna.engine.settle();
    // The server holds her marker and her ordinary deletion, made on top of the version that took the erasure back.
    await eventually(
      async () => ({
        marker: await adminRequest(team.server, docPath(erasureMarkerDocId(ada.id))),
        contact: await adminRequest(
          team.server,
          `/${database}/_all_docs?keys=${encodeURIComponent(JSON.stringify([`contacts:${ada.id}`]))}`,
        ),
      }),
      (state) => {
        expect(state.marker).toMatchObject({ id: ada.id });
        expect(state.contact).toMatchObject({ rows: [{ value: { deleted: true } }] });
      },
    );
    marco.engine.setReplicating(true);
    await eventually(
      () => marco.engine.local.get(erasureMarkerDocId(ada.id)).catch(() => null),
      (marker) => expect(marker).not.toBeNull(),
    );
    await eventually(
      () => marco.db.contacts.get(ada.id),
      (found) => expect(found).toBeUndefined(),
    );
    await marco.engine.settle();
    expect(
      [...(await readErasedContactIds(marco.db))],
      'Marco’s laptop carried out an erasure that had been taken back before she was deleted',
    ).toEqual([]);
  });

  it('keeps the person erased when a version made without seeing the deletion arrives', async () => {
    const { anna, marco, ada, database, docPath } = await teamOfTwoWithAda();
    const beforeDeletion = (await adminRequest(team.server, `${docPath(`contacts:${ada.id}`)}?revs=true`)) as ServerDoc;
    await erasePerson(anna.db, ada.id, { marker: '[erased]' });
    await erasedOn(marco, ada.id);

    // A teammate who was offline changed her on the version before the deletion.
    const hash = crypto.randomUUID().replaceAll('-', '');
    const { start, ids } = beforeDeletion._revisions;
    const offlineVersion = {
      ...beforeDeletion,
      record: { ...beforeDeletion.record, emails: ['ada.offline@example.org'] },
      _rev: `${start + 1}-${hash}`,
      _revisions: { start: start + 1, ids: [hash, ...ids] },
    };
    await adminRequest(team.server, `/${database}/_bulk_docs`, {
      method: 'POST',
      body: { docs: [offlineVersion], new_edits: false },
    });
    for (const laptop of [anna, marco])
      await eventually(
        () => laptop.engine.local.get(`contacts:${ada.id}`, { rev: offlineVersion._rev }).catch(() => null),
        (found) => expect(found).not.toBeNull(),
      );
    await marco.engine.settle();
    await anna.engine.settle();
    expect(
      await marco.db.contacts.get(ada.id),
      'Marco’s laptop took back a version made without seeing the deletion',
    ).toBeUndefined();
    expect((await readErasedContactIds(marco.db)).has(ada.id)).toBe(true);
    expect(await anna.db.contacts.get(ada.id)).toBeUndefined();
    expect((await readErasedContactIds(anna.db)).has(ada.id)).toBe(true);
  });
});
