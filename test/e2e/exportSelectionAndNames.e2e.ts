import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';
import { downloadByButton } from './support/download';

// The export's choices and file names: what the user looked at is checked against the data
// that is still there, and the files are named in the interface language.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

describe('exporting', () => {
  it('after the sample is cleared, "What you are looking at" no longer counts the map’s vanished stakeholders', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.goto(page.url().split('#')[0] + '#/map?region=basilicata');
    await page.getByText(/^18 of 146 stakeholders shown/).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Import and export', exact: true }).click();
    await page.getByText('What you are looking at: 18 stakeholders from the map').waitFor();
    await page.getByRole('button', { name: 'Clear sample data' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.getByRole('radio', { name: /The whole database \(0 stakeholders\)/ }).waitFor();

    const offered = await page
      .getByText(/^What you are looking at/)
      .first()
      .textContent();
    expect(
      offered,
      'with no stakeholder left, the export still offers the 18 Basilicata stakeholders the map showed before the sample was cleared (exporting them saves a workbook with no stakeholder row)',
    ).not.toMatch(/18 stakeholders/);
    expect(await page.getByRole('radio', { name: /^What you are looking at/ }).isDisabled()).toBe(true);
    await context.close();
  });

  it('in English the workbook and the contact lists are saved under English file names', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB' });
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation').getByRole('link', { name: 'Import and export', exact: true }).click();

    const workbook = await downloadByButton(page, 'Excel workbook (all records)');
    const contacts = await downloadByButton(page, 'Contact lists by region (Excel)');

    expect(
      [workbook.suggestedName, contacts.suggestedName],
      'the English interface saves "trama-dati-…" and "trama-contatti-…" (and says "trama-dati-… saved."), while matrices and network files follow the language',
    ).not.toContainEqual(expect.stringMatching(/-(dati|contatti)-/));
    expect(workbook.suggestedName).toMatch(new RegExp(`^Trama data – ${DATE}\\.xlsx$`));
    expect(contacts.suggestedName).toMatch(new RegExp(`^Contact lists – ${DATE}\\.xlsx$`));
    await context.close();
  });

  it('in Italian the same files are saved under Italian file names', async () => {
    const { page, context } = await openApp(browser, { locale: 'it-IT' });
    await page.getByRole('button', { name: /Esplora una rete di esempio/ }).click();
    await page.getByRole('region', { name: /dati di esempio/ }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Importa ed esporta', exact: true }).click();

    const workbook = await downloadByButton(page, 'Cartella Excel (tutti i dati)');
    const contacts = await downloadByButton(page, 'Elenchi dei contatti per regione (Excel)');

    expect(workbook.suggestedName).toMatch(new RegExp(`^Dati Trama – ${DATE}\\.xlsx$`));
    expect(contacts.suggestedName).toMatch(new RegExp(`^Elenchi dei contatti – ${DATE}\\.xlsx$`));
    await context.close();
  });
});
