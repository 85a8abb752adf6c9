import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp } from './support/browser';
import { waitForText } from './support/text';

// The import's limits as a user meets them: a file longer than Trama imports at a time,
// numbers as Excel stores them, the spreadsheet's own row numbers, cells over their
// field's length, and a sheet far too wide. Every file is made here.

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launchChromium();
  folder = mkdtempSync(path.join(tmpdir(), 'trama-import-limits-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A large file goes to the browser by its path: as a buffer it would cross the protocol slowly. */
function savedFile(file: { name: string; buffer: Buffer }): string {
  const filePath = path.join(folder, file.name);
  writeFileSync(filePath, file.buffer);
  return filePath;
}

function csvFile(name: string, lines: readonly string[], lineBreak = '\n') {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join(lineBreak), 'utf8') };
}

function stakeholderLines(count: number): string[] {
  const lines = ['Ente;Regione'];
  for (let index = 1; index <= count; index += 1) lines.push(`Ente ${index};Lazio`);
  return lines;
}

/** An .xlsx file of one sheet, its cells given one by one as Excel stores them. */
function xlsxFile(name: string, cells: Record<string, XLSX.CellObject>, range: string) {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, { '!ref': range, ...cells }, 'Enti');
  const buffer = Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer };
}

const text = (value: string): XLSX.CellObject => ({ t: 's', v: value });
const number = (value: number, format = 'General'): XLSX.CellObject => ({ t: 'n', v: value, z: format });

async function startImport(page: Page): Promise<ImportExportPage> {
  await new OnboardingPage(page).startEmpty();
  const io = new ImportExportPage(page);
  await io.open();
  return io;
}

