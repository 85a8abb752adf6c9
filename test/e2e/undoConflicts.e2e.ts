import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ImportExportPage } from './pages/ImportExportPage';
import { MapPage } from './pages/MapPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { expectAccessible } from './support/axe';
import { launchChromium, openApp } from './support/browser';

const SMALL_CSV = [
  'Ente;REGIONE;Prov.;Città;Referente;Ruolo;E-mail;Telefono;Note',
  'ASL Roma 1;Lazio;RM;Roma;Anna Prova;Referente salute migranti;anna.prova@example.org;;',
  'CAS Tiburtino;Lazio;RM;Roma;;;;;',
].join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Undo after later edits', () => {
  it('undoing an import after a contact was added to an imported stakeholder says so and undoes only what is safe', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();
    await io.chooseImportFile({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL_CSV, 'utf8') });
    await page.getByRole('button', { name: 'Import 2 stakeholders' }).click();
    const notice = page.getByRole('region', { name: 'Notifications' });
    // The pointer rests on the notice, which keeps it (and its Undo) on screen.
    await notice.getByText(/2 stakeholders added/).hover();

    // Meanwhile, in a second window of the app, a contact person is added to an imported stakeholder.
    const other = await context.newPage();
    await other.goto(new URL('#/stakeholders', inject('baseUrl')).href);
    await new StakeholdersPage(other).row('ASL Roma 1').getByRole('link', { name: 'ASL Roma 1' }).click();
    await other.getByRole('heading', { level: 1, name: 'ASL Roma 1' }).waitFor();
    await new StakeholderDetailPage(other).addContact({ name: 'Marco Nuovo', role: 'Coordinatore' });
    await other.close();

    await notice.getByRole('button', { name: 'Undo' }).click();
    const dialog = page.getByRole('dialog', { name: 'This change cannot be fully undone' });
    await dialog
      .getByText('Some records were changed after this change, or newer records now refer to them.', { exact: false })
      .waitFor();
    await dialog.getByText('ASL Roma 1 (Stakeholder): referred to later by Marco Nuovo (Contact person)').waitFor();
    await expectAccessible(page, 'undo conflict dialog');
    await dialog.getByRole('button', { name: 'Undo the rest' }).click();
    await notice.getByText('Undone, except 1 record that stays as it is now.').waitFor();

    const registry = new StakeholdersPage(page);
    await registry.open();
    await registry.row('ASL Roma 1').waitFor();
    expect(await registry.row('CAS Tiburtino').count()).toBe(0);
    await registry.row('ASL Roma 1').getByRole('link', { name: 'ASL Roma 1' }).click();
    const contacts = new StakeholderDetailPage(page).section('Contact persons');
    await contacts.getByText('Marco Nuovo').waitFor();
    expect(await contacts.getByText('Anna Prova').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('undoing an import after the map placed the imported stakeholders takes their positions too, with no conflict', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const io = new ImportExportPage(page);
    await io.open();
    await io.chooseImportFile({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL_CSV, 'utf8') });
    await page.getByRole('button', { name: 'Import 2 stakeholders' }).click();
    const notice = page.getByRole('region', { name: 'Notifications' });
    await notice.getByText(/2 stakeholders added/).hover();

    // The map, open in a second window, stores a position for each node it draws.
    const other = await context.newPage();
    await other.goto(new URL('#/map', inject('baseUrl')).href);
    await new MapPage(other).waitForDrawnNodes(2);
    await other.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const opening = indexedDB.open('trama');
          opening.onsuccess = () => {
            const database = opening.result;
            const count = database.transaction('mapPositions').objectStore('mapPositions').count();
            count.onsuccess = () => resolve(count.result >= 2);
            count.onerror = () => resolve(false);
            database.close();
          };
          opening.onerror = () => resolve(false);
        }),
    );
    await other.close();

    await notice.getByRole('button', { name: 'Undo' }).click();
    await notice.getByText('Undone.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    const registry = new StakeholdersPage(page);
    await registry.open();
    expect(await registry.row('ASL Roma 1').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
