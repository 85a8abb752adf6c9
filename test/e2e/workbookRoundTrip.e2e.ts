import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';

// The workbook Trama exports, imported into an empty Trama as a user would: every column
// recognised without a choice, the programmes matched rather than added again, and the
// stakeholders, exported again, as they were.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A sheet's rows as text, without the columns that differ between two databases (ids, times). */
function sheetRows(filePath: string, sheet: string): string[][] {
  const book = XLSX.read(readFileSync(filePath), { type: 'buffer' });
  const worksheet = book.Sheets[sheet];
  if (!worksheet) throw new Error(`No sheet ${sheet} in ${book.SheetNames.join(', ')}`);
  const [header = [], ...rows] = XLSX.utils.sheet_to_json<string[]>(worksheet, { header: 1, defval: '', raw: false });
  const kept = header
    .map((_, column) => column)
    .filter((column) => !['ID', 'Last updated'].includes(header[column] ?? ''));
  return [
    kept.map((column) => header[column] ?? ''),
    ...rows
      .map((row) => kept.map((column) => String(row[column] ?? '')))
      .sort((a, b) => a.join('|').localeCompare(b.join('|'))),
  ];
}

describe('workbook round trip', () => {
  it('imports the exported sample into an empty Trama with no column to choose, and exports the same stakeholders and programmes', async () => {
    const source = await openApp(browser);
    await new OnboardingPage(source.page).loadSample();
    const sourceIo = new ImportExportPage(source.page);
    await sourceIo.open();
    const exported = await sourceIo.download('Excel workbook (all records)');

    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();
    await io.importSection().getByLabel('Spreadsheet to import').setInputFiles(exported.filePath);
    await io.summary().waitFor();
    expect(await io.summary().textContent()).toBe('146 new, 0 updates, 0 duplicates, 0 with errors, 0 skipped');
    // Every column the export wrote is recognised; only the time of the last change is not imported.
    const choices = io.importSection().getByRole('combobox', { name: /^Column “/ });
    const chosen = await choices.evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
    expect(chosen.length).toBeGreaterThan(15);
    expect(chosen.filter((value) => value === '')).toHaveLength(1);
    expect(await io.importSection().getByLabel('Column “Last updated”').inputValue()).toBe('');
    await page.getByTestId('import-programmes').getByText('Programmes — new: 0; already in Trama: 3.').waitFor();
    await page.getByRole('button', { name: 'Import 146 stakeholders' }).click();
    await page.getByRole('status').getByText('146 stakeholders added, 0 updated, 0 contact persons added.').waitFor();

    const again = await io.download('Excel workbook (all records)');
    expect(sheetRows(again.filePath, 'Stakeholders')).toEqual(sheetRows(exported.filePath, 'Stakeholders'));
    expect(sheetRows(again.filePath, 'Programmes')).toEqual(sheetRows(exported.filePath, 'Programmes'));
    expect([...source.errors, ...errors]).toEqual([]);
    await source.context.close();
    await context.close();
  });
});
