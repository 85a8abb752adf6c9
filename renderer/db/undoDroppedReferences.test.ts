import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/enums';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import { describeDoneTrimmed } from '../app/notifications/UndoConflictDialog';
import type { I18nValue } from '../i18n/I18nContext';
import { translate, translatePlural } from '../i18n/translate';
import { findDanglingReferences } from './danglingReferences';
import type { TramaDatabase } from './db';
import { createAgreement, deleteAgreement } from './repositories/agreements';
import { createContact, deleteContacts } from './repositories/contacts';
import { deleteAction, saveActionWithFollowUps } from './repositories/actions';
import { createProgramme, createStaffMember, deleteStaffMember } from './repositories/organisation';
import { createStakeholder, deleteStakeholders } from './repositories/stakeholders';
import { createTraining, deleteTraining } from './repositories/trainings';
import { stampChange, undoChange } from './undo';

// Undo of a deletion after a record the deleted row listed was deleted too: the row comes back
// without that id, as deleting the record would have left it, instead of being lost with it.
// A row whose single required reference is gone still stays out.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** What the notice says once Undo is done, in `language`. */
function doneNotice(language: Language, trimmed: Parameters<typeof describeDoneTrimmed>[2]): string {
  const t = ((key, ...params) => translate(language, key, ...params)) as I18nValue['t'];
  const tn = ((key, count, ...params) => translatePlural(language, key, count, ...params)) as I18nValue['tn'];
  return describeDoneTrimmed(t, tn, trimmed);
}

async function stakeholder(name: string) {
  return createStakeholder(db, stakeholderInput({ name }));
}

describe('undo of a deletion whose row lists a record deleted since', () => {
  it('brings a training back without an attendee deleted after it, and says so', async () => {
    const cas = await stakeholder('CAS Napoli');
    const anna = await createContact(db, contactInput(cas.id, { name: 'Anna Prova' }));
    const marco = await createContact(db, contactInput(cas.id, { name: 'Marco Esempio' }));
    const { training } = await createTraining(db, {
      title: 'Linee guida nei CAS',
      topic: 'Linee guida',
      date: '2025-03-10',
      region: 'campania',
      attendeeIds: [anna.id, marco.id],
    });
    const change = await stampChange(await deleteTraining(db, training.id));
    await deleteContacts(db, [anna.id]);

    const outcome = await undoChange(db, change);
    expect(
      (await db.trainings.get(training.id))?.attendeeIds,
      `Undo held the training back: ${JSON.stringify(outcome.conflicts.map((conflict) => conflict.reason))}`,
    ).toEqual([marco.id]);
    expect(outcome).toMatchObject({ isApplied: true, isComplete: true, conflicts: [], dependents: [] });
    expect(outcome.trimmed).toEqual([
      {
        table: 'trainings',
        key: training.id,
        label: 'Linee guida nei CAS',
        reason: 'trimmed',
        missing: 'contacts',
        count: 1,
      },
    ]);
    expect(doneNotice('en', outcome.trimmed!)).toBe(
      'Undone. 1 record came back without records it referred to that no longer exist: ' +
        'Linee guida nei CAS (Training): brought back without 1 record that no longer exists (Contact person).',
    );
    expect(doneNotice('it', outcome.trimmed!)).toContain(
      'Linee guida nei CAS (Formazione): ripristino senza 1 elemento',
    );
    expect(await findDanglingReferences(db)).toEqual([]);
  });

  it('brings a stakeholder back without a programme deleted since, and its contacts with it', async () => {
    const programme = await createProgramme(db, { name: 'PsychCare' });
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 4', programmeIds: [programme.id] }));
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Prova' }));
    const change = await stampChange((await deleteStakeholders(db, [asl.id])).change);
    await db.programmes.delete(programme.id);

    const outcome = await undoChange(db, change);
    expect(outcome).toMatchObject({ isComplete: true, conflicts: [], dependents: [] });
    expect((await db.stakeholders.get(asl.id))?.programmeIds).toEqual([]);
    expect((await db.contacts.get(anna.id))?.name).toBe('Anna Prova');
    expect(await findDanglingReferences(db)).toEqual([]);
  });

  it('brings an agreement back with the parties still there, its party index following them', async () => {
    const [asl, cas, sai] = [await stakeholder('ASL'), await stakeholder('CAS'), await stakeholder('SAI')];
    const agreement = await createAgreement(db, {
      title: 'Protocollo',
      kind: 'memorandum-of-understanding',
      status: 'signed',
      parties: [asl, cas, sai].map((party) => ({ stakeholderId: party.id, role: 'signatory' as const })),
    });
    const change = await stampChange(await deleteAgreement(db, agreement.id));
    await deleteStakeholders(db, [sai.id]);

    const outcome = await undoChange(db, change);
    expect(outcome.isComplete).toBe(true);
    const row = await db.agreements.get(agreement.id);
    expect(row?.parties.map((party) => party.stakeholderId)).toEqual([asl.id, cas.id]);
    expect(row?.partyIds).toEqual([asl.id, cas.id]);
  });
});

describe('undo of a deletion whose row cannot go without a record deleted since', () => {
  it('still holds back a contact whose stakeholder was deleted since', async () => {
    const asl = await stakeholder('ASL Roma 3');
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Prova' }));
    const change = await stampChange((await deleteContacts(db, [anna.id])).change);
    await deleteStakeholders(db, [asl.id]);

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts).toEqual([
      { table: 'contacts', key: anna.id, label: 'Anna Prova', reason: 'dangling', missing: 'stakeholders' },
    ]);
    expect(outcome.trimmed).toBeUndefined();
    expect(await db.contacts.get(anna.id)).toBeUndefined();
    expect(await findDanglingReferences(db)).toEqual([]);
  });

  it('still holds back an agreement that would be left with fewer than two parties', async () => {
    const [asl, cas] = [await stakeholder('ASL'), await stakeholder('CAS')];
    const agreement = await createAgreement(db, {
      title: 'Convenzione',
      kind: 'convention',
      status: 'drafting',
      parties: [asl, cas].map((party) => ({ stakeholderId: party.id, role: 'signatory' as const })),
    });
    const change = await stampChange(await deleteAgreement(db, agreement.id));
    await deleteStakeholders(db, [cas.id]);

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts.map(({ table, reason, missing }) => ({ table, reason, missing }))).toEqual([
      { table: 'agreements', reason: 'dangling', missing: 'stakeholders' },
    ]);
    expect(await db.agreements.get(agreement.id)).toBeUndefined();
  });

  it('still holds back an action whose owner left since (the field is not a list), and its follow-ups with it', async () => {
    const asl = await stakeholder('ASL Roma 4');
    const owner = await createStaffMember(db, { name: 'Giulia Operatrice' });
    const { action } = await saveActionWithFollowUps(
      db,
      null,
      {
        title: 'Incontro',
        kind: 'bilateral-meeting',
        date: '2026-11-20',
        status: 'done',
        targetIds: [asl.id],
        ownerId: owner.id,
      },
      [{ text: 'Richiamare il DSM' }],
    );
    const change = await stampChange(await deleteAction(db, action.id));
    await deleteStaffMember(db, owner.id);

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts).toEqual([
      { table: 'actions', key: action.id, label: 'Incontro', reason: 'dangling', missing: 'staff' },
    ]);
    expect(outcome.dependents.map(({ table, reason, by }) => ({ table, reason, by }))).toEqual([
      { table: 'followUps', reason: 'needs', by: { table: 'actions', label: 'Incontro' } },
    ]);
    expect(await findDanglingReferences(db)).toEqual([]);
  });
});
