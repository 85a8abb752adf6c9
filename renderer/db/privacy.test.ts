import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { tablesMentioning } from '../../test/support/references';
import { collectPersonalData, erasePerson } from './privacy';
import { createAction, createFollowUp } from './repositories/actions';
import { createContact } from './repositories/contacts';
import { createStakeholder } from './repositories/stakeholders';
import { undoChange } from './undo';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function seed() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', province: 'CE', notes: 'Sentire Giovanna Esempio per il tavolo' }));
  const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio', emails: ['giovanna.esempio@example.org'], phones: ['+39 0823 000 000'] }));
  const other = await createContact(db, contactInput(asl.id, { name: 'Carlo Finto', emails: [] }));
  const meeting = await createAction(db, { title: 'Incontro DSM', kind: 'bilateral-meeting', date: '2026-09-10', status: 'done', targetIds: [asl.id], participantIds: [giovanna.id, other.id], outcome: 'Giovanna Esempio invierà i dati' });
  await createFollowUp(db, { actionId: meeting.id, text: 'Richiamare Giovanna Esempio', dueDate: '2026-10-01' });
  return { asl, giovanna, other, meeting };
}

describe('access to one person’s data (GDPR Art. 15)', () => {
  it('gathers the record, the organisation, participations and every note naming them', async () => {
    const { giovanna, meeting, asl } = await seed();
    const report = await collectPersonalData(db, giovanna.id, new Date('2026-11-22T10:00:00Z'));
    expect(report.contact.emails).toEqual(['giovanna.esempio@example.org']);
    expect(report.organisation).toEqual({ id: asl.id, name: 'ASL Caserta' });
    expect(report.participations.map((action) => action.id)).toEqual([meeting.id]);
    expect(report.mentionsInNotes.map((mention) => `${mention.table}.${mention.field}`).sort()).toEqual(['actions.outcome', 'followUps.text', 'stakeholders.notes']);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('erasure of one person (GDPR Art. 17)', () => {
  it('leaves no reference to them in any table, touching no one else', async () => {
    const { giovanna, other, meeting } = await seed();
    expect(await tablesMentioning(db, giovanna.id)).toEqual(['contacts', 'actions']);
    const change = await erasePerson(db, giovanna.id);
    expect(await tablesMentioning(db, giovanna.id)).toEqual([]);
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([other.id]);
    expect(await db.contacts.get(other.id)).toBeDefined();
    await undoChange(db, change);
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([giovanna.id, other.id]);
  });
});
