import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { compareDays, networkOn } from '../../shared/analysis/asOf';
import { addDays, localIsoDate } from '../../shared/domain/common';
import { serialiseBackup } from '../../shared/io/backup';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { emptyBackupTables } from '../support/backupTables';
import { ImportExportPage } from './pages/ImportExportPage';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';

// The map over time (issue 18): the sample network, entered three years ago, with one
// relationship that ended last month. As of a year ago it is drawn; as of today it is not;
// compared, it is drawn as lost and the summary counts it.

const WINDOW = { width: 1360, height: 880 };
const today = localIsoDate();
const yearAgo = addDays(today, -365);
const lastMonth = addDays(today, -25);

function sampleEnteredLongAgo() {
  const sample = buildSampleNetwork(today);
  const entered = `${addDays(today, -3 * 365)}T08:00:00.000Z`;
  const stakeholders = sample.stakeholders.map((stakeholder) => ({ ...stakeholder, createdAt: entered }));
  const endedIndex = sample.relationships.findIndex(
    (relationship) => relationship.status === 'active' && relationship.since !== null && relationship.since < yearAgo,
  );
  const relationships = sample.relationships.map((relationship, index) =>
    index === endedIndex ? { ...relationship, status: 'inactive' as const, until: lastMonth } : relationship,
  );
  return { ...sample, stakeholders, relationships, endedId: sample.relationships[endedIndex]!.id };
}

function backupFile(network: ReturnType<typeof sampleEnteredLongAgo>): string {
  const { endedId: _, ...tables } = network;
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'trama-map-time-')), 'sample-long-ago.json');
  writeFileSync(
    filePath,
    serialiseBackup({ ...emptyBackupTables(), ...tables }, CURRENT_SCHEMA_VERSION, `${today}T09:00:00.000Z`),
  );
  return filePath;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const canvas = (page: Page) => page.getByTestId('map-canvas');

/** Waits until the canvas says it draws these many relationships (and gained, lost ones). */
async function waitForTies(page: Page, expected: { drawn: number; gained?: number; lost?: number }): Promise<void> {
  await page
    .waitForFunction(
      ({ drawn, gained, lost }) => {
        const element = document.querySelector('[data-testid="map-canvas"]');
        return (
          element?.getAttribute('data-drawn-edges') === String(drawn) &&
          element.getAttribute('data-gained-edges') === String(gained) &&
          element.getAttribute('data-lost-edges') === String(lost)
        );
      },
      { gained: 0, lost: 0, ...expected },
      { timeout: 15_000 },
    )
    .catch(async (error: unknown) => {
      const attributes = await canvas(page).evaluate((element) =>
        ['data-drawn-edges', 'data-gained-edges', 'data-lost-edges'].map((name) => element.getAttribute(name)),
      );
      throw new Error(`Expected ${JSON.stringify(expected)}, the canvas says ${attributes.join(' / ')}: ${error}`);
    });
}

async function openMapAt(page: Page, query: string): Promise<void> {
  await page.evaluate((hash) => void (window.location.hash = hash), `#/map?${query}`);
  await page.getByRole('heading', { level: 1, name: 'Network map' }).waitFor();
  await page.waitForSelector('[data-testid="map-canvas"][data-map-drawn]');
}

describe('the map over time', () => {
  it('draws a relationship ended last month as of a year ago, not as of today, and as lost when compared', async () => {
    const network = sampleEnteredLongAgo();
    const { page, context, errors } = await openApp(browser);
    await page.setViewportSize(WINDOW);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();
    await page
      .getByRole('region', { name: 'Backups' })
      .getByLabel('Restore from a backup file')
      .setInputFiles(backupFile(network));
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByRole('radio', { name: /Replace everything/ }).check();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    // Nothing to keep a copy of before the restore: no dialog, a message.
    await page.getByRole('status').getByText('Backup restored.').first().waitFor();

    const asOfNetwork = { ...network, history: [] };
    const thenTies = networkOn(asOfNetwork, yearAgo).relationships;
    const nowTies = networkOn(asOfNetwork, today).relationships;
    const compared = compareDays(asOfNetwork, yearAgo, today);
    expect(thenTies.map((tie) => tie.id)).toContain(network.endedId);
    expect(nowTies.map((tie) => tie.id)).not.toContain(network.endedId);
    expect(compared.ties.lost).toEqual([network.endedId]);

    await openMapAt(page, `day=${yearAgo}`);
    await waitForTies(page, { drawn: thenTies.length });
    const map = new MapPage(page);
    expect(await map.summary().textContent()).toMatch(/^As of .+ · 146 of 146 stakeholders shown/);

    await openMapAt(page, `day=${today}`);
    await waitForTies(page, { drawn: nowTies.length });

    // Compared: the ended tie drawn as lost (dashed) beside today's, the summary counting both.
    await openMapAt(page, `day=${today}&from=${yearAgo}`);
    await waitForTies(page, {
      drawn: nowTies.length + 1,
      gained: compared.ties.gained.length,
      lost: 1,
    });
    expect(await page.getByTestId('map-summary-compare').textContent()).toMatch(
      new RegExp(`Compared with .+: ${compared.ties.gained.length} ties gained, 1 lost$`),
    );
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByText('Tie gained').waitFor();
    await legend.getByText('Tie lost').waitFor();
    expect(await seriousAccessibilityViolations(page), 'the map compared between two days').toEqual([]);

    // The Time panel changes the days and writes them in the address; Back to today clears them.
    const timeButton = page.getByRole('group', { name: 'Map tools' }).getByRole('button', { name: 'Time (on)' });
    await timeButton.click();
    const panel = page.getByRole('group', { name: 'The network over time' });
    // A month ago the ended tie was still active, and no tie of the sample began since.
    await panel.getByRole('textbox', { name: 'Compare with' }).fill(addDays(today, -30));
    await waitForTies(page, { drawn: nowTies.length + 1, lost: 1 });
    expect(page.url()).toContain(`from=${addDays(today, -30)}`);
    await panel.getByRole('button', { name: 'Back to today' }).click();
    await page.waitForFunction(() => !window.location.hash.includes('day='));
    expect(await map.summary().textContent()).not.toContain('As of');

    // A day before anything was entered: an empty map that says why.
    await openMapAt(page, 'day=1990-01-01');
    await waitForTies(page, { drawn: 0 });
    expect(await map.summary().textContent()).toContain('No stakeholder had been entered in Trama by 1 Jan 1990.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
