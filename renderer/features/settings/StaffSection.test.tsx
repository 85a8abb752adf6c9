import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createAction, createFollowUp } from '../../db/repositories/actions';
import { createStaffMember } from '../../db/repositories/organisation';
import { I18nProvider } from '../../i18n/I18nProvider';
import { StaffSection } from './StaffSection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

function renderSection() {
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <StaffSection />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

async function seedOwnerOfWork() {
  const member = await createStaffMember(db, { name: 'Paola Esempio', role: 'Advocacy officer' });
  const actions = [];
  for (const title of ['Incontro con la ASL', 'Tavolo prefettura']) {
    actions.push(
      await createAction(db, {
        title,
        kind: 'bilateral-meeting',
        date: '2026-03-04',
        status: 'done',
        ownerId: member.id,
      }),
    );
  }
  await createFollowUp(db, { actionId: actions[0]!.id, text: 'Inviare il verbale', ownerId: member.id });
  return member;
}

describe('the staff section', () => {
  it('says what a deletion touches, clears the owner everywhere, and undoes it', async () => {
    const member = await seedOwnerOfWork();
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Paola Esempio' }, FIRST_ANSWER));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Paola Esempio?' });
    await within(dialog).findByText(
      'Paola Esempio will be taken off 2 advocacy actions and 1 follow-up; the records themselves stay.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Paola Esempio deleted.'));
    expect(await db.staff.get(member.id)).toBeUndefined();
    expect((await db.actions.toArray()).map((action) => action.ownerId)).toEqual([null, null]);
    expect((await db.followUps.toArray()).map((followUp) => followUp.ownerId)).toEqual([null]);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Delete Paola Esempio' });
    expect((await db.actions.toArray()).map((action) => action.ownerId)).toEqual([member.id, member.id]);
    expect((await db.followUps.toArray()).map((followUp) => followUp.ownerId)).toEqual([member.id]);
  });

  it('offers to mark the person inactive instead, keeping them on their work', async () => {
    const member = await seedOwnerOfWork();
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Paola Esempio' }, FIRST_ANSWER));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Paola Esempio?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark as inactive' }));

    await screen.findByText('inactive');
    expect((await db.staff.get(member.id))?.isActive).toBe(false);
    expect((await db.actions.toArray()).map((action) => action.ownerId)).toEqual([member.id, member.id]);
  });
});
