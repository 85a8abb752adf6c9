import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionDetailPage } from './ActionDetailPage';

// Where keyboard focus lands on the action's page when the "Mark done" just pressed goes away.

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

describe("marking a follow-up done on the action's page", () => {
  it('keeps keyboard focus in the list, on the next follow-up, as the follow-ups list does', async () => {
    const { action } = await saveActionWithFollowUps(
      db,
      null,
      { title: 'Incontro ASL Salerno', kind: 'bilateral-meeting', date: '2026-11-20', status: 'done' },
      [
        { text: 'Inviare il verbale', dueDate: '2026-11-25' },
        { text: 'Richiamare il DSM', dueDate: '2026-11-30' },
      ],
    );
    render(withProviders(<ActionDetailPage actionId={action.id} />));
    const first = await screen.findByRole('button', { name: /Inviare il verbale/ }, FIRST_ANSWER);
    first.focus();
    fireEvent.click(first);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Inviare il verbale/ })).toBeNull(), FIRST_ANSWER);

    expect(
      document.activeElement,
      'after "Mark done" the pressed button is gone and focus falls to the page body; the next follow-up’s ' +
        '"Mark done" should have it',
    ).toBe(screen.getByRole('button', { name: /Richiamare il DSM/ }));
  });
});
