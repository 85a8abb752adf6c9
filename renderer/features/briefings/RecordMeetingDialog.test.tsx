import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createAction } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RecordMeetingDialog } from './RecordMeetingDialog';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('recording a meeting as done', () => {
  it('shows what is wrong next to the fields and saves nothing', async () => {
    const action = await createAction(db, {
      title: 'Tavolo ASL Napoli 1',
      kind: 'network-meeting',
      date: '2026-03-04',
      status: 'planned',
    });
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <RecordMeetingDialog action={action} contacts={[]} staff={[]} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Record the meeting as done' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Outcome' }), {
      target: { value: 'x'.repeat(20_001) },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a follow-up' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a follow-up' }));
    // The first row stays blank (left out); the second is too long.
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Follow-up 2' }), {
      target: { value: 'y'.repeat(2001) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record as done' }));

    const outcome = await within(dialog).findByRole('textbox', {
      name: 'Outcome',
      description: 'Too long: at most 20,000 characters.',
    });
    expect(outcome.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('textbox', { name: 'Follow-up 2' }).getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('textbox', { name: 'Follow-up 1' }).getAttribute('aria-invalid')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.actions.get(action.id)).toEqual(action);
    expect(await db.followUps.count()).toBe(0);
  });
});
