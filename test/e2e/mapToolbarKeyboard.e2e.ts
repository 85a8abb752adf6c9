import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map toolbar’s panels from the keyboard', () => {
  it('Escape closes the panel its button just opened, and the focus stays on the button', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation').getByRole('link', { name: 'Network map', exact: true }).click();

    for (const name of ['Filters', 'Time', 'Display']) {
      const button = page.getByRole('button', { name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded'), `Enter opens the ${name} panel`).toBe('true');

      await page.keyboard.press('Escape');

      expect(
        await button.getAttribute('aria-expanded'),
        `Escape with the focus on the ${name} button (where Enter leaves it) closes its panel`,
      ).toBe('false');
      expect(
        await button.evaluate((element) => element === document.activeElement),
        `the focus stays on the ${name} button`,
      ).toBe(true);
    }
    await context.close();
  });
});
