import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionDetailPage } from './ActionDetailPage';
import { FollowUpList } from './FollowUpList';

// A screen reader reads a "Mark done" button's name each time it lands on it: the follow-up's
// whole text (up to 2,000 characters) is too long to hear, its start is enough to tell them apart.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };
const MAX_NAME_LENGTH = 80;

const longText = (start: string) =>
  `${start} ${'e allegare il verbale firmato, la lista dei presenti e le osservazioni del DSM '.repeat(5)}`.trim();
const MINUTES = longText('Inviare alla Prefettura il verbale della riunione del tavolo');
const SHORT = 'Richiamare il DSM';

async function recordActionWithFollowUps() {
  const { action } = await saveActionWithFollowUps(
    db,
    null,
    { title: 'Tavolo in Prefettura', kind: 'network-meeting', date: '2026-11-20', status: 'done' },
    [
      { text: MINUTES, dueDate: '2026-11-25' },
      { text: longText('Organizzare con la ASL una formazione per gli operatori del CAS'), dueDate: '2026-11-30' },
      { text: SHORT, dueDate: '2026-12-30' },
    ],
  );
  return action;
}

function markDoneNames(scope: HTMLElement): string[] {
  return within(scope)
    .getAllByRole('button', { name: /^Mark done/ })
    .map((button) => button.getAttribute('aria-label') ?? '');
}

function withProviders(children: React.ReactNode) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

function expectShortAndDistinct(names: readonly string[]) {
  expect(
    names.filter((name) => name.length > MAX_NAME_LENGTH),
    `a "Mark done" name held the whole follow-up text (${MINUTES.length} characters)`,
  ).toEqual([]);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toContain(`Mark done: “${SHORT}”`);
  expect(names.find((name) => name.startsWith('Mark done: “Inviare alla Prefettura'))).toMatch(/…”$/);
}

describe('the name of a follow-up’s "Mark done"', () => {
  it('is short and still tells the follow-ups apart on the action’s page', async () => {
    const action = await recordActionWithFollowUps();
    render(withProviders(<ActionDetailPage actionId={action.id} />));
    await screen.findByRole('button', { name: new RegExp(SHORT) }, FIRST_ANSWER);

    expectShortAndDistinct(markDoneNames(document.body));
  });

  it('is short and still tells the follow-ups apart in the follow-ups list', async () => {
    await recordActionWithFollowUps();
    render(withProviders(<FollowUpList scope="open" />));
    const list = await screen.findByRole('list', { name: 'Open follow-ups' }, FIRST_ANSWER);

    expectShortAndDistinct(markDoneNames(list));
  });
});
