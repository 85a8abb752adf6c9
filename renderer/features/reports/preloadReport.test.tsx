import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { seedReportNetwork } from '../../../test/support/reportNetwork';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { reportDataRead } from '../../data/useReportQueries';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { preloadReport } from './preloadReport';
import { ReportsPage } from './ReportsPage';

// An address that opens on the report (a reload, the desktop's PDF printing) starts the report's
// read as the database opens (main.tsx); the page, rendered later, takes that read over.

afterEach(async () => {
  // Watched and left: a hold still waiting for its page is over, and the read stops.
  reportDataRead(db).subscribe(() => undefined)();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const CAMPANIA_2026 = { programme: 'psychcare', region: 'campania', from: '2026-01-01', to: '2026-12-31' };
const engaged = () =>
  within(
    within(screen.getByRole('table', { name: 'Figures of the period' })).getByRole('row', {
      name: /^Stakeholders engaged/,
    }),
  ).getByRole('cell').textContent;

describe('the report read begun before its page', () => {
  it('begins only for an address that opens the report', async () => {
    await seedReportNetwork(db);
    preloadReport('#/dashboard', db);
    preloadReport('#/reports/not-a-record-page', db);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reportDataRead(db).hasValue()).toBe(false);

    preloadReport(`#/reports?from=2026-01-01&to=2026-12-31`, db);
    await waitFor(() => expect(reportDataRead(db).hasValue()).toBe(true), { timeout: 5000 });
  });

  it('is taken over by the page: its figures show in its first render, and follow a change', async () => {
    await seedReportNetwork(db);
    preloadReport(`#/reports?from=2026-01-01&to=2026-12-31`, db);
    await waitFor(() => expect(reportDataRead(db).hasValue()).toBe(true), { timeout: 5000 });
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ReportsPage route={{ query: CAMPANIA_2026 }} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    expect(engaged()).toBe('2');

    await createStakeholder(
      db,
      stakeholderInput({ name: 'SAI Caserta', region: 'campania', programmeIds: ['psychcare'] }),
    );
    await waitFor(() => expect(engaged()).toBe('3'));
  });
});
