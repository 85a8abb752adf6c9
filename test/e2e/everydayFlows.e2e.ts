import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';

// Everyday flows of issue 17: pickers and forms that do not lose work, notices that lead to
// what was saved, the skip link, relationship end dates, long notes, dates in the interface's
// language, and the first run's restore and sample.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function goTo(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
}

/** Records of one IndexedDB store as stored, read without the app's code. */
function storedRecords(page: Page, store: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const opening = indexedDB.open('trama');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const reading = opening.result.transaction(name).objectStore(name).getAll();
          reading.onsuccess = () => {
            resolve(reading.result as Array<Record<string, unknown>>);
            opening.result.close();
          };
          reading.onerror = () => reject(new Error(String(reading.error)));
        };
      }),
    store,
  );
}

async function openFirstStakeholder(page: Page): Promise<string> {
  // A stakeholder's own page (#/stakeholders/<id>): the dashboard's region table, still shown for
  // a moment after the sidebar's click, links regions to the list (#/stakeholders?region=…).
  const link = page.locator('table a[href^="#/stakeholders/"]').first();
  const name = (await link.textContent()) ?? '';
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return name;
}

describe('everyday flows', () => {
  it('a picker’s Enter on a name that matches nothing does not save; Escape closes its list first; leaving asks', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await goTo(page, 'Advocacy actions');
    const actionsBefore = (await storedRecords(page, 'actions')).length;
    await page.getByRole('button', { name: 'New action' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New advocacy action' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Incontro con la Questura');
    const picker = dialog.getByRole('combobox', { name: 'Add a target stakeholder' });
    await picker.fill('Questura di Nessunluogo');
    await dialog.getByRole('option', { name: 'Nothing matches “Questura di Nessunluogo”' }).waitFor();

    await picker.press('Enter');
    expect(await dialog.isVisible()).toBe(true);
    expect((await storedRecords(page, 'actions')).length).toBe(actionsBefore);

    await picker.press('Escape');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    expect(await dialog.isVisible()).toBe(true);

    // The form holds a title: Escape now asks, Keep editing keeps it, Cancel asks again, Discard closes.
    await picker.press('Escape');
    const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Incontro con la Questura');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await storedRecords(page, 'actions')).length).toBe(actionsBefore);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after a new stakeholder is saved, the notice links to it and its row is marked', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await goTo(page, 'Stakeholders');
    await page.getByRole('button', { name: 'New stakeholder' }).click();
    const dialog = page.getByRole('dialog', { name: 'New stakeholder' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Zona Franca – Centro di ascolto');
    await dialog.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Lazio' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /Zona Franca – Centro di ascolto/ });
    await row.waitFor();
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await row.isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Open Zona Franca – Centro di ascolto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zona Franca – Centro di ascolto' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the skip link moves the focus to the main content and leaves the address alone', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await goTo(page, 'Stakeholders');
    await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    // Opened afresh at this address: the first Tab reaches the skip link, as for a keyboard user.
    const address = page.url();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toBe(address);
    await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a relationship’s dates are typed dd/mm/yyyy in Italian, stored as ISO, and its end is shown', async () => {
    const { page, context, errors } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('button', { name: /Esplora una rete di esempio/ }).click();
    await goTo(page, 'Stakeholder');
    await openFirstStakeholder(page);
    await page.getByRole('button', { name: 'Aggiungi relazione' }).click();
    const dialog = page.getByRole('dialog', { name: /Nuova relazione/ });
    const other = dialog.getByRole('combobox', { name: 'Stakeholder collegato' });
    await other.fill('Prefettura');
    await other.press('Enter');
    const since = dialog.getByLabel('Dal', { exact: true });
    expect(await since.getAttribute('type')).toBe('text');
    expect(await since.getAttribute('placeholder')).toBe('gg/mm/aaaa');
    await since.fill('12/3/2021');
    await dialog.getByLabel('Al', { exact: true }).fill('31/02/2025');
    await dialog.getByLabel('Al', { exact: true }).blur();
    await dialog.getByText('Febbraio 2025 non ha il giorno 31.').waitFor();
    await dialog.getByLabel('Al', { exact: true }).fill('03/03/2025');
    await dialog.getByLabel('Al', { exact: true }).blur();
    expect(await since.inputValue()).toBe('12/03/2021');
    await dialog.getByText(/Si legge: .*12 marzo 2021/).waitFor();
    await dialog.screenshot({ path: '/tmp/shots/forms-relationship-it.png' });
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText('dal 12 mar 2021 · terminata il 3 mar 2025').waitFor();
    const stored = (await storedRecords(page, 'relationships')).filter((record) => record.until === '2025-03-03');
    expect(stored.map((record) => record.since)).toEqual(['2021-03-12']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a long note folds behind “Show more”', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await goTo(page, 'Stakeholders');
    await openFirstStakeholder(page);
    const notes =
      `First meeting at the prefecture.\n${'The regional table met again and agreed on referrals. '.repeat(90)}`.trim();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Edit / });
    await dialog.getByLabel('Notes', { exact: true }).fill(notes);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('First meeting at the prefecture.', { exact: false }).waitFor();
    expect(await profile.textContent()).not.toContain(notes);
    await profile.getByRole('button', { name: 'Show more' }).click();
    expect(await profile.textContent()).toContain(notes);
    await profile.getByRole('button', { name: 'Show less' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the first run offers to restore a backup', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: /Restore a backup/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Restore a backup' }).waitFor();
    expect(await page.getByLabel('Restore from a backup file').getAttribute('type')).toBe('file');
    await page.getByRole('button', { name: 'Back to the choices' }).click();
    await page.getByRole('button', { name: /Explore a sample network/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Settings loads the sample network again, only into an empty database', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    await goTo(page, 'Settings');
    const load = page.getByRole('button', { name: 'Load the sample network' });
    await expect.poll(() => load.isEnabled()).toBe(true);
    await load.click();
    await page.getByText('The sample network is loaded.').waitFor();
    await expect.poll(() => load.isDisabled()).toBe(true);
    await page.getByText('The sample loads only into an empty database', { exact: false }).waitFor();
    expect((await storedRecords(page, 'stakeholders')).length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await context.close();
  });
});
