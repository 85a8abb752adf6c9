import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedReportNetwork } from '../../../test/support/reportNetwork';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ReportsPage } from './ReportsPage';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const seed = () => seedReportNetwork(db);

function renderPage(language: 'en' | 'it' = 'en', query: Record<string, string> = {}) {
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ReportsPage route={{ query }} />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

const figure = (name: string) =>
  within(screen.getByRole('table', { name: 'Figures of the period' })).getByRole('row', {
    name: new RegExp(`^${name}`),
  });

describe('the programme report page', () => {
  it('shows the period’s figures for the programme and region chosen, and refuses a period that ends before it starts', async () => {
    await seed();
    renderPage();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Programme' }, { timeout: 5000 }), {
      target: { value: 'psychcare' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Region' }), { target: { value: 'campania' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-31' } });
    await waitFor(() => expect(within(figure('Stakeholders engaged')).getByRole('cell').textContent).toBe('2'));
    expect(within(figure('Reception ↔ health bridges gained')).getByRole('cell').textContent).toBe('2');
    expect(within(figure('People trained')).getByRole('cell').textContent).toBe('1');
    expect(within(figure('Follow-ups done late')).getByRole('cell').textContent).toBe('1');

    fireEvent.change(screen.getByRole('combobox', { name: 'Region' }), { target: { value: '' } });
    await waitFor(() => expect(within(figure('People trained')).getByRole('cell').textContent).toBe('2'));

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-12-31' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The period ends before it starts: choose the dates again.',
    );
    expect(screen.queryByRole('table', { name: 'Figures of the period' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save as workbook' })).toHaveProperty('disabled', true);
  });

  it('in Italian, says how many stakeholders were at each stage and draws the chart beside the table', async () => {
    await seed();
    renderPage('it');
    const stages = await screen.findByRole(
      'table',
      { name: 'Stakeholder per fase delle linee guida all’inizio e alla fine del periodo' },
      { timeout: 5000 },
    );
    expect(within(stages).getAllByRole('row')).toHaveLength(6);
    await waitFor(() => expect(document.querySelectorAll('.report-chart svg').length).toBeGreaterThan(0));
  });
});

describe('the report’s charts', () => {
  it('mark their count axes with whole numbers, each once', async () => {
    await seed();
    renderPage('en', { region: 'campania', from: '2026-01-01', to: '2026-12-31' });
    await waitFor(() => expect(document.querySelectorAll('.report-chart[data-drawn="true"]')).toHaveLength(2), {
      timeout: 5000,
    });
    for (const chart of document.querySelectorAll('.report-chart')) {
      const ticks = [...chart.querySelectorAll('[aria-label$="axis tick label"] text')]
        .map((tick) => tick.textContent ?? '')
        .filter((text) => /^[\d.,]+$/.test(text));
      expect(ticks.length).toBeGreaterThan(1);
      expect(new Set(ticks).size).toBe(ticks.length);
    }
  });
});
