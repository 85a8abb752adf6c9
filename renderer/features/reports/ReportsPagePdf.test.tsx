import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedReportNetwork } from '../../../test/support/reportNetwork';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { I18nProvider } from '../../i18n/I18nProvider';
import type * as PlatformModule from '../../platform/platform';
import { platform } from '../../platform/platform';
import { ReportsPage } from './ReportsPage';

// The desktop prints the report to PDF by opening this page, in a hidden window, at an address
// that names the scope; the page says when it is ready to print.

vi.mock('../../platform/platform', async (importOriginal) => {
  const original = await importOriginal<typeof PlatformModule>();
  return {
    ...original,
    platform: {
      ...original.platform,
      isDesktop: true,
      printReportToPdf: vi.fn(async () => ({ isSaved: true, filePath: '/tmp/report.pdf' })),
    },
  };
});

afterEach(async () => {
  vi.mocked(platform.printReportToPdf!).mockClear();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const seed = () => seedReportNetwork(db);

function renderPage(query: Record<string, string>) {
  return render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <ReportsPage route={{ query }} />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

const CAMPANIA_2026 = { programme: 'psychcare', region: 'campania', from: '2026-01-01', to: '2026-12-31' };

describe('the report page opened at an address naming its scope', () => {
  it('shows that scope, and says it is ready to print once its figures and charts are drawn', async () => {
    await seed();
    const { container } = renderPage(CAMPANIA_2026);
    const programme = await screen.findByRole('combobox', { name: 'Programme' }, { timeout: 5000 });
    expect(programme).toHaveProperty('value', 'psychcare');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveProperty('value', 'campania');
    const figures = await screen.findByRole('table', { name: 'Figures of the period' });
    const engaged = within(figures).getByRole('row', { name: /^Stakeholders engaged/ });
    expect(within(engaged).getByRole('cell').textContent).toBe('2');
    const page = container.querySelector('.report-page');
    expect(page?.getAttribute('data-ready')).toBe('true');
    await waitFor(() => expect(container.querySelectorAll('[data-drawn="true"]')).toHaveLength(2));
    expect(container.querySelector('[data-drawn="false"]')).toBeNull();
  });

  it.each([
    ['a region that is not ours', { ...CAMPANIA_2026, region: 'narnia' }],
    ['a date that does not exist', { ...CAMPANIA_2026, to: '2026-02-30' }],
    ['a period that ends before it starts', { ...CAMPANIA_2026, from: '2027-01-01' }],
    ['a programme id that would change the address', { ...CAMPANIA_2026, programme: 'x&print=0#/settings' }],
  ])('falls back to this year, all programmes and regions, for %s', async (_case, query) => {
    await seed();
    renderPage(query);
    const programme = await screen.findByRole('combobox', { name: 'Programme' }, { timeout: 5000 });
    expect(programme).toHaveProperty('value', '');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveProperty('value', '');
  });
});

describe('saving the report as PDF on the desktop', () => {
  it('asks the main process to print the scope shown, under a name that says what it is', async () => {
    await seed();
    renderPage(CAMPANIA_2026);
    await screen.findByRole('table', { name: 'Figures of the period' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await screen.findByText('Programme report – PsychCare 2 – Campania – 2026-01-01 – 2026-12-31.pdf saved.');
    expect(platform.printReportToPdf).toHaveBeenCalledWith(
      { programmeId: 'psychcare', region: 'campania', from: '2026-01-01', to: '2026-12-31' },
      'Programme report – PsychCare 2 – Campania – 2026-01-01 – 2026-12-31.pdf',
    );
  });
});