describe('the limits of an import, said to the user', () => {
  it('says that a 1,000,000-row file holds more than Trama imports at a time, and counts the rows left out', async () => {
    const { page, context, errors } = await openApp(browser);
    const io = await startImport(page);
    await io
      .importSection()
      .getByLabel('Spreadsheet to import')
      .setInputFiles(savedFile(csvFile('million.csv', stakeholderLines(1_000_000))));
    const notice = io.importSection().getByRole('note');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toBe(
      'The file has 1,000,000 rows; Trama imports up to 50,000 at a time. The preview holds the first 50,000 (up to row 50001); the 950,000 rows after it are left out. To import them, split the file and import each part.',
    );
    await io.summary().waitFor({ timeout: 60_000 });
    expect(await io.summary().textContent()).toBe('50,000 new, 0 updates, 0 duplicates, 0 with errors, 0 skipped');
    expect(await page.getByTestId('import-left-out').textContent()).toBe(
      'Left out because of Trama’s limits: 950,000 rows. 950,000 after row 50001 (Trama imports up to 50,000 rows at a time).',
    );
    await page.getByRole('button', { name: 'Import 50,000 stakeholders' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('says the same in Italian, with Italian numbers, for a file with Excel for Mac’s line breaks', async () => {
    const { page, context, errors } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('button', { name: /Inizia con una rete vuota/ }).click();
    await page
      .getByRole('navigation', { name: 'Sezioni principali' })
      .getByRole('link', { name: 'Importa ed esporta' })
      .click();
    const section = page.getByRole('region', { name: 'Importa stakeholder da un foglio di calcolo' });
    await section
      .getByLabel('Foglio di calcolo da importare')
      .setInputFiles(savedFile(csvFile('lungo.csv', stakeholderLines(60_000), '\r')));
    const notice = section.getByRole('note');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toMatch(
      /^Il file ha 60\.000 righe; Trama ne importa fino a 50\.000 alla volta\. .*\(fino alla riga 50001\); le 10\.000 righe successive sono escluse\./,
    );
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('reads .xlsx numbers as the cell holds them, warns about digits a spreadsheet may have rounded, and keeps dates as dates', async () => {
    const { page, context, errors } = await openApp(browser);
    const io = await startImport(page);
    const file = xlsxFile(
      'numeri.xlsx',
      {
        A1: text('Ente'),
        B1: text('Regione'),
        C1: text('Referente'),
        D1: text('Telefono'),
        E1: text('Note'),
        A2: text('ASL Roma 1'),
        B2: text('Lazio'),
        C2: text('Giulia Esempio'),
        D2: number(393331234567),
        E2: number(45720, 'dd/mm/yyyy'),
        A3: text('ASL Roma 2'),
        B3: text('Lazio'),
        C3: text('Marco Prova'),
        D3: number(Number('1234567890123456789')),
        A4: text('ASL Roma 3'),
        B4: text('Lazio'),
        C4: text('Sara Campione'),
        D4: text('0612345678'),
        A5: text('ASL Roma 4'),
        B5: text('Lazio'),
        C5: text('Luca Modello'),
        D5: number(612345678, '0000000000'),
        E5: number(0.15, '0%'),
      },
      'A1:E5',
    );
    await io.chooseImportFile(file);
    await io.summary().waitFor();
    expect(await io.summary().textContent()).toBe('4 new, 0 updates, 0 duplicates, 0 with errors, 0 skipped');
    expect(await io.previewRow(2).textContent()).not.toContain('rounded');
    expect(await io.previewRow(5).textContent()).toContain(
      'cell E5 (“Note”) shows 15% in the sheet; Trama imports the value it holds: 0.15',
    );
    expect(await io.previewRow(3).textContent()).toContain(
      'cell D3 (“Telefono”) holds the number 1234567890123456800, longer than the 15 digits a spreadsheet keeps exactly: the spreadsheet may already have rounded it.',
    );
    await page.getByRole('button', { name: 'Import 4 stakeholders' }).click();
    await page.getByRole('status').getByText('4 stakeholders added, 0 updated, 4 contact persons added.').waitFor();

    const registry = new StakeholdersPage(page);
    const detail = new StakeholderDetailPage(page);
    for (const [name, phone] of [
      ['ASL Roma 1', '393331234567'],
      ['ASL Roma 2', '1234567890123456800'],
      ['ASL Roma 3', '0612345678'],
      ['ASL Roma 4', '0612345678'],
    ] as const) {
      await registry.open();
      await registry.row(name).getByRole('link', { name }).click();
      await detail.section('Contact persons').getByText(phone).waitFor();
    }
    await registry.open();
    await registry.row('ASL Roma 1').getByRole('link', { name: 'ASL Roma 1' }).click();
    await detail.section('Profile').getByText('2025-03-04').waitFor();
    expect(await page.getByText('3.93331E+11').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("numbers preview rows, messages and skip choices with the spreadsheet's own row numbers", async () => {
    const { page, context, errors } = await openApp(browser);
    const io = await startImport(page);
    // Header on row 3 after two blank rows; blank rows 5 and 7 in the middle.
    const file = xlsxFile(
      'righe.xlsx',
      {
        A3: text('Ente'),
        B3: text('Regione'),
        A4: text('CAS Aurora'),
        B4: text('Sicilia'),
        A6: text('Comune di Bari'),
        B6: text('Puglia'),
        B8: text('Lazio'),
        A9: text('CSM Matera'),
        B9: text('Basilicata'),
      },
      'A3:B9',
    );
    await io.chooseImportFile(file);
    await io.summary().waitFor();
    const rowNumbers = await page
      .getByRole('table', { name: 'Preview' })
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('td')?.textContent));
    expect(rowNumbers).toEqual(['4', '6', '8', '9']);
    expect(await io.previewRow(6).textContent()).toContain('unknown region');
    expect(await io.previewRow(8).textContent()).toContain('no name');
    await page.getByRole('checkbox', { name: 'Skip row 9' }).check();
    await page.getByRole('button', { name: 'Import 1 stakeholder' }).click();
    await page.getByRole('status').getByText('1 stakeholder added, 0 updated, 0 contact persons added.').waitFor();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await registry.row('CAS Aurora').waitFor();
    await waitForText(registry.count(), '1 of 1 stakeholder');

    // A CSV with blank lines: rows as a spreadsheet opening it numbers them.
    await io.open();
    await io.chooseImportFile(
      csvFile('righe.csv', ['', 'Ente;Regione', 'Prefettura di Matera;Basilicata', '', '', 'ASP Palermo;Sicilia']),
    );
    await io.summary().waitFor();
    await page.getByRole('checkbox', { name: 'Skip row 3' }).waitFor();
    await page.getByRole('checkbox', { name: 'Skip row 6' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names a cell longer than its field takes, leaves its row out until the user imports it cut, and refuses a sheet of 100,000 columns', async () => {
    const { page, context, errors } = await openApp(browser);
    const io = await startImport(page);
    await io.chooseImportFile(
      csvFile('note.csv', [
        'Ente;Note',
        `Ente con note lunghe;${'n'.repeat(25_000)}`,
        `Ente con note intere;${'n'.repeat(20_000)}`,
      ]),
    );
    await io.summary().waitFor();
    expect(await io.previewRow(2).textContent()).toContain(
      'cell B2 (“Note”) has 25,000 characters, 5,000 more than the 20,000 this field takes',
    );
    expect(await page.getByTestId('import-left-out').textContent()).toContain(
      'Left out because of Trama’s limits: 1 row.',
    );
    await page.getByRole('button', { name: 'Import 1 stakeholder' }).waitFor();
    await page.getByRole('checkbox', { name: 'Import row 2 with the text cut' }).check();
    expect(await io.previewRow(2).textContent()).toContain('cell B2 (“Note”) is imported cut to 20,000 characters');
    await page.getByRole('button', { name: 'Import 2 stakeholders' }).click();
    await page.getByRole('status').getByText('2 stakeholders added, 0 updated, 0 contact persons added.').waitFor();

    const header = Array.from({ length: 100_000 }, (_, index) => `c${index}`).join(',');
    await io.chooseImportFile(csvFile('largo.csv', [header, header]));
    await io
      .alert()
      .getByText('The sheet “Sheet1” has 100,000 columns; Trama reads up to 100.', { exact: false })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
