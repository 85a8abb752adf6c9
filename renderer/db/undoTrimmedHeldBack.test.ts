import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { collectPersonalData, erasePerson } from './privacy';
import { createContact, deleteContacts } from './repositories/contacts';
import { createStakeholder, deleteStakeholders } from './repositories/stakeholders';
import { createTraining } from './repositories/trainings';
import { stampChange, undoChange } from './undo';

// Undo trims a row of ids of records deleted since only where that brings a record back: a row
// the change only updated (it is still there) stays as it is when a record it listed is held
// back by the same Undo, and a row bound to an erased person is never listed as coming back
// while it is held back with her.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const LONG_AGO = '2020-01-01T00:00:00.000Z';

async function trainingWith(attendeeIds: string[], notes = '') {
  const { training } = await createTraining(db, {
    title: 'Linee guida nei CAS',
    topic: 'Linee guida',
    date: '2025-03-10',
    region: 'campania',
    attendeeIds,
    notes,
  });
  // A training last edited long ago: its stamp differs from the one a cascade gives it now.
  await db.trainings.update(training.id, { updatedAt: LONG_AGO });
  return training;
}

describe('undo of a contact deletion whose contact is held back', () => {
  it('leaves a training the deletion only updated as it is, not rewritten with its old stamp', async () => {
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Napoli' }));
    const sai = await createStakeholder(db, stakeholderInput({ name: 'SAI Caserta' }));
    const anna = await createContact(db, contactInput(cas.id, { name: 'Anna Prova' }));
    const marco = await createContact(db, contactInput(sai.id, { name: 'Marco Esempio' }));
    const training = await trainingWith([anna.id, marco.id]);
    const change = await stampChange((await deleteContacts(db, [anna.id])).change);
    const asLeft = await db.trainings.get(training.id);
    // Anna cannot come back: her organisation is gone since.
    await deleteStakeholders(db, [cas.id]);

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts.map(({ table, reason }) => ({ table, reason }))).toEqual([
      { table: 'contacts', reason: 'dangling' },
    ]);
    expect(
      await db.trainings.get(training.id),
      'the training is rewritten as it was before the change minus Anna: same content, its updatedAt set back',
    ).toEqual(asLeft);
    expect(
      outcome.trimmed?.map(({ table, label }) => `${table}: ${label}`),
      'the dialog says a training that was never deleted "comes back without" Anna',
    ).toBeUndefined();
  });
});

describe('undo of an erasure whose person cannot come back', () => {
  it('does not list a row bound to the person both as held back and as coming back', async () => {
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Napoli' }));
    const anna = await createContact(db, contactInput(cas.id, { name: 'Anna Prova' }));
    const training = await trainingWith([anna.id], 'Anna Prova ha chiesto i materiali.');
    const report = await collectPersonalData(db, anna.id);
    const mentions = report.mentions.filter((mention) => mention.table === 'trainings');
    expect(mentions.length).toBeGreaterThan(0);
    const erased = await erasePerson(db, anna.id, { mentions, marker: '[cancellato]' });
    const change = await stampChange(erased.change);
    await deleteStakeholders(db, [cas.id]);

    // 'whole' writes nothing when something is held back: it only says what it would do.
    const outcome = await undoChange(db, change, 'whole');
    const heldBack = outcome.dependents.filter((entry) => entry.key === training.id).map((entry) => entry.reason);
    expect(heldBack).toEqual(['needs']);
    expect(
      (outcome.trimmed ?? []).filter((entry) => entry.key === training.id).map((entry) => entry.reason),
      'the training is held back with the person, yet listed as "brought back without" her',
    ).toEqual([]);
  });
});
