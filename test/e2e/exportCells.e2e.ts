import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp } from './support/browser';

// The Excel workbook as a user gets it: phone numbers as typed (no apostrophe), and a list
// longer than Excel allows in one cell continued in the next column, with a notice saying where.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function sheetRows(filePath: string, sheet: string): { cells: XLSX.CellObject[][]; rows: string[][] } {
  const book = XLSX.read(readFileSync(filePath), { type: 'buffer', dense: true });
  const worksheet = book.Sheets[sheet];
  if (!worksheet) throw new Error(`No sheet ${sheet} in ${book.SheetNames.join(', ')}`);
  return {
    cells: (worksheet['!data'] ?? []).map((row) => row ?? []),
    rows: XLSX.utils.sheet_to_json<string[]>(worksheet, { header: 1, defval: '', raw: false }),
  };
}

describe('Excel cells', () => {
  it('writes the sample’s phones as typed, and a 40,000-character tag list over two cells with a notice', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    const workbook = await io.download('Excel workbook (all records)');
    const contacts = sheetRows(workbook.filePath, 'Contacts');
    const phoneColumn = contacts.rows[0]!.indexOf('Phones');
    const phones = contacts.cells.slice(1).flatMap((row) => (row[phoneColumn] ? [row[phoneColumn]] : []));
    expect(phones.filter((cell) => String(cell.v).startsWith('+')).length).toBeGreaterThan(100);
    expect(phones.filter((cell) => String(cell.v).startsWith("'"))).toEqual([]);
    expect(phones.every((cell) => cell.t === 's' && cell.f === undefined)).toBe(true);

    // Notes hold at most 20,000 characters; a tag list can hold 200 tags of 200 characters.
    const tags = Array.from({ length: 200 }, (_, index) =>
      `tag ${String(index).padStart(3, '0')} ${'lungo '.repeat(40)}`.slice(0, 200).trim(),
    );
    const registry = new StakeholdersPage(page);
    await registry.open();
    await page.getByRole('button', { name: 'New stakeholder' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New stakeholder' });
    await dialog.getByLabel('Name', { exact: true }).fill('Rete con etichette lunghe');
    await dialog.getByLabel('Region').selectOption({ label: 'Lazio' });
    await dialog.getByLabel('Tags').fill(tags.join(', '));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    await io.open();
    const longer = await io.download('Excel workbook (all records)');
    await page
      .getByTestId('export-cell-notice')
      .getByText(
        /^1 cell was longer than Excel allows \(32,767 characters\): sheet “Stakeholders”, row \d+, column N \(Tags\): the text goes on up to column O\.$/,
      )
      .waitFor();
    await page
      .getByRole('status')
      .getByText(/saved\. 1 cell was longer than Excel allows/)
      .waitFor();
    const stakeholders = sheetRows(longer.filePath, 'Stakeholders');
    const [header = [], ...rows] = stakeholders.rows;
    const tagColumn = header.indexOf('Tags');
    expect(header[tagColumn + 1]).toBe('Tags (continued)');
    const row = rows.find((candidate) => candidate[header.indexOf('Name')] === 'Rete con etichette lunghe')!;
    expect(row[tagColumn]!.length).toBeLessThanOrEqual(32_767);
    expect(row[tagColumn]! + row[tagColumn + 1]!).toBe(tags.join('; '));
    expect(errors).toEqual([]);
    await context.close();
  });
});
