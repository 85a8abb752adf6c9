import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createAction } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BriefingStart } from './BriefingStart';

// A screen reader lists the page's buttons by name; each must say which one it is.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

function renderStart() {
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <BriefingStart actionIdFromLink={undefined} />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

const duplicates = (names: readonly string[]) => names.filter((name, index) => names.indexOf(name) !== index);

describe('the briefing start page’s buttons: their names, and one briefing per click', () => {
  it('gives the two "Create briefing" buttons (region, chosen stakeholders) different names', async () => {
    renderStart();
    await screen.findByRole('heading', { name: 'From a region' }, FIRST_ANSWER);
    const names = screen
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(duplicates(names), 'buttons sharing one accessible name on the start page').toEqual([]);
  });

  it('tells apart the "Prepare briefing" buttons of two planned meetings with the same title', async () => {
    // A monthly round table keeps its title; only the date tells the meetings apart.
    for (const date of ['2027-01-14', '2027-02-11'])
      await createAction(db, { title: 'Tavolo di rete Caserta', kind: 'network-meeting', date, status: 'planned' });
    renderStart();
    const buttons = await screen.findAllByRole('button', { name: /Prepare briefing for/ }, FIRST_ANSWER);
    const names = buttons.map((button) => button.getAttribute('aria-label') ?? '');
    expect(names, 'one accessible name for two different meetings').toHaveLength(2);
    expect(duplicates(names), 'the planned meetings’ buttons share a name').toEqual([]);
  });

  it('makes one briefing for a double click on "Create briefing" (from a region)', async () => {
    renderStart();
    const region = await screen.findByRole('region', { name: 'From a region' }, FIRST_ANSWER);
    const create = within(region).getByRole('button', { name: 'Create briefing' });
    fireEvent.click(create);
    fireEvent.click(create);
    // Read after both clicks' writes: IndexedDB runs transactions in the order they were asked for.
    const stored = await db.transaction('r', db.briefings, () => db.briefings.toArray());
    expect(
      stored.map((briefing) => briefing.title),
      'a double click saved two identical briefings (the meeting path guards against it, briefingForAction)',
    ).toEqual(['Regional network – Campania']);
  });
});
