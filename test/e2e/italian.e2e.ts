import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Issue 17, item 8: one register (docs/GLOSSARY.md) and messages that say their limits.
describe('the Italian interface', () => {
  it('speaks in the formal register and says the limit of a note that is too long', async () => {
    const { page, context, errors } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('button', { name: /Inizia con una rete vuota/ }).click();
    await page
      .getByRole('navigation', { name: 'Sezioni principali' })
      .getByRole('link', { name: 'Mappa della rete' })
      .click();
    // The map's empty state said "Aggiungi…" (tu) before.
    await page.getByText('Aggiungete gli stakeholder e le relazioni tra loro', { exact: false }).waitFor();

    await page.goto(page.url().replace(/#.*$/, '#/stakeholders?new=1'));
    const dialog = page.getByRole('dialog', { name: 'Nuovo stakeholder' });
    await dialog.getByLabel('Nome', { exact: true }).fill('CAS Esempio');
    await dialog.getByRole('combobox', { name: 'Regione' }).selectOption({ label: 'Campania' });
    await dialog.getByLabel('Note').fill('n'.repeat(20_001));
    await dialog.getByRole('button', { name: 'Salva' }).click();
    // It said only "Troppo lungo." before.
    await dialog.getByText('Troppo lungo: al massimo 20.000 caratteri.').waitFor();
    expect(await dialog.getByLabel('Note').getAttribute('aria-invalid')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
});
