import { describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { createContact } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import {
  contactIdsOf,
  contactsOfAny,
  contactsWithOrganisation,
  countContactsOf,
  withOrganisationNames,
} from './contactQueries';

const database = databasePerTest();

describe('the contact queries', () => {
  it('list every contact person by name with the name of their organisation', async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const comune = await createStakeholder(db, stakeholderInput({ name: 'Comune di Aversa' }));
    await createContact(db, contactInput(comune.id, { name: 'Paolo Esempio' }));
    await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio' }));
    expect(
      (await contactsWithOrganisation(db)).map(({ contact, organisation }) => [contact.name, organisation]),
    ).toEqual([
      ['Giovanna Esempio', 'ASL Caserta'],
      ['Paolo Esempio', 'Comune di Aversa'],
    ]);
  });

  it("leave out contacts that are gone and name a missing organisation ''", async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput());
    const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio' }));
    // A dangling reference, as an old backup may hold one.
    await db.stakeholders.delete(asl.id);
    expect(await withOrganisationNames(db, [undefined, giovanna, undefined])).toEqual([
      { contact: giovanna, organisation: '' },
    ]);
  });

  it("find a stakeholder's contacts, and none for no stakeholder at all", async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput());
    const comune = await createStakeholder(db, stakeholderInput({ name: 'Comune di Aversa' }));
    const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio' }));
    const paolo = await createContact(db, contactInput(comune.id, { name: 'Paolo Esempio' }));
    expect((await contactsOfAny(db, [asl.id, comune.id])).map((contact) => contact.id).sort()).toEqual(
      [giovanna.id, paolo.id].sort(),
    );
    expect(await contactsOfAny(db, [])).toEqual([]);
    expect(await contactIdsOf(db, asl.id)).toEqual([giovanna.id]);
    expect(await countContactsOf(db, comune.id)).toBe(1);
    expect(await countContactsOf(db, '__proto__')).toBe(0);
  });
});
