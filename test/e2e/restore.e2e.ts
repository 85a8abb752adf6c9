import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { BACKUP_TABLE_NAMES, parseBackup, serialiseBackup } from '../../shared/io/backup';
import { buildSyntheticNetwork } from '../../shared/sample/syntheticNetwork';
import { emptyBackupTables } from '../support/backupTables';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp } from './support/browser';
import { downloadByButton } from './support/download';
import { waitForText } from './support/text';

// Restoring a backup as a user does it: the preview of a merge field by field, the copy of
// the data from before offered as a download, and a large replace with its progress bar,
// cancelled half-way without a trace.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function chooseBackupFile(page: Page, filePath: string): Promise<void> {
  return page.getByRole('region', { name: 'Backups' }).getByLabel('Restore from a backup file').setInputFiles(filePath);
}

/** A backup file of a synthetic network: 4,000 stakeholders and 20,000 relationships. */
function largeBackupFile(): { filePath: string; records: number } {
  const network = buildSyntheticNetwork({ stakeholders: 4_000 });
  const tables = { ...emptyBackupTables(), ...network };
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'trama-restore-')), 'large-backup.json');
  writeFileSync(filePath, serialiseBackup(tables, 2, '2026-03-01T09:00:00.000Z'));
  return { filePath, records: BACKUP_TABLE_NAMES.reduce((sum, name) => sum + tables[name].length, 0) };
}

/** A small backup file, spoiled as given; written as text so that any nesting fits. */
function spoiledBackupFile(name: string, spoil: (text: string) => string): string {
  const network = buildSyntheticNetwork({ stakeholders: 3 });
  const tables = {
    ...emptyBackupTables(),
    ...network,
    meta: [{ key: 'note', value: 'here' }],
  };
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'trama-restore-')), name);
  writeFileSync(filePath, spoil(serialiseBackup(tables, 2, '2026-03-01T09:00:00.000Z')));
  return filePath;
}

