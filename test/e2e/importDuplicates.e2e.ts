import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp } from './support/browser';
import { waitForText } from './support/text';

// Issue 17: a messy Italian list naming the sample's stakeholders in other words, a body twice
// with a note each, a bad email and a "last contact" column. The preview offers the merges
// side by side; the result has no near-duplicates, both notes, and the row with the bad email
// without it.

const SHOTS = '/tmp/shots';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('duplicates on import', () => {
  it('merges near-duplicates and rows of the file, leaves a bad email out and says all of it', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    await io.chooseImportFile('near-duplicates.csv');
    await io.summary().waitFor();
    expect(await io.summary().textContent()).toBe('2 new, 3 updates, 1 duplicate, 0 with errors, 0 skipped');
    expect(await page.getByTestId('import-merge-summary').textContent()).toMatch(
      /^4 rows merged, \d+ fields? taken from the file, 1 cell left out, 2 dated contacts to record\.$/,
    );
    for (const [row, name] of [
      [2, 'ASP Basilicata – Azienda Sanitaria di Potenza'],
      [3, 'ATS della Città Metropolitana di Milano'],
      [4, 'Dipartimento di Salute Mentale – ASL Roma 1'],
    ] as const) {
      expect(await io.previewRow(row).textContent()).toContain('Merged into a similar stakeholder');
      expect(await page.getByRole('radio', { name: new RegExp(`^Merge into “${name}”`) }).isChecked()).toBe(true);
    }
    const merge = page.getByRole('table', { name: 'Row 2: what the merge keeps, field by field' });
    await merge.getByRole('cell', { name: 'Tavolo salute migranti' }).waitFor();
    expect(await io.previewRow(6).textContent()).toContain('same body as row 5: merged into it');
    expect(await io.previewRow(5).textContent()).toContain('row 6 of the file merged into this one');
    expect(await io.previewRow(5).textContent()).toContain('last contact on');
    await page.getByText(/Cell E7 \(Contact’s email\) “sara\.modello@@example\.org” is left out/).waitFor();
    await merge.scrollIntoViewIfNeeded();
    await page.getByRole('table', { name: 'Preview' }).screenshot({ path: `${SHOTS}/dedup-preview.png` });

    await page.getByRole('button', { name: 'Import 5 stakeholders' }).click();
    await page
      .getByRole('status')
      .getByText(/^2 stakeholders added, 3 updated, \d+ contact persons added\./)
      .waitFor();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await waitForText(registry.count(), '148 of 148 stakeholders');
    for (const nearDuplicate of ['ASP Potenza', 'ATS Milano Città Metropolitana', 'ASL Roma 1 - Dipartimento'])
      expect(await page.getByRole('link', { name: nearDuplicate, exact: true }).count()).toBe(0);
    await registry.row('Cooperativa Il Ponte').getByRole('link', { name: 'Cooperativa Il Ponte' }).click();
    const detail = new StakeholderDetailPage(page);
    await detail
      .section('Profile')
      .getByText(/Prima nota/)
      .waitFor();
    await detail
      .section('Profile')
      .getByText(/Seconda nota/)
      .waitFor();
    await detail.section('Contact persons').getByText('Paolo Prova').waitFor();
    await registry.open();
    await registry
      .row('Associazione Nuovi Orizzonti')
      .getByRole('link', { name: 'Associazione Nuovi Orizzonti' })
      .click();
    await detail.section('Contact persons').getByText('Sara Modello').waitFor();
    expect(await detail.section('Contact persons').getByText('sara.modello@@example.org').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
