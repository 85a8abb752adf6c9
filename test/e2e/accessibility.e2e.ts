import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportExportPage } from './pages/ImportExportPage';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';

// Every view and dialog passes axe-core's WCAG 2.1 A/AA rules with no serious or critical
// violation (issue 7). Views are visited as a user would, in both languages.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page, view: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page), view).toEqual([]);
}

async function visit(page: Page, hash: string, heading: RegExp | string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('onboarding, registry, detail, dialogs and settings', async () => {
    const { page, context } = await openApp(browser);
    await expectAccessible(page, 'onboarding');
    await new OnboardingPage(page).startEmpty();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await expectAccessible(page, 'empty registry');
    await registry.create({ name: 'Comune di Potenza', category: 'Municipality / social services', region: 'Basilicata' });
    await expectAccessible(page, 'registry');

    await page.getByRole('button', { name: 'New stakeholder' }).first().click();
    await page.getByRole('dialog', { name: 'New stakeholder' }).getByRole('button', { name: 'Save' }).click();
    await expectAccessible(page, 'stakeholder form with errors');
    await page.keyboard.press('Escape');

    await registry.row('Comune di Potenza').getByRole('link', { name: 'Comune di Potenza' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comune di Potenza' }).waitFor();
    await expectAccessible(page, 'stakeholder detail');
    await page.getByRole('button', { name: 'Add relationship' }).click();
    await expectAccessible(page, 'relationship dialog');
    await page.keyboard.press('Escape');

    await visit(page, '#/settings', 'Settings');
    await expectAccessible(page, 'settings');
    await context.close();
  });

  it('the network map with the sample, its legend and side panel', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const map = new MapPage(page);
    await map.open();
    await expectAccessible(page, 'map with legend');
    await map.find('Prefettura di Napoli');
    await map.panel().getByRole('heading', { name: /Prefettura di Napoli/ }).waitFor();
    await expectAccessible(page, 'map with side panel');
    await context.close();
  });

  it('import and export, with an import preview', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();
    await expectAccessible(page, 'import and export');
    await io.chooseImportFile('messy-italian.csv');
    await io.summary().waitFor();
    await expectAccessible(page, 'import preview');
    await context.close();
  });

  it('the Italian interface declares its language', async () => {
    const { page, context } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('heading', { name: 'Benvenuti in Trama' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await expectAccessible(page, 'onboarding (it)');
    await context.close();
  });
});
