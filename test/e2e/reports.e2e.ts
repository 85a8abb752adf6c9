import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_WORKBOOK, runPython, type ReadSheet } from '../integration/readBack';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { downloadByButton } from './support/download';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the programme report', () => {
  it('gives the same figures on the page and in the workbook read back by openpyxl, with the records behind them', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Programme report' }).waitFor();
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Campania' });
    await page.getByLabel('From').fill('2020-01-01');
    const figures = page.getByRole('table', { name: 'Figures of the period' });
    await figures.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const shown = await figures
      .getByRole('row')
      .evaluateAll((rows) =>
        rows
          .slice(1)
          .map((row) => [row.querySelector('th')?.textContent, Number(row.querySelector('td')?.textContent)]),
      );
    expect(shown).toHaveLength(14);
    const known = shown.find(([name]) => name === 'Stakeholders known at the end')![1] as number;
    expect(known).toBeGreaterThan(10);

    const workbook = await downloadByButton(page, 'Save as workbook');
    expect(workbook.suggestedName).toMatch(
      /^Programme report – All programmes – Campania – 2020-01-01 – \d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const sheets = runPython<{ sheets: ReadSheet[] }>(READ_WORKBOOK, workbook.filePath).sheets;
    const summary = sheets.find((sheet) => sheet.name === 'Summary')!;
    expect(summary.rows.slice(1, 5)).toEqual([
      ['Programme', 'All programmes'],
      ['Region', 'Campania'],
      ['From', '2020-01-01'],
      ['To', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
    ]);
    expect(summary.rows.slice(5)).toEqual(shown);
    // Each figure's records: as many named stakeholders in Stages as the page says are known.
    expect(sheets.find((sheet) => sheet.name === 'Stages')!.rows.slice(1)).toHaveLength(known);
    expect(errors).toEqual([]);
    await context.close();
  });
});
