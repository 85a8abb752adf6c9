import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdvocacyActionInput } from '../../../shared/domain/action';
import { addDays, localIsoDate } from '../../../shared/domain/common';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionFormDialog } from './ActionFormDialog';

// A follow-up stored as done on a day still to come (saved before the check, restored from
// a backup, or synced from a teammate's laptop whose date was ahead) must still let the person
// edit its action: the check is on what the person types, as the forms let a tie copy stored
// before their check be edited (tieCopies.ts): the whole Save was refused until the person
// invented another date for a follow-up they did not touch.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

const meeting: AdvocacyActionInput = {
  title: 'Incontro con ASL Salerno',
  kind: 'bilateral-meeting',
  date: '2026-11-20',
  status: 'done',
};

describe('editing an action whose follow-up was stored done on a day to come', () => {
  it('saves the action’s own change, the follow-up left as stored', async () => {
    const { action, followUps } = await saveActionWithFollowUps(db, null, meeting, [{ text: 'Inviare il verbale' }]);
    const ahead = addDays(localIsoDate(), 1);
    // As a sync from a laptop a day ahead, or a backup, stores it: no form check on the way in.
    await db.followUps.update(followUps[0]!.id, { doneOn: ahead });
    const stored = { action, followUps: [{ ...followUps[0]!, doneOn: ahead }] };
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ActionFormDialog existing={stored} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: `Edit “${meeting.title}”` });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Title/ }), {
      target: { value: 'Incontro con ASL Salerno e DSM' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(
      () => expect(onClose.mock.calls.length + dialog.querySelectorAll('.field-error').length).toBeGreaterThan(0),
      FIRST_ANSWER,
    );

    expect(
      [...dialog.querySelectorAll('.field-error')].map((error) => error.textContent),
      'the title change was refused for a follow-up the person did not touch',
    ).toEqual([]);
    expect((await db.actions.get(action.id))?.title).toBe('Incontro con ASL Salerno e DSM');
  });
});
