import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { expectAccessible } from './support/axe';
import { launchChromium, openApp } from './support/browser';

const BROKEN_ADDRESS = '#/stakeholders/%E0%A4%A';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('an address that cannot be opened', () => {
  it('shows a page that says so, with Back, Reload and Copy details, and the app keeps working', async () => {
    const { page, context, errors } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await new OnboardingPage(page).startEmpty();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    // A link pasted into the address bar while the app is open.
    await page.evaluate((address) => {
      window.location.hash = address;
    }, BROKEN_ADDRESS);
    await page.getByRole('heading', { level: 1, name: 'This address cannot be opened' }).waitFor();
    for (const name of ['Back', 'Reload', 'Copy details'])
      await page.getByRole('button', { name, exact: true }).waitFor();
    await expectAccessible(page, 'address that cannot be opened');

    await page.getByRole('button', { name: 'Copy details' }).click();
    await page.getByText('Details copied.').waitFor();
    const details = await page.evaluate(() => navigator.clipboard.readText());
    expect(details).toContain(BROKEN_ADDRESS);
    expect(details).toMatch(/Trama \d+\.\d+\.\d+/);

    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    // Opened straight from the broken address (nothing in the app to go back to).
    await page.evaluate((address) => {
      window.location.hash = address;
    }, BROKEN_ADDRESS);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'This address cannot be opened' }).waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'This address cannot be opened' }).waitFor();
    await new StakeholdersPage(page).open();
    expect(await page.getByRole('heading', { name: 'This address cannot be opened' }).count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks the app’s language: Italian for an Italian user', async () => {
    const { page, context, errors } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('button', { name: /Inizia con una rete vuota/ }).click();
    await page.getByRole('navigation', { name: 'Sezioni principali' }).waitFor();
    await page.evaluate((address) => {
      window.location.hash = address;
    }, BROKEN_ADDRESS);
    await page.getByRole('heading', { level: 1, name: 'Questo indirizzo non può essere aperto' }).waitFor();
    for (const name of ['Indietro', 'Ricarica', 'Copia i dettagli'])
      await page.getByRole('button', { name, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Indietro', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cruscotto' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts focus on the heading and copies no search the user typed', async () => {
    const { page, context, errors } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await new OnboardingPage(page).startEmpty();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.evaluate(() => {
      window.location.hash = '#/settings/x?q=Mario%20Rossi';
    });
    const heading = page.getByRole('heading', { level: 1, name: 'This address cannot be opened' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Copy details' }).click();
    await page.getByText('Details copied.').waitFor();
    const details = await page.evaluate(() => navigator.clipboard.readText());
    expect(details).toContain('#/settings/x?q=(length 11)');
    expect(details).not.toContain('Mario');
    expect(errors).toEqual([]);
    await context.close();
  });
});
