import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBriefingModel } from '../../../shared/briefing/briefingModel';
import { BRIEFING_SECTIONS } from '../../../shared/domain/briefing';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createAction } from '../../db/repositories/actions';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RecordMeetingDialog, attendanceChoices } from './RecordMeetingDialog';

// "Who attended" is what the coordinator ticks; nobody unseen may be recorded as present.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('recording a meeting from a briefing with an attendee removed by hand', () => {
  it('records as present only contacts the dialog showed', async () => {
    const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Caserta' }));
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const prefetto = await createContact(db, contactInput(prefettura.id, { name: 'Carla Prefetti', emails: [] }));
    const psychologist = await createContact(db, contactInput(asl.id, { name: 'Marco Aslini', emails: [] }));
    const action = await createAction(db, {
      title: 'Tavolo di rete Caserta',
      kind: 'network-meeting',
      date: '2026-12-01',
      status: 'planned',
      targetIds: [prefettura.id],
      participantIds: [prefetto.id, psychologist.id],
    });
    // The ASL sent word it will not come: the coordinator took it off the briefing.
    const model = buildBriefingModel(
      { kind: 'action', actionId: action.id },
      BRIEFING_SECTIONS,
      {
        stakeholders: [prefettura, asl],
        contacts: [prefetto, psychologist],
        relationships: [],
        agreements: [],
        actions: [action],
        followUps: [],
        staff: [],
      },
      { today: '2026-12-07', attendeeChanges: { removedStakeholderIds: [asl.id] } },
    );
    const choices = attendanceChoices(model, [prefetto, psychologist]);
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <RecordMeetingDialog action={action} contacts={choices} staff={[]} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Record the meeting as done' });
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(dialog).getByRole('checkbox', { name: 'Carla Prefetti – Prefettura di Caserta' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record as done' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());

    const stored = await db.actions.get(action.id);
    const names = await Promise.all(
      (stored?.participantIds ?? []).map(async (id) => (await db.contacts.get(id))?.name ?? id),
    );
    expect(
      names,
      'recorded as present: the ASL’s psychologist, whom the dialog never showed (the ASL was removed from the briefing)',
    ).toEqual(['Carla Prefetti']);
  });
});
