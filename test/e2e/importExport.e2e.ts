import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_WORKBOOK, runPython, type ReadSheet } from '../integration/readBack';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp } from './support/browser';
import { waitForText } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('spreadsheets in and out', () => {
  it('imports a messy Italian CSV: preview with reasons, a skipped row, all at once, undoable', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();
    await io.chooseImportFile('messy-italian.csv');
    await io.summary().waitFor();
    // The repeated row merges into the first (its note kept); the bad email is left out, the rest of its row imported.
    expect(await io.summary().textContent()).toBe('6 new, 0 updates, 1 duplicate, 2 with errors, 0 skipped');
    expect(await page.getByTestId('import-merge-summary').textContent()).toBe(
      '1 row merged, 0 fields taken from the file, 1 cell left out, 0 dated contacts to record.',
    );
    expect(await io.previewRow(5).textContent()).toContain('unknown region');
    expect(await io.previewRow(6).textContent()).toContain('an earlier row has the same name and region');
    expect(await io.previewRow(6).textContent()).toContain('same body as row 2: merged into it');
    expect(await io.previewRow(7).textContent()).toContain('no name');
    expect(await io.previewRow(8).textContent()).toContain('left out');
    await page.getByText(/“anna\.campione\(at\)example\.org” is left out: invalid email address/).waitFor();

    await page.getByRole('checkbox', { name: 'Skip row 3' }).check();
    await page.getByRole('button', { name: 'Import 5 stakeholders' }).click();
    await page.getByRole('status').getByText('5 stakeholders added, 0 updated, 4 contact persons added.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await page.getByRole('heading', { name: 'No stakeholders yet' }).waitFor();

    // Again, keeping every good row this time.
    await io.open();
    await io.chooseImportFile('messy-italian.csv');
    await page.getByRole('button', { name: 'Import 6 stakeholders' }).click();
    await page.getByRole('status').getByText('6 stakeholders added, 0 updated, 4 contact persons added.').waitFor();
    await registry.open();
    await waitForText(registry.count(), '6 of 6 stakeholders');
    await registry.row('Associazione Città Aperta').waitFor();
    await registry.row('ASL Avellino').getByRole('link', { name: 'ASL Avellino' }).click();
    await new StakeholderDetailPage(page).section('Contact persons').getByText('Giovanna Esempio').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses hostile and broken files with a clear message and changes nothing', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();

    await io.chooseImportFile('image.xlsx');
    await io.alert().getByText('This is not a spreadsheet Trama can read').waitFor();
    await io.chooseImportFile('corrupt.xlsx');
    await io.alert().getByText('This file could not be read').waitFor();
    // By its path: a 21 MB buffer crosses the browser protocol too slowly on a busy machine.
    const huge = path.join(mkdtempSync(path.join(tmpdir(), 'trama-huge-')), 'huge.csv');
    writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 'a'));
    await io.importSection().getByLabel('Spreadsheet to import').setInputFiles(huge);
    await io.alert().getByText('This file is larger than 20 MB').waitFor();

    await io.chooseImportFile('proto-keys.csv');
    await io.summary().waitFor();
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);
    await page.getByRole('button', { name: 'Cancel the import' }).click();

    const registry = new StakeholdersPage(page);
    await registry.open();
    await page.getByRole('heading', { name: 'No stakeholders yet' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
    rmSync(path.dirname(huge), { recursive: true, force: true });
  });

  it('exports the sample as an Excel workbook that Excel readers open, and restores a backup', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    const workbook = await io.download('Excel workbook (all records)');
    expect(workbook.suggestedName).toMatch(/^Trama data – \d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = runPython<{ sheets: ReadSheet[] }>(READ_WORKBOOK, workbook.filePath).sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Stakeholders',
      'Contacts',
      'Relationships',
      'Agreements',
      'Agreement parties',
      'Actions',
      'Follow-ups',
      'Programmes',
    ]);
    expect(sheets[0]!.rows[0]!.slice(0, 3)).toEqual(['ID', 'Name', 'Short name']);
    expect(sheets[0]!.frozen).toBe('A2');
    const backup = await io.download('Download a full backup');

    // A new profile: restore the backup into an empty Trama.
    const fresh = await openApp(browser);
    await new OnboardingPage(fresh.page).startEmpty();
    const freshIo = new ImportExportPage(fresh.page);
    await freshIo.open();
    await fresh.page
      .getByRole('region', { name: 'Backups' })
      .getByLabel('Restore from a backup file')
      .setInputFiles(backup.filePath);
    const dialog = fresh.page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByText(/It holds 146 stakeholders/).waitFor();
    await dialog.getByRole('radio', { name: /Replace everything/ }).check();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await fresh.page.getByRole('status').getByText('Backup restored.').waitFor();
    const registry = new StakeholdersPage(fresh.page);
    await registry.open();
    await waitForText(registry.count(), '146 of 146 stakeholders');
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.context.close();
    await context.close();
  });
});
