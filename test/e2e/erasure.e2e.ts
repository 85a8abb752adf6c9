import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../shared/domain/common';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';

// Issue 13: erasing a contact person in the browser reaches the copies the app keeps in
// IndexedDB — the pre-upgrade copies (never shown anywhere else) and the safety copies taken
// before a restore — and rewrites them, in a worker, without the person.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const person = buildSampleNetwork(localIsoDate()).contacts[0]!;
const email = person.emails[0]!;

/** The copy stores as the app declares them (Dexie's version 1 is IndexedDB version 10). */
const COPY_STORES = [
  { database: 'trama-upgrade-backups', store: 'backups', row: { createdAt: '2026-01-10T08:00:00.000Z', fromVersion: 1, toVersion: 2 } },
  { database: 'trama-safety-copies', store: 'copies', row: { createdAt: '2026-01-11T08:00:00.000Z', reason: 'before-restore' } },
];

function seedCopies(page: Page, json: string): Promise<void> {
  return page.evaluate(
    async ({ stores, json }) => {
      for (const { database, store, row } of stores) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(database, 10);
          request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'id', autoIncrement: true }).createIndex('createdAt', 'createdAt');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(store, 'readwrite');
          transaction.objectStore(store).add({ ...row, json });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      }
    },
    { stores: COPY_STORES, json },
  );
}

function readCopies(page: Page): Promise<string[]> {
  return page.evaluate(async (stores) => {
    const texts: string[] = [];
    for (const { database, store } of stores) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<Array<{ json: string }>>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as Array<{ json: string }>);
        request.onerror = () => reject(request.error);
      });
      db.close();
      texts.push(...rows.map((row) => row.json));
    }
    return texts;
  }, COPY_STORES);
}

describe('erasure of a contact person', () => {
  it('rewrites the pre-upgrade and safety copies kept in the browser so that they no longer hold the person', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    const backup = readFileSync((await io.download('Download a full backup')).filePath, 'utf8');
    expect(backup).toContain(email);
    await seedCopies(page, backup);

    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
    const privacy = page.getByRole('region', { name: 'Personal data (GDPR)' });
    await privacy.getByRole('combobox', { name: 'Contact person' }).fill(person.name);
    await privacy.getByRole('option', { name: new RegExp(`^${person.name}`) }).first().click();
    await privacy.getByRole('button', { name: 'Erase this person…' }).click();

    const dialog = page.getByRole('dialog', { name: `Erase ${person.name}?` });
    const copies = dialog.getByRole('list', { name: 'Copies Trama will check' }).getByRole('listitem');
    await copies.first().waitFor();
    expect(await copies.allTextContents()).toEqual([expect.stringMatching(/^Copy taken before a database upgrade, /), expect.stringMatching(/^Safety copy taken before a restore, /)]);
    await dialog.getByText(/Files you exported or downloaded yourself/).waitFor();
    expect(await seriousAccessibilityViolations(page), 'erasure dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();

    const result = page.getByRole('dialog', { name: `${person.name} erased` });
    const checked = result.getByRole('list', { name: 'Copies checked' }).getByRole('listitem');
    await checked.first().waitFor();
    expect(await checked.allTextContents()).toEqual([expect.stringMatching(/rewritten: the person is no longer in it$/), expect.stringMatching(/rewritten: the person is no longer in it$/)]);
    await result.getByText('No copy kept by Trama holds the person any more.').waitFor();
    expect(await seriousAccessibilityViolations(page), 'erasure result').toEqual([]);

    const texts = await readCopies(page);
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text.toLowerCase()).not.toContain(email);
      expect(text).not.toContain(`"${person.id}"`);
      expect(JSON.parse(text)).toMatchObject({ format: 'trama-backup' });
    }
    await result.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });
});
