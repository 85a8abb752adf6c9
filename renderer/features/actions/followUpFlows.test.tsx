import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../shared/domain/common';
import { onRomeTime } from '../../../test/support/romeTime';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { briefingForAction } from '../../db/repositories/briefings';
import { createAction, createFollowUp, saveActionWithFollowUps } from '../../db/repositories/actions';
import { createStaffMember } from '../../db/repositories/organisation';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionDetailPage } from './ActionDetailPage';
import { ActionFollowUpsSection } from './ActionFollowUpsSection';
import { FollowUpList } from './FollowUpList';

// Follow-ups as an advocacy officer meets them on the dashboard's list, on the action's page,
// and when deleting an action: each place says and does the same.

onRomeTime();

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

function withProviders(children: React.ReactNode) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

describe('marking a follow-up done from the open list', () => {
  it('is taken back by Undo even when "Mark done" was double-clicked', async () => {
    const action = await createAction(db, {
      title: 'Incontro ASL Salerno',
      kind: 'bilateral-meeting',
      date: '2026-11-20',
      status: 'done',
    });
    const followUp = await createFollowUp(db, { actionId: action.id, text: 'Inviare il verbale', dueDate: null });
    render(withProviders(<FollowUpList scope="open" />));

    const button = await screen.findByRole('button', { name: /Inviare il verbale/ }, FIRST_ANSWER);
    // A double-click: both clicks land before the list has heard of the first one.
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(async () => expect((await db.followUps.get(followUp.id))?.doneOn).not.toBeNull());
    const undo = await screen.findByRole('button', { name: 'Undo' });
    fireEvent.click(undo);
    await screen.findByText(/Undone|undone/, undefined, FIRST_ANSWER);

    expect(
      (await db.followUps.get(followUp.id))?.doneOn,
      'after Undo of "Mark done" the follow-up should be open again (doneOn null); a second click marked it done a ' +
        'second time, and Undo only took back that second marking',
    ).toBeNull();
  });
});

describe('who owns a follow-up without an owner of its own', () => {
  it('is said the same on the dashboard list and on the action page', async () => {
    const giulia = await createStaffMember(db, { name: 'Giulia Esempio' });
    const action = await createAction(db, {
      title: 'Tavolo prefettura Napoli',
      kind: 'bilateral-meeting',
      date: '2026-11-20',
      status: 'done',
      ownerId: giulia.id,
    });
    const followUp = await createFollowUp(db, { actionId: action.id, text: 'Mandare la bozza', dueDate: null });

    render(
      withProviders(
        <>
          <FollowUpList scope="open" />
          <ActionFollowUpsSection action={action} followUps={[followUp]} />
        </>,
      ),
    );
    const dashboardList = await screen.findByRole('list', { name: /open follow-ups/i }, FIRST_ANSWER);
    await within(dashboardList).findByText(/Giulia Esempio/, undefined, FIRST_ANSWER);
    const actionList = screen.getByRole('list', { name: 'Follow-ups' });

    expect(
      within(actionList).getByRole('listitem').textContent,
      'the dashboard names the action’s owner (Giulia Esempio) for this follow-up; the action page says "No owner"',
    ).toContain('Giulia Esempio');
  });
});

describe('deleting an action a briefing was prepared from', () => {
  it('says in the confirmation that the briefing goes too', async () => {
    const action = await createAction(db, {
      title: 'Visita al CAS di Caserta',
      kind: 'bilateral-meeting',
      date: localIsoDate(),
      status: 'planned',
    });
    await briefingForAction(db, action);
    expect(await db.briefings.count()).toBe(1);

    render(withProviders(<ActionDetailPage actionId={action.id} />));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }, FIRST_ANSWER));
    const confirm = await screen.findByRole('dialog', { name: /Delete “Visita al CAS di Caserta”/ });

    // The confirmation reads what goes with the action (previewDeletion) before it says it.
    await waitFor(() => expect(within(confirm).queryByRole('status')).toBeNull(), FIRST_ANSWER);
    expect(
      confirm.textContent,
      'deleteAction takes the briefing prepared from the action with it (cascade), but the confirmation does not say so',
    ).toMatch(/briefing/i);
  });
});

describe("the order of an action's open follow-ups on its page", () => {
  it('puts the dated (here overdue) ones before those without a due date, as the follow-ups list does', async () => {
    const { action } = await saveActionWithFollowUps(
      db,
      null,
      { title: 'Incontro ASL Salerno', kind: 'bilateral-meeting', date: '2026-11-20', status: 'done' },
      [
        { text: 'Richiamare il DSM', dueDate: null },
        { text: 'Inviare il verbale', dueDate: '2026-11-25' },
      ],
    );
    render(withProviders(<ActionDetailPage actionId={action.id} />));
    const list = await screen.findByRole('list', { name: 'Follow-ups' }, FIRST_ANSWER);

    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.follow-up-text')?.textContent),
      'the action page lists the follow-up without a due date above the overdue one (Dexie sorts null before ' +
        'dates); the follow-ups list and the dashboard put undated ones last',
    ).toEqual(['Inviare il verbale', 'Richiamare il DSM']);
  });
});
