import { describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { createAction, createFollowUp, markFollowUpDone } from '../db/repositories/actions';
import { createContact } from '../db/repositories/contacts';
import { createStakeholder } from '../db/repositories/stakeholders';
import {
  actionDetail,
  actionList,
  findAction,
  openFollowUpsWithActions,
  participantChoices,
  plannedActions,
  stakeholderActivity,
} from './actionQueries';

const database = databasePerTest();

const done = (title: string, date: string) => ({
  title,
  date,
  kind: 'network-meeting' as const,
  status: 'done' as const,
});

async function network() {
  const db = database();
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1' }));
  const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' }));
  const laura = await createContact(db, contactInput(asl.id, { name: 'Laura Esempio' }));
  const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Esempio' }));
  const marco = await createContact(db, contactInput(prefettura.id, { name: 'Marco Esempio' }));
  return { asl, prefettura, laura, anna, marco };
}

describe('the action queries', () => {
  it('give an action with its follow-ups by due date, its targets and its participants with their organisations', async () => {
    const db = database();
    const { asl, prefettura, laura } = await network();
    const meeting = await createAction(db, {
      ...done('Tavolo', '2026-03-04'),
      targetIds: [prefettura.id, asl.id],
      participantIds: [laura.id],
    });
    await createFollowUp(db, { actionId: meeting.id, text: 'Secondo', dueDate: '2026-04-02' });
    await createFollowUp(db, { actionId: meeting.id, text: 'Primo', dueDate: '2026-04-01' });
    await db.stakeholders.delete(prefettura.id);
    const detail = await actionDetail(db, meeting.id);
    expect(detail?.followUps.map((followUp) => followUp.text)).toEqual(['Primo', 'Secondo']);
    expect(detail?.targets.map((target) => target.name)).toEqual(['ASL Napoli 1']);
    expect(detail?.participants.map(({ contact, organisation }) => [contact.name, organisation])).toEqual([
      ['Laura Esempio', 'ASL Napoli 1'],
    ]);
    expect(await actionDetail(db, '__proto__')).toBeNull();
    expect(await findAction(db, meeting.id)).toEqual(meeting);
  });

  it("give a stakeholder's actions, as target or through its contacts, newest first, each once, with their follow-ups", async () => {
    const db = database();
    const { asl, prefettura, laura, marco } = await network();
    const visit = await createAction(db, { ...done('Visita', '2026-01-10'), targetIds: [asl.id] });
    const table = await createAction(db, {
      ...done('Tavolo', '2026-03-04'),
      targetIds: [asl.id, prefettura.id],
      participantIds: [laura.id],
    });
    const letter = await createAction(db, {
      ...done('Lettera', '2026-02-01'),
      targetIds: [prefettura.id],
      participantIds: [laura.id],
    });
    await createAction(db, { ...done('Altro', '2026-02-02'), targetIds: [prefettura.id], participantIds: [marco.id] });
    await createFollowUp(db, { actionId: letter.id, text: 'Risposta' });
    const activity = await stakeholderActivity(db, asl.id);
    expect(activity.actions.map((action) => action.id)).toEqual([table.id, letter.id, visit.id]);
    expect(activity.followUps.map((followUp) => followUp.text)).toEqual(['Risposta']);
    expect(activity.contactIds).toHaveLength(2);
    expect(await stakeholderActivity(db, 'nobody')).toEqual({ actions: [], followUps: [], contactIds: [] });
  });

  it('give the open follow-ups with their actions, the list, and the planned actions', async () => {
    const db = database();
    const planned = await createAction(db, {
      title: 'Da fare',
      kind: 'letter-or-position-paper',
      date: '2026-05-01',
      status: 'planned',
    });
    const done = await createAction(db, {
      title: 'Fatto',
      kind: 'letter-or-position-paper',
      date: '2026-01-01',
      status: 'done',
    });
    const open = await createFollowUp(db, { actionId: done.id, text: 'Aperto' });
    const closed = await createFollowUp(db, { actionId: done.id, text: 'Chiuso' });
    await markFollowUpDone(db, closed.id, '2026-01-02');
    expect(await openFollowUpsWithActions(db)).toEqual([{ followUp: open, action: done }]);
    expect((await actionList(db)).openFollowUps).toEqual([open]);
    expect((await actionList(db)).actions).toHaveLength(2);
    expect(await plannedActions(db)).toEqual([planned]);
  });

  it("offer the targets' contacts by name to tick, and the other participants chosen apart", async () => {
    const db = database();
    const { asl, prefettura, laura, marco } = await network();
    const choices = await participantChoices(db, [asl.id, 'gone'], [laura.id, marco.id, 'gone']);
    const offered = choices.groups.map((group) => [
      group.stakeholder.name,
      group.contacts.map((contact) => contact.name),
    ]);
    expect(offered).toEqual([['ASL Napoli 1', ['Anna Esempio', 'Laura Esempio']]]);
    expect(choices.others).toEqual([marco]);
    expect(await participantChoices(db, [prefettura.id], [])).toEqual({
      groups: [{ stakeholder: prefettura, contacts: [marco] }],
      others: [],
    });
    expect(await participantChoices(db, [], [])).toEqual({ groups: [], others: [] });
  });
});
