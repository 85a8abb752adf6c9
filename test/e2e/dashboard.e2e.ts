import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardPage } from './pages/DashboardPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { waitForText } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

/** A value of the stakeholder's profile, read next to its label. */
function profileValue(page: Page, label: string) {
  return page
    .getByRole('region', { name: 'Profile' })
    .locator('dt', { hasText: label })
    .locator('xpath=following-sibling::dd[1]');
}

describe('the dashboard', () => {
  it('opens as the home with an empty network, saying how to start', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const empty = page.getByRole('region', { name: 'Nothing to show yet' });
    await empty.waitFor();
    expect(await empty.getByRole('link', { name: 'Add a stakeholder' }).getAttribute('href')).toBe(
      '#/stakeholders?new=1',
    );
    await empty.getByRole('link', { name: 'Import from a spreadsheet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sums up the sample network overall and per region, each figure leading to the records behind it', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const dashboard = new DashboardPage(page);
    await dashboard.funnel().waitFor();
    expect(await seriousAccessibilityViolations(page), 'dashboard').toEqual([]);

    // The funnel covers every stakeholder of the registry, once.
    const overall = await dashboard.funnelCounts();
    expect(Object.keys(overall)).toEqual(['Not engaged', 'Aware', 'Engaged', 'Committed', 'Implementing']);
    const registry = new StakeholdersPage(page);
    await registry.open();
    await waitForText(registry.count(), `${sum(overall)} of ${sum(overall)} stakeholders`);
    await dashboard.open();
    await dashboard
      .funnel()
      .getByRole('link', { name: /^Implementing/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    await waitForText(registry.count(), `${overall.Implementing} of ${sum(overall)} stakeholders`);

    // Sicily: fewer stakeholders, and reception centres without any tie to health services.
    await dashboard.open();
    await dashboard.chooseRegion('Sicily');
    expect(page.url()).toContain('region=sicilia');
    await page.getByRole('heading', { level: 1, name: 'Dashboard: Sicily' }).waitFor();
    const sicily = await dashboard.funnelCounts();
    expect(sum(sicily)).toBeGreaterThan(0);
    expect(sum(sicily)).toBeLessThan(sum(overall));
    const gapText = (await dashboard.receptionGap().textContent()) ?? '';
    expect(/(\d+) reception facilities \(CAS, SAI, CPA, hotspots\) with no health link/.exec(gapText)?.[1]).toBe('5');
    await dashboard.receptionGap().getByRole('link', { name: 'CAS "Etna" – Catania' }).waitFor();
    // The Prefetture govern reception and host nobody: counted and listed on their own.
    expect(
      await dashboard
        .receptionGap()
        .getByRole('link', { name: /Prefettura/ })
        .count(),
    ).toBe(0);
    const offices = page.getByTestId('reception-office-gap');
    expect(await offices.textContent()).toMatch(/3 offices governing reception \(Prefetture\) with no health link/);
    await offices.getByRole('link', { name: 'Prefettura di Catania' }).waitFor();
    expect(
      await dashboard
        .card('Reception ↔ health bridges')
        .getByRole('link', { name: /Show reception and health on the map/ })
        .getAttribute('href'),
    ).toBe('#/map?region=sicilia&sector=reception%2Chealth');
    expect(await dashboard.card('Overdue follow-ups').getByRole('link', { name: /past/ }).getAttribute('href')).toBe(
      '#/follow-ups?scope=overdue&region=sicilia',
    );
    expect(await seriousAccessibilityViolations(page), 'dashboard for a region').toEqual([]);

    // The Rome protocol expires in 45 days: listed overall and in Lazio, with the list behind it.
    await dashboard.chooseRegion('Lazio');
    const expiring = dashboard.card('Agreements expiring within 90 days');
    const rome = 'Protocollo operativo per la presa in carico psicologica degli ospiti SAI – Roma';
    await expiring.getByRole('link', { name: rome }).waitFor();
    await expiring.getByText(/^expires on /).waitFor();
    await expiring.getByRole('link', { name: /Show all expiring agreements/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    expect(page.url()).toContain('#/agreements?expiring=90&region=lazio');
    await page.getByRole('link', { name: rome }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the power–interest grid', () => {
  it('moves a stakeholder with the arrow keys, changing its scores, and undoes the move', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const dashboard = new DashboardPage(page);
    await dashboard.openGrid();
    await dashboard.chooseRegion('Campania');
    expect(page.url()).toContain('#/grid?region=campania');
    expect(await seriousAccessibilityViolations(page), 'grid').toEqual([]);

    const before = dashboard.gridDot(/^ASL Napoli 1 Centro – ASL NA1: influence \d, interest \d$/);
    const [, influence, interest] =
      /influence (\d), interest (\d)/.exec((await before.getAttribute('aria-label')) ?? '')?.map(Number) ?? [];
    expect(influence).toBeGreaterThan(1);
    await before.focus();
    await page.keyboard.press('ArrowDown');
    const moved = dashboard.gridDot(
      new RegExp(`^ASL Napoli 1 Centro – ASL NA1: influence ${(influence ?? 0) - 1}, interest ${interest}$`),
    );
    await moved.waitFor();
    await page
      .getByText(`ASL Napoli 1 Centro moved to influence ${(influence ?? 0) - 1}, interest ${interest}.`)
      .waitFor();
    // Focus follows the dot to its new cell, so the user can keep moving it.
    await page.waitForFunction(() =>
      document.activeElement?.getAttribute('aria-label')?.startsWith('ASL Napoli 1 Centro – ASL NA1:'),
    );
    expect(
      await dashboard
        .gridCell((influence ?? 0) - 1, interest ?? 0)
        .getByRole('button', { name: /^ASL Napoli 1 Centro/ })
        .count(),
    ).toBe(1);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'ASL Napoli 1 Centro' }).waitFor();
    expect(await profileValue(page, 'Influence (1–5)').textContent()).toBe(String((influence ?? 0) - 1));
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Influence (1–5)')?.nextElementSibling
          ?.textContent === expected,
      String(influence),
    );
    expect(await profileValue(page, 'Interest / support (1–5)').textContent()).toBe(String(interest));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves a stakeholder by dragging it to another cell', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const dashboard = new DashboardPage(page);
    await dashboard.openGrid();
    await dashboard.chooseRegion('Campania');
    const dot = dashboard.gridDot(/^ASL Caserta – ASL CE: influence/);
    const from = await dot.boundingBox();
    const to = await dashboard.gridCell(1, 5).boundingBox();
    if (!from || !to) throw new Error('The grid is not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await dashboard
      .gridCell(1, 5)
      .getByRole('button', { name: 'ASL Caserta – ASL CE: influence 1, interest 5' })
      .waitFor();
    await page.getByText('ASL Caserta moved to influence 1, interest 5.').waitFor();
    // The drag did not also open the stakeholder.
    expect(page.url()).toContain('#/grid');
    expect(errors).toEqual([]);
    await context.close();
  });
});
