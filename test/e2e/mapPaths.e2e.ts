import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp } from './support/browser';

// Issue 16: search that finds what was typed, and "who can introduce us to …?".

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('search ranking and the path finder', () => {
  it('offers Prefettura di Roma first for "Prefettura RM" in the map search and in a form', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await new MapPage(page).open();
    await page.getByRole('combobox', { name: 'Find a stakeholder on the map' }).fill('Prefettura RM');
    const mapOptions = page.getByRole('listbox', { name: 'Find a stakeholder on the map' }).getByRole('option');
    await expect.poll(() => mapOptions.first().textContent()).toMatch(/^Prefettura di Roma/);

    const stakeholders = new StakeholdersPage(page);
    await stakeholders.open();
    await stakeholders.search('Questura di Roma');
    await page.getByRole('link', { name: 'Questura di Roma – Ufficio Immigrazione', exact: true }).click();
    await page.getByRole('button', { name: 'Add relationship' }).click();
    const dialog = page.getByRole('dialog', { name: /New relationship/ });
    await dialog.getByRole('combobox', { name: 'Linked stakeholder' }).fill('Prefettura RM');
    const formOptions = dialog.getByRole('listbox', { name: 'Linked stakeholder' }).getByRole('option');
    await expect.poll(() => formOptions.first().textContent()).toMatch(/^Prefettura di Roma/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds who can introduce Prefettura di Roma to Prefettura di Palermo, lists it and marks it on the map', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.setViewportSize({ width: 1360, height: 880 });
    await new OnboardingPage(page).loadSample();
    const map = new MapPage(page);
    await map.open();
    await page.waitForSelector('[data-testid="map-canvas"][data-map-drawn]');
    // By keyboard: the first option is the one ranked first.
    const search = page.getByRole('combobox', { name: 'Find a stakeholder on the map' });
    await search.fill('Prefettura RM');
    await search.press('Enter');
    const panel = map.panel();
    await panel.getByRole('heading', { name: /^Prefettura di Roma/ }).waitFor();

    const finder = panel.getByRole('region', { name: 'Who can introduce us?' });
    expect(await finder.getByRole('combobox', { name: 'From' }).inputValue()).toMatch(/^Prefettura di Roma/);
    await finder.getByRole('combobox', { name: 'To' }).fill('Prefettura PA');
    await finder.getByRole('combobox', { name: 'To' }).press('Enter');
    await finder.getByRole('button', { name: 'Find paths' }).click();

    await expect
      .poll(() => finder.getByRole('status').textContent())
      .toMatch(/paths? from Prefettura di Roma.* to Prefettura di Palermo/);
    const best = finder.locator('li.map-paths-chosen');
    expect(await best.getByText(/^Path 1: 2 steps$/).count()).toBe(1);
    const steps = await best.getByRole('button', { name: /^Select .* on the map$/ }).allTextContents();
    expect(steps).toEqual([
      expect.stringMatching(/^Prefettura di Roma/),
      expect.stringMatching(/^Ministero dell'Interno/),
      expect.stringMatching(/^Prefettura di Palermo/),
    ]);
    expect(await best.textContent()).toContain('Oversight, strong tie');

    // Read from Cytoscape itself: the path's three stakeholders and two relationships carry the class.
    const marks = page.getByTestId('map-paths');
    await expect.poll(() => marks.getAttribute('data-path-nodes')).toBe('3');
    expect(await marks.getAttribute('data-path-edges')).toBe('2');

    // A step selects its stakeholder; the path stays shown.
    await best.getByRole('button', { name: /^Select Ministero dell'Interno/ }).click();
    await panel.getByRole('heading', { name: /^Ministero dell'Interno/ }).waitFor();
    expect(await marks.getAttribute('data-path-nodes')).toBe('3');
    expect(errors).toEqual([]);
    await context.close();
  });
});
