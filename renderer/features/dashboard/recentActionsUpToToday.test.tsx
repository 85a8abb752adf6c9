import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { createAction } from '../../db/repositories/actions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RecentActionsCard } from './ActivityCards';
import { useDashboardFigures } from './useDashboardFigures';

// "Recent actions" are those carried out, on or before today: one marked done but dated after
// today (a mistyped year, a date moved forward) has not happened yet and is not recent.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const TODAY = '2026-12-07';

function RecentActions() {
  const { figures } = useDashboardFigures(null, TODAY);
  return figures ? <RecentActionsCard actions={figures.recentActions} region={null} /> : null;
}

async function recordAction(title: string, date: string, status: 'done' | 'planned') {
  await createAction(db, { title, kind: 'bilateral-meeting', date, status, regions: ['campania'] });
}

describe('the dashboard’s recent actions', () => {
  it('lists done actions up to today, newest first, and none dated after it', async () => {
    await recordAction('Tavolo in Prefettura', '2026-11-30', 'done');
    await recordAction('Incontro ASL Salerno', TODAY, 'done');
    await recordAction('Visita al CAS (anno sbagliato)', '2027-12-01', 'done');
    await recordAction('Convegno regionale', '2026-12-15', 'planned');
    render(
      <I18nProvider initialLanguage="en">
        <RecentActions />
      </I18nProvider>,
    );

    const card = await screen.findByRole('region', { name: 'Recent actions' }, { timeout: 5000 });
    const titles = within(card)
      .getAllByRole('listitem')
      .map((item) => within(item).getByRole('link').textContent);
    expect(titles, 'a done action dated 2027-12-01, after today (2026-12-07), was listed as recent').toEqual([
      'Incontro ASL Salerno',
      'Tavolo in Prefettura',
    ]);
  });
});
