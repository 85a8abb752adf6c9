import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../db';
import { createContact, patchContact } from './contacts';
import { applyListEdits } from './listEdits';
import { createStakeholder, patchStakeholder } from './stakeholders';

// A save applies what the user added to and removed from a list onto the list as it is now.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('list edits applied to the list as it is now', () => {
  it('adds and removes the user’s items, keeping those changed meanwhile', () => {
    const applied = applyListEdits({ tags: ['a', 'b', 'meanwhile'] }, { tags: ['a', 'c'] }, { tags: ['a', 'b'] }, [
      'tags',
    ]);
    expect(applied.tags).toEqual(['a', 'meanwhile', 'c']);
  });

  it('writes a list whole when the opened list is not given', () => {
    expect(applyListEdits({ tags: ['a', 'b'] }, { tags: ['c'] }, undefined, ['tags']).tags).toEqual(['c']);
  });

  it('keeps a programme added meanwhile to a stakeholder', async () => {
    const body = await createStakeholder(db, stakeholderInput({ programmeIds: ['p1'] }));
    await patchStakeholder(db, body.id, { programmeIds: ['p1', 'p2'] });
    const { stakeholder } = await patchStakeholder(db, body.id, { programmeIds: ['p3'] }, { programmeIds: ['p1'] });
    expect(stakeholder.programmeIds, 'the programme added meanwhile was dropped').toEqual(['p2', 'p3']);
  });

  it('keeps an email added meanwhile to a contact', async () => {
    const asl = await createStakeholder(db, stakeholderInput());
    const anna = await createContact(db, contactInput(asl.id, { emails: ['anna@asl.it'] }));
    await patchContact(db, anna.id, { emails: ['anna@asl.it', 'segreteria@asl.it'] });
    const { contact } = await patchContact(
      db,
      anna.id,
      { emails: ['anna@asl.it', 'anna.rossi@asl.it'] },
      { emails: ['anna@asl.it'] },
    );
    expect(contact.emails).toEqual(['anna@asl.it', 'segreteria@asl.it', 'anna.rossi@asl.it']);
  });
});
