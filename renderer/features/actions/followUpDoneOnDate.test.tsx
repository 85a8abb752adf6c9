import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdvocacyActionInput } from '../../../shared/domain/action';
import { addDays, localIsoDate } from '../../../shared/domain/common';
import { ValidationError } from '../../../shared/domain/validation';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionFormDialog } from './ActionFormDialog';

// A follow-up's "done on" is a day that has come: a thing cannot be done tomorrow. It may be
// before its action's date: a follow-up of a planned meeting (sending the agenda) is done
// before the meeting, and "Mark done" on the follow-ups list does just that.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };
const TODAY = '2026-12-07';

const meeting: AdvocacyActionInput = {
  title: 'Incontro con ASL Salerno',
  kind: 'bilateral-meeting',
  date: '2026-11-20',
  status: 'done',
};

async function issuesOf(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (reason: unknown) => reason,
  );
  return error instanceof ValidationError ? error.issues : [];
}

describe("saving a follow-up's done-on date", () => {
  it('refuses a day after today, on that row’s field, and writes nothing', async () => {
    const attempt = saveActionWithFollowUps(
      db,
      null,
      meeting,
      [
        { text: 'Inviare il verbale', doneOn: '2026-11-21' },
        { text: 'Richiamare il DSM', doneOn: '2026-12-08' },
      ],
      TODAY,
    );

    expect(
      await issuesOf(attempt),
      'a follow-up marked done tomorrow (2026-12-08, today being 2026-12-07) was saved',
    ).toEqual([{ field: 'followUps.1.doneOn', reason: 'done-in-future' }]);
    expect(await db.actions.count()).toBe(0);
  });

  it('accepts today, and a day before the action’s own date (done ahead of a planned meeting)', async () => {
    const planned: AdvocacyActionInput = { ...meeting, date: '2026-12-15', status: 'planned' };
    const { followUps } = await saveActionWithFollowUps(
      db,
      null,
      planned,
      [
        { text: 'Mandare l’ordine del giorno', doneOn: '2026-12-03' },
        { text: 'Prenotare la sala', doneOn: TODAY },
      ],
      TODAY,
    );
    expect(followUps.map((followUp) => followUp.doneOn)).toEqual(['2026-12-03', TODAY]);
  });
});

describe('the action form with a follow-up done on a day to come', () => {
  it('says why under that row’s "Done on", in words, and saves nothing', async () => {
    const { action, followUps } = await saveActionWithFollowUps(db, null, meeting, [{ text: 'Inviare il verbale' }]);
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ActionFormDialog existing={{ action, followUps }} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: `Edit “${meeting.title}”` });
    const row = within(dialog).getByRole('group', { name: 'Follow-up 1' });
    const doneOn = within(row).getByRole('textbox', { name: /^Done on/ });
    const tomorrow = addDays(localIsoDate(), 1);
    fireEvent.change(doneOn, { target: { value: tomorrow } });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(
      () => expect(onClose.mock.calls.length + dialog.querySelectorAll('.field-error').length).toBeGreaterThan(0),
      FIRST_ANSWER,
    );

    expect(
      (await db.followUps.toArray()).map((followUp) => followUp.doneOn),
      `the follow-up was saved as done on ${tomorrow}, a day still to come`,
    ).toEqual([null]);
    expect(doneOn.getAttribute('aria-invalid')).toBe('true');
    expect(row.querySelector('.field-error')?.textContent).toMatch(/not.*after today|still to come/i);
  });
});
