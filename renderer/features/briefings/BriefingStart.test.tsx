import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createBriefing } from '../../db/repositories/briefings';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BriefingStart } from './BriefingStart';

// Where the users are: a briefing edited just after midnight belongs to the new day.
beforeAll(() => {
  vi.stubEnv('TZ', 'Europe/Rome');
});
afterAll(() => {
  vi.unstubAllEnvs();
});
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

describe('starting a briefing', () => {
  it('dates a saved briefing by the day in Italy', async () => {
    const briefing = await createBriefing(db, {
      title: 'Tavolo Campania',
      source: { kind: 'region', region: 'campania' },
      agenda: '',
    });
    // 00:30 on 2 March in Rome is still 1 March in UTC.
    await db.briefings.update(briefing.id, { updatedAt: '2026-03-01T23:30:00.000Z' });
    renderStart();
    const item = (await screen.findByRole('link', { name: 'Tavolo Campania' }, FIRST_ANSWER)).closest('li')!;
    expect(item.textContent).toBe('Tavolo Campania 2 Mar 2026');
  });

  it('names the button that takes a stakeholder off the selection for what it does', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' }));
    renderStart();
    const search = await screen.findByRole('combobox', { name: /stakeholder/i }, FIRST_ANSWER);
    fireEvent.focus(search);
    fireEvent.change(search, { target: { value: 'Prefettura' } });
    fireEvent.mouseDown(await screen.findByRole('option', { name: /Prefettura di Napoli/ }));
    const chosen = await screen.findByRole('list', { name: '1 chosen' });
    fireEvent.click(within(chosen).getByRole('button', { name: 'Remove Prefettura di Napoli from the selection' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: '1 chosen' })).toBeNull());
  });
});