describe('restoring a backup', () => {
  it('refuses a damaged or malformed backup, naming the problem, and changes nothing', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    const alert = page.getByRole('region', { name: 'Backups' }).getByRole('alert');

    const duplicate = spoiledBackupFile('duplicate.json', (text) =>
      text.replace(
        '"stakeholders":[',
        `"stakeholders":[${JSON.stringify(buildSyntheticNetwork({ stakeholders: 3 }).stakeholders[1])},`,
      ),
    );
    await chooseBackupFile(page, duplicate);
    await alert
      .getByText(
        'This backup is damaged: Stakeholders holds two records with the id “synthetic-s-1”. Nothing was restored.',
      )
      .waitFor();

    const deep = spoiledBackupFile('deep.json', (text) =>
      text.replace('"value":"here"', `"value":${'['.repeat(50_000)}${']'.repeat(50_000)}`),
    );
    await chooseBackupFile(page, deep);
    await alert
      .getByText(
        'This backup is malformed: a value in App settings (record “note”) is nested more than 100 levels deep. Nothing was restored.',
      )
      .waitFor();

    await chooseBackupFile(
      page,
      spoiledBackupFile('cut.json', (text) => text.slice(0, text.length / 2)),
    );
    await alert.getByText('This file is not a Trama backup (it is not JSON).').waitFor();

    // Larger than any backup Trama writes: refused before it is read (a sparse file: no disk is filled).
    const huge = path.join(mkdtempSync(path.join(tmpdir(), 'trama-restore-')), 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 300_000_000);
    await chooseBackupFile(page, huge);
    await alert
      .getByText(
        'This file is 300 MB: larger than any backup Trama writes (at most 268.4 MB), so it is not read. Nothing was restored.',
      )
      .waitFor();

    expect(await page.getByRole('dialog').count()).toBe(0);
    const registry = new StakeholdersPage(page);
    await registry.open();
    await waitForText(registry.count(), '146 of 146 stakeholders');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('merges: shows what changes field by field, keeps the newer record, and offers the data from before', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await registry.create({
      name: 'ASL Roma 1',
      category: 'Local health authority (ASL/ASP/ATS/ASST)',
      region: 'Lazio',
    });
    await registry.create({ name: 'Prefettura di Roma', category: 'Prefecture (Prefettura)', region: 'Lazio' });
    const io = new ImportExportPage(page);
    await io.open();
    const backup = await io.download('Download a full backup');

    // Changed after the backup: one renamed, one deleted.
    await registry.open();
    await page.getByRole('button', { name: 'Edit ASL Roma 1' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit ASL Roma 1' });
    await edit.getByLabel('Name', { exact: true }).fill('ASL Roma 1 – Distretto 3');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Delete Prefettura di Roma' }).click();
    await page
      .getByRole('dialog', { name: 'Delete Prefettura di Roma?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await registry.row('Prefettura di Roma').waitFor({ state: 'detached' });

    await io.open();
    await chooseBackupFile(page, backup.filePath);
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    const summary = dialog.getByRole('table', { name: 'What the backup would add and change' });
    await summary.waitFor();
    expect(
      await summary
        .getByRole('row', { name: /^Stakeholders/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['1', '0', '1', '0', '0']);
    await dialog.getByText('Stakeholders: records changed here after the backup, for example').click();
    const example = dialog.getByRole('table', { name: 'ASL Roma 1', exact: true });
    expect(await example.getByRole('row', { name: /^Name/ }).getByRole('cell').allTextContents()).toEqual([
      'ASL Roma 1 – Distretto 3',
      'ASL Roma 1',
    ]);
    expect(await dialog.getByRole('radio', { name: 'Keep my newer records' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Restore' }).click();

    await page
      .getByRole('status')
      .getByText('Backup restored. 1 record changed here after the backup was kept as it is.')
      .waitFor();
    const done = page.getByRole('dialog', { name: 'Backup restored' });
    const copy = await downloadByButton(page, 'Download the copy of your data from before the restore');
    expect(copy.suggestedName).toMatch(/^trama-before-restore-\d{4}-\d{2}-\d{2}\.json$/);
    const before = parseBackup(readFileSync(copy.filePath, 'utf8'), CURRENT_SCHEMA_VERSION);
    expect(before.tables.stakeholders.map((row) => row.name)).toEqual(['ASL Roma 1 – Distretto 3']);
    await done.getByRole('button', { name: 'Close' }).click();

    // The copy stays listed in the Backups section, to download or restore later.
    const copies = page.getByRole('list', { name: 'Copies made before a restore' });
    await copies.getByRole('button', { name: /^Download the copy made before a restore on / }).waitFor();
    await copies.getByRole('button', { name: /^Restore the copy made before a restore on / }).click();
    await dialog.getByText(/It holds 1 stakeholder,/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    await registry.open();
    await waitForText(registry.count(), '2 of 2 stakeholders');
    await registry.row('ASL Roma 1 – Distretto 3').waitFor();
    await registry.row('Prefettura di Roma').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('merges a large backup keeping the newer records here, across many chunks', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    const sample = parseBackup(
      readFileSync((await io.download('Download a full backup')).filePath, 'utf8'),
      CURRENT_SCHEMA_VERSION,
    ).tables;
    // The sample's own records, older in the backup and changed there, spread among new ones.
    const old = '2020-01-01T00:00:00.000Z';
    const network = buildSyntheticNetwork({ stakeholders: 2_000 });
    const interleave = <Row>(many: Row[], few: Row[]) =>
      many
        .flatMap((row, index) => (index % 10 === 0 && few[index / 10] ? [few[index / 10]!, row] : [row]))
        .concat(few.slice(Math.ceil(many.length / 10)));
    const tables = {
      ...emptyBackupTables(),
      ...network,
      stakeholders: interleave(
        network.stakeholders,
        sample.stakeholders.map((row) => ({ ...row, name: `${row.name} (old copy)`, updatedAt: old })),
      ),
      relationships: interleave(
        network.relationships,
        sample.relationships.map((row) => ({ ...row, notes: 'old copy', updatedAt: old })),
      ),
      programmes: [],
      categories: [],

      mapPositions: [],
      meta: [],
      briefings: [],
    };
    const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'trama-restore-')), 'merge.json');
    writeFileSync(filePath, serialiseBackup(tables, 2, '2026-03-01T09:00:00.000Z'));

    await chooseBackupFile(page, filePath);
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    const summary = dialog.getByRole('table', { name: 'What the backup would add and change' });
    await summary.waitFor({ timeout: 60_000 });
    expect(
      await summary
        .getByRole('row', { name: /^Stakeholders/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['2,000', '0', String(sample.stakeholders.length), '0', '0']);
    await dialog.getByRole('button', { name: 'Restore' }).click();
    const kept = (sample.stakeholders.length + sample.relationships.length).toLocaleString('en-GB');
    await page
      .getByRole('status')
      .getByText(`Backup restored. ${kept} records changed here after the backup were kept as they are.`)
      .waitFor({ timeout: 90_000 });
    await page.getByRole('dialog', { name: 'Backup restored' }).getByRole('button', { name: 'Close' }).click();

    const after = parseBackup(
      readFileSync((await io.download('Download a full backup')).filePath, 'utf8'),
      CURRENT_SCHEMA_VERSION,
    ).tables;
    expect(after.stakeholders).toHaveLength(2_000 + sample.stakeholders.length);
    expect(after.stakeholders.filter((row) => row.name.endsWith('(old copy)'))).toEqual([]);
    expect(after.relationships.filter((row) => row.notes === 'old copy')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('replaces with a progress bar; Cancel half-way leaves the data exactly as it was, and a second go restores it all', async () => {
    const large = largeBackupFile();
    expect(large.records).toBeGreaterThanOrEqual(20_000);
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    const tablesNow = async () =>
      parseBackup(readFileSync((await io.download('Download a full backup')).filePath, 'utf8'), CURRENT_SCHEMA_VERSION)
        .tables;
    const before = await tablesNow();
    await chooseBackupFile(page, large.filePath);
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByText(/It holds 4,000 stakeholders/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('radio', { name: /Replace everything/ }).check();
    await dialog.getByRole('button', { name: 'Restore' }).click();

    const restoring = page.getByRole('dialog', { name: 'Restoring the backup' });
    const total = large.records.toLocaleString('en-GB');
    // Past the first chunk, well before the end: cancel there.
    const progress = restoring.getByRole('progressbar', {
      name: new RegExp(`^Restoring: [1-9][\\d,]* of ${total} records$`),
    });
    await progress.waitFor({ timeout: 60_000 });
    await restoring.getByRole('button', { name: 'Cancel the restore' }).click();
    await page
      .getByRole('status')
      .getByText('The restore was cancelled. Nothing was changed.')
      .waitFor({ timeout: 60_000 });
    await restoring.waitFor({ state: 'detached' });
    expect(await tablesNow()).toEqual(before);

    const registry = new StakeholdersPage(page);
    await registry.open();
    await waitForText(registry.count(), '146 of 146 stakeholders');

    // The same backup again, to the end this time: the copy of the sample is offered.
    await io.open();
    await chooseBackupFile(page, large.filePath);
    await dialog.getByText(/It holds 4,000 stakeholders/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('radio', { name: /Replace everything/ }).check();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    const done = page.getByRole('dialog', { name: 'Backup restored' });
    await done.waitFor({ timeout: 60_000 });
    const copy = await downloadByButton(page, 'Download the copy of your data from before the restore');
    expect(parseBackup(readFileSync(copy.filePath, 'utf8'), CURRENT_SCHEMA_VERSION).tables.stakeholders).toHaveLength(
      146,
    );
    await done.getByRole('button', { name: 'Close' }).click();
    await registry.open();
    await waitForText(registry.count(), '4,000 of 4,000 stakeholders');
    expect(errors).toEqual([]);
    await context.close();
  });
});
