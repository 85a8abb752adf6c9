import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createAction, createFollowUp } from '../../db/repositories/actions';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { StakeholderActionsSection } from './StakeholderActionsSection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

describe("a stakeholder's timeline", () => {
  it('shows a meeting one of its contacts attended as contact, and no open follow-ups for a cancelled action', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1' }));
    const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' }));
    const psychologist = await createContact(db, contactInput(asl.id, { name: 'Laura Esempio' }));
    await createAction(db, {
      title: 'Tavolo prefettura',
      kind: 'bilateral-meeting',
      date: '2026-03-04',
      status: 'done',
      targetIds: [prefettura.id],
      participantIds: [psychologist.id],
    });
    const cancelled = await createAction(db, {
      title: 'Visita annullata',
      kind: 'bilateral-meeting',
      date: '2026-02-01',
      status: 'cancelled',
      targetIds: [asl.id],
    });
    await createFollowUp(db, { actionId: cancelled.id, text: 'Mandare il verbale', dueDate: '2026-02-10' });

    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <StakeholderActionsSection stakeholder={asl} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const timeline = await screen.findByRole('list', { name: 'Actions with ASL Napoli 1, newest first' }, FIRST_ANSWER);
    expect(
      within(timeline)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Tavolo prefettura', 'Visita annullata']);
    expect(screen.getByTestId('last-contact').textContent).toBe('Last contact: 4 Mar 2026');
    expect(timeline.textContent).not.toMatch(/open|overdue/);
  });
});
