import { describe, expect, it } from 'vitest';
import { readCopiesPending } from '../../../renderer/db/copiesPending';
import { readErasedContactIds } from '../../../renderer/db/erasedContacts';
import { erasePerson } from '../../../renderer/db/privacy';
import { createContact } from '../../../renderer/db/repositories/contacts';
import { createStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { stampChange, undoChange } from '../../../renderer/db/undo';
import { contactInput, stakeholderInput } from '../../support/builders';
import { eventually, teamPerFile } from '../../support/syncLaptops';

// A teammate's erasure arriving by team sync adds to the lists every erasure shares (the
// erased ids, the reminder of copies to check): Undo of an erasure made here before it still
// brings its own person back, and the teammate's stays erased.

const team = teamPerFile();

describe('undo of an erasure after a teammate’s erasure arrived', () => {
  it('brings the person back and keeps the teammate’s erasure', async () => {
    const database = await team.database();
    const anna = team.laptop(database, 'anna');
    const marco = team.laptop(database, 'marco');
    await Promise.all([anna.engine.start(), marco.engine.start()]);
    const asl = await createStakeholder(anna.db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
    const ada = await createContact(anna.db, contactInput(asl.id, { name: 'Ada Neri', emails: [] }));
    const bruno = await createContact(anna.db, contactInput(asl.id, { name: 'Bruno Sala', emails: [] }));
    await eventually(
      () => marco.db.contacts.get(bruno.id),
      (found) => expect(found).toBeDefined(),
    );

    const erased = await stampChange((await erasePerson(anna.db, ada.id, { marker: '[erased]' })).change);
    await erasePerson(marco.db, bruno.id, { marker: '[erased]' });
    await eventually(
      async () => ({
        bruno: await anna.db.contacts.get(bruno.id),
        erased: [...(await readErasedContactIds(anna.db))].sort(),
      }),
      (state) => expect(state).toEqual({ bruno: undefined, erased: [ada.id, bruno.id].sort() }),
    );

    const outcome = await undoChange(anna.db, erased);

    expect(outcome.conflicts).toEqual([]);
    expect(outcome.isComplete).toBe(true);
    expect(await anna.db.contacts.get(ada.id)).toMatchObject({ name: 'Ada Neri' });
    expect(await anna.db.contacts.get(bruno.id)).toBeUndefined();
    expect([...(await readErasedContactIds(anna.db))]).toEqual([bruno.id]);
    expect((await readCopiesPending(anna.db)).map((entry) => entry.contactId)).toEqual([bruno.id]);
    await eventually(
      () => marco.db.contacts.get(ada.id),
      (found) => expect(found).toMatchObject({ name: 'Ada Neri' }),
    );
  });
});
