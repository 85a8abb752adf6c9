import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionDetailPage } from './ActionDetailPage';

// "Mark done" is named by the first ~60 characters of its follow-up. Follow-ups of one
// meeting often begin alike ("send the minutes to …" one body after another): their buttons get
// one name, and a screen reader user cannot tell which follow-up a button marks done.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };
const MINUTES_TO = 'Inviare il verbale della riunione del 20 novembre in Prefettura di Salerno';

describe('the names of "Mark done" for follow-ups that begin alike', () => {
  it('tell the follow-ups apart on the action’s page', async () => {
    const { action } = await saveActionWithFollowUps(
      db,
      null,
      { title: 'Tavolo in Prefettura', kind: 'network-meeting', date: '2026-11-20', status: 'done' },
      [
        { text: `${MINUTES_TO} alla ASL Salerno`, dueDate: '2026-11-25' },
        { text: `${MINUTES_TO} alla Questura`, dueDate: '2026-11-25' },
      ],
    );
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ActionDetailPage actionId={action.id} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    await screen.findAllByRole('button', { name: /^Mark done/ }, FIRST_ANSWER);
    const names = within(document.body)
      .getAllByRole('button', { name: /^Mark done/ })
      .map((button) => button.getAttribute('aria-label') ?? '');

    expect(names, 'set-up: two "Mark done" buttons').toHaveLength(2);
    expect(
      new Set(names).size,
      `two "Mark done" buttons share one name, ${JSON.stringify(names[0])}: which follow-up each marks is not said`,
    ).toBe(2);
  });
});
