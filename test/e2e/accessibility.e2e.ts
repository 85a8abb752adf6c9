import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardPage } from './pages/DashboardPage';
import { ImportExportPage } from './pages/ImportExportPage';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { expectAccessible } from './support/axe';
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

/**
 * Walks the page with Tab, as a keyboard user does, and returns the controls reached and
 * those among them that show no focus indicator (no outline and no box shadow).
 */
async function tabThrough(page: Page, maxStops = 400): Promise<{ reached: string[]; withoutIndicator: string[] }> {
  const reached: string[] = [];
  const withoutIndicator: string[] = [];
  await page.evaluate(() =>
    document.querySelectorAll('[data-tab-seen]').forEach((element) => element.removeAttribute('data-tab-seen')),
  );
  for (let stop = 0; stop < maxStops; stop += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body || element.hasAttribute('data-tab-seen')) return null;
      element.setAttribute('data-tab-seen', '');
      const style = getComputedStyle(element);
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
      const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return {
        id: `${element.tagName.toLowerCase()} “${name}”`,
        hasIndicator: hasOutline || style.boxShadow !== 'none',
      };
    });
    if (!focused) break;
    reached.push(focused.id);
    if (!focused.hasIndicator) withoutIndicator.push(focused.id);
  }
  expect(reached.length, 'Tab never came back round: a keyboard trap?').toBeLessThan(maxStops);
  return { reached, withoutIndicator };
}

async function visit(page: Page, hash: string, heading: RegExp | string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

/** Visits each section by its address, waits for its heading and checks it. */
async function expectEachAccessible(
  page: Page,
  note: string,
  sections: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  for (const [hash, heading] of sections) {
    await visit(page, hash, heading);
    await expectAccessible(page, `${hash} ${note}`);
  }
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('onboarding, registry, detail, dialogs and settings', async () => {
    const { page, context } = await openApp(browser);
    await expectAccessible(page, 'onboarding');
    await new OnboardingPage(page).startEmpty();
    const registry = new StakeholdersPage(page);
    await registry.open();
    await expectAccessible(page, 'empty registry');
    await registry.create({
      name: 'Comune di Potenza',
      category: 'Municipality / social services',
      region: 'Basilicata',
    });
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
    await map
      .panel()
      .getByRole('heading', { name: /Prefettura di Napoli/ })
      .waitFor();
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

  it('the sections of an empty network, with their empty states', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    await page.getByRole('region', { name: 'Nothing to show yet' }).waitFor();
    await expectAccessible(page, 'empty dashboard');
    await expectEachAccessible(page, 'empty', [
      ['#/grid', 'Power–interest grid'],
      ['#/agreements', 'Agreements'],
      ['#/actions', 'Advocacy actions'],
      ['#/follow-ups', 'Follow-ups'],
      ['#/briefings', 'Briefing packs'],
      ['#/settings', 'Settings'],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reaches every control of the records views by Tab, each showing where the focus is', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const dashboard = new DashboardPage(page);
    await dashboard.funnel().waitFor();
    const home = await tabThrough(page);
    expect(home.withoutIndicator, 'dashboard').toEqual([]);
    expect(home.reached).toContain('a “Campania”');
    await dashboard.openGrid();
    const grid = await tabThrough(page);
    expect(grid.withoutIndicator, 'grid').toEqual([]);
    expect(grid.reached.some((id) => /^button “.+: influence \d, interest \d”$/.test(id))).toBe(true);
    await visit(page, '#/agreements', 'Agreements');
    await page.getByRole('table', { name: 'Agreements' }).getByRole('row').nth(1).waitFor();
    expect((await tabThrough(page)).withoutIndicator, 'agreements').toEqual([]);
    await visit(page, '#/follow-ups', 'Follow-ups');
    await page
      .getByRole('list', { name: /follow-ups$/i })
      .getByRole('listitem')
      .first()
      .waitFor();
    expect((await tabThrough(page)).withoutIndicator, 'follow-ups').toEqual([]);
    await visit(page, '#/settings', 'Settings');
    await page.getByRole('list', { name: 'Staff members' }).getByRole('listitem').first().waitFor();
    const settings = await tabThrough(page);
    expect(settings.withoutIndicator, 'settings').toEqual([]);
    expect(settings.reached).toContain('button “Delete Noemi Campione”');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Italian interface declares its language', async () => {
    const { page, context } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('heading', { name: 'Benvenuti in Trama' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await expectAccessible(page, 'onboarding (it)');
    await context.close();
  });

  it('the records views in Italian, with their details and dialogs', async () => {
    const { page, context, errors } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('button', { name: /Esplora una rete di esempio/ }).click();
    await page.getByTestId('stage-funnel').waitFor();
    await expectAccessible(page, 'dashboard (it)');
    await expectEachAccessible(page, '(it)', [
      ['#/grid', 'Griglia potere–interesse'],
      ['#/agreements', 'Accordi'],
      ['#/actions', 'Azioni di advocacy'],
      ['#/follow-ups', 'Follow-up'],
      ['#/briefings', 'Dossier per riunioni'],
      ['#/settings', 'Impostazioni'],
    ]);
    await page.getByRole('button', { name: 'Aggiungi persona' }).click();
    await page.getByRole('dialog', { name: 'Nuova persona' }).waitFor();
    await expectAccessible(page, 'staff form (it)');
    await page.keyboard.press('Escape');

    await visit(page, '#/agreements', 'Accordi');
    await page.getByRole('table', { name: 'Accordi' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Accordi' }).waitFor();
    await expectAccessible(page, 'agreement detail (it)');
    await visit(page, '#/actions', 'Azioni di advocacy');
    await page.getByRole('table', { name: 'Azioni di advocacy' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Azioni di advocacy' }).waitFor();
    await expectAccessible(page, 'action detail (it)');
    await page.getByRole('button', { name: 'Modifica', exact: true }).click();
    await page
      .getByRole('dialog', { name: /^Modifica «/ })
      .getByRole('button', { name: 'Salva' })
      .waitFor();
    await expectAccessible(page, 'action form (it)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
