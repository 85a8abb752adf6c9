import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';

// The overall view counts national, EU and international bodies among its gaps: its table
// gives them a row, so that the rows add up, and it names them, as no region's view does.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the dashboard’s bridges overall', () => {
  it('the dashboard’s reception facilities with no health link add up with its region rows', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB' });
    await new OnboardingPage(page).loadSample();
    // "Compare two days" has a part of the same name: the card is the one with the map link.
    const card = page
      .getByRole('region', { name: 'Reception ↔ health bridges' })
      .filter({ has: page.getByRole('link', { name: 'Show reception and health on the map' }) });
    const notice = (await card.getByText(/reception facilities .* with no health link/).textContent()) ?? '';
    const overall = Number(/(\d+) reception facilities/.exec(notice)?.[1]);
    const rows = await card.getByRole('table').getByRole('row').allInnerTexts();
    const unlinkedInRegions = rows
      .map((row) => /(\d+) of (\d+)/.exec(row))
      .filter((found): found is RegExpExecArray => found !== null)
      .reduce((sum, found) => sum + Number(found[2]) - Number(found[1]), 0);

    expect(
      unlinkedInRegions,
      `the overall view says "${notice.trim()}" but its region rows leave ${unlinkedInRegions} unlinked: the national-level one is counted, listed under no region, and the overall view names none`,
    ).toBe(overall);
    const national = card.getByRole('row', { name: /^National, EU and international/ });
    expect(await national.getByRole('link').getAttribute('href')).toBe('#/stakeholders?region=none&sector=reception');
    expect(await card.getByTestId('reception-gap').getByRole('link').count()).toBeGreaterThan(0);
    await context.close();
  });
});
