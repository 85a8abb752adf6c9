import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { addDays, localIsoDate } from '../../shared/domain/common';
import { GUIDELINES_STAGES, type GuidelinesStage } from '../../shared/domain/enums';
import { parseBackup, serialiseBackup } from '../../shared/io/backup';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { DashboardPage } from './pages/DashboardPage';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';

// Issue 18, "Compare two dates" on the dashboard: the sample network as a team would have
// it after two years (its records entered then), one stakeholder moved to another guidelines
// stage today and one of its relationships ended last month. Compared a year ago with today,
// the stage movement shows in its region's row and the relationship among the ties lost.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const STAGE_LABELS: Record<GuidelinesStage, string> = {
  'not-engaged': 'Not engaged',
  aware: 'Aware',
  engaged: 'Engaged',
  committed: 'Committed',
  implementing: 'Implementing',
};

/** A relationship of the sample active for more than a year, between two stakeholders of known region and unique name. */
function chosenTie(today: string) {
  const sample = buildSampleNetwork(today);
  const byId = new Map(sample.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
  const isUnique = (name: string) =>
    sample.stakeholders.filter((stakeholder) => stakeholder.name === name).length === 1;
  for (const relationship of sample.relationships) {
    const [source, target] = [byId.get(relationship.sourceId)!, byId.get(relationship.targetId)!];
    if (relationship.status !== 'active' || relationship.until !== null) continue;
    if (relationship.since === null || relationship.since > addDays(today, -400)) continue;
    if (source.region === null || !isUnique(source.name) || !isUnique(target.name)) continue;
    return { source, target };
  }
  throw new Error('The sample has no relationship to end');
}

/** The sample's records backdated two years, through a backup of the app's own restored over it. */
async function sampleEnteredTwoYearsAgo(page: Page, today: string): Promise<void> {
  const io = new ImportExportPage(page);
  await io.open();
  const backup = parseBackup(
    readFileSync((await io.download('Download a full backup')).filePath, 'utf8'),
    CURRENT_SCHEMA_VERSION,
  );
  const entered = `${addDays(today, -730)}T08:00:00.000Z`;
  const tables = {
    ...backup.tables,
    stakeholders: backup.tables.stakeholders.map((row) => ({ ...row, createdAt: entered })),
    relationships: backup.tables.relationships.map((row) => ({ ...row, createdAt: entered })),
    agreements: backup.tables.agreements.map((row) => ({ ...row, createdAt: entered })),
  };
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'trama-compare-')), 'two-years.json');
  writeFileSync(filePath, serialiseBackup(tables, CURRENT_SCHEMA_VERSION, new Date().toISOString()));
  await page.getByRole('region', { name: 'Backups' }).getByLabel('Restore from a backup file').setInputFiles(filePath);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.getByRole('radio', { name: /Replace everything/ }).check();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog', { name: 'Backup restored' }).getByRole('button', { name: 'Close' }).click();
}

/** The text of a row's cell under a column heading. */
async function cellText(table: Locator, row: string, column: string): Promise<string> {
  const headers = await table.getByRole('columnheader').allTextContents();
  const cells = table.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell');
  return (await cells.nth(headers.indexOf(column) - 1).textContent()) ?? '';
}

describe('comparing two dates on the dashboard', () => {
  it('shows a stage change in its region’s row and in the funnel as of dates before and after, and a relationship ended last month among the ties lost', async () => {
    const today = localIsoDate();
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
    const lastMonth = addDays(today, -30);
    const { source, target } = chosenTie(today);
    const region = source.region!;
    const newStage: GuidelinesStage = source.guidelinesStage === 'implementing' ? 'aware' : 'implementing';

    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await sampleEnteredTwoYearsAgo(page, today);

    const registry = new StakeholdersPage(page);
    await registry.open();
    await registry.search(source.name);
    await registry.row(source.name).getByRole('link', { name: source.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: source.name }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: /Edit/ });
    await edit.getByLabel('Guidelines stage').selectOption({ label: STAGE_LABELS[newStage] });
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: `Edit relationship with ${target.name}` }).click();
    const tie = page.getByRole('dialog', { name: /relationship/i });
    await tie.getByLabel('Until').fill(lastMonth);
    await tie.getByRole('button', { name: 'Save' }).click();
    await tie.waitFor({ state: 'detached' });

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const regionLabel = await page
      .getByRole('navigation', { name: 'Region' })
      .locator(`a[href$="region=${region}"]`)
      .textContent();
    await dashboard.chooseRegion(regionLabel!);
    const now = await dashboard.funnelCounts();

    const card = dashboard.card('Compare two dates');
    expect(await card.getByRole('textbox', { name: 'From' }).inputValue()).toBe(yearAgo);
    expect(await card.getByRole('textbox', { name: 'To' }).inputValue()).toBe(today);
    const table = card.getByRole('table', { name: /^Stakeholders by guidelines stage on / });
    await table.waitFor();
    const newLabel = STAGE_LABELS[newStage];
    const oldLabel = STAGE_LABELS[source.guidelinesStage];
    // A year ago every stage but this stakeholder's is today's (no other change recorded).
    expect(await cellText(table, regionLabel!, newLabel)).toBe(`${now[newLabel]! - 1} → ${now[newLabel]} 1 more`);
    expect(await cellText(table, regionLabel!, oldLabel)).toBe(`${now[oldLabel]! + 1} → ${now[oldLabel]} 1 fewer`);
    for (const stage of GUIDELINES_STAGES.filter((one) => one !== newStage && one !== source.guidelinesStage))
      expect(await cellText(table, regionLabel!, STAGE_LABELS[stage])).toMatch(/ no change$/);
    expect(await card.getByRole('list', { name: 'Who changed stage' }).textContent()).toBe(
      `${source.name}: ${oldLabel} → ${newLabel}`,
    );

    const lost = card.getByRole('region', { name: 'Ties gained and lost' }).getByRole('list', { name: 'Ties lost' });
    const ended = lost
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: target.name, exact: true }) });
    await ended.getByRole('link', { name: source.name, exact: true }).waitFor();
    expect(await card.getByRole('link', { name: 'Show on the map' }).getAttribute('href')).toBe(
      `#/map?day=${today}&from=${yearAgo}&region=${region}`,
    );
    expect(await seriousAccessibilityViolations(page), 'compare card').toEqual([]);

    // The funnel "as of" a date, typed in the same date field: before the change and after it.
    const asOf = dashboard.card('Guidelines stages as of a date');
    const thenAndNow = async (stage: string) =>
      asOf
        .getByRole('table')
        .getByRole('row', { name: new RegExp(`^${stage}`) })
        .getByRole('cell')
        .allTextContents();
    await asOf.getByRole('textbox', { name: 'As of' }).fill(yearAgo);
    await asOf.getByRole('table', { name: /^Stakeholders by guidelines stage on .+ and today$/ }).waitFor();
    await expect.poll(() => thenAndNow(newLabel)).toEqual([String(now[newLabel]! - 1), String(now[newLabel])]);
    await asOf.getByRole('textbox', { name: 'As of' }).fill(today);
    await expect.poll(() => thenAndNow(newLabel)).toEqual([String(now[newLabel]), String(now[newLabel])]);

    // A first date after the second is said beside it; nothing is compared.
    await card.getByRole('textbox', { name: 'From' }).fill(addDays(today, 1));
    await card.getByText(/^This date is after the second one/).waitFor();
    expect(await table.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
