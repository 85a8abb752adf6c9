import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../shared/domain/common';
import { parseBackup, type Backup } from '../../shared/io/backup';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { readCopies, seedCopies } from './support/keptCopies';
import { PrivacyPage } from './pages/PrivacyPage';

// Issue 13: erasing a contact person in the browser reaches the copies the app keeps in
// IndexedDB — the pre-upgrade copies (never shown anywhere else) and the safety copies taken
// before a restore — and rewrites them, in a worker, without the person and without any
// other change; Undo, offered until the user continues, touches no copy.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const person = buildSampleNetwork(localIsoDate()).contacts[0]!;
const email = person.emails[0]!;
/** A note on the person's organisation that mentions them: the mention the erasure replaces. */
const NOTE = `Referente: ${person.name} (${email})`;

/** Writes the note straight into the app's database, as if typed before the backup. */
function addMention(page: Page): Promise<void> {
  return page.evaluate(
    async ({ stakeholderId, note }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('trama');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const store = db.transaction('stakeholders', 'readwrite').objectStore('stakeholders');
        const read = store.get(stakeholderId);
        read.onsuccess = () => {
          const write = store.put({ ...(read.result as object), notes: note });
          write.onsuccess = () => resolve();
          write.onerror = () => reject(write.error);
        };
        read.onerror = () => reject(read.error);
      });
      db.close();
    },
    { stakeholderId: person.stakeholderId, note: NOTE },
  );
}

/** The backup as the erasure must leave it: the person's record, participations and the confirmed mention gone, nothing else. */
function withoutPerson(original: string): Backup {
  const backup = structuredClone(parseBackup(original, CURRENT_SCHEMA_VERSION));
  const { tables } = backup;
  tables.contacts = tables.contacts.filter((contact) => contact.id !== person.id);
  tables.actions = tables.actions.map((action) =>
    action.participantIds.includes(person.id)
      ? { ...action, participantIds: action.participantIds.filter((id) => id !== person.id) }
      : action,
  );
  // The person's own history entries go; an entry naming them among others keeps the others.
  tables.history = tables.history.flatMap((entry) => {
    if (entry.table !== 'contacts' || !entry.recordIds.includes(person.id)) return [entry];
    const others = entry.recordIds.filter((id) => id !== person.id);
    return others.length > 0 ? [{ ...entry, recordIds: others }] : [];
  });
  tables.stakeholders = tables.stakeholders.map((stakeholder) =>
    stakeholder.id === person.stakeholderId ? { ...stakeholder, notes: 'Referente: [erased] ([erased])' } : stakeholder,
  );
  return backup;
}

/** The sample, a mention of the person, a full backup of it, and that backup seeded as both kinds of copy. */
async function sampleWithCopies(page: Page): Promise<string> {
  await new OnboardingPage(page).loadSample();
  await addMention(page);
  const io = new ImportExportPage(page);
  await io.open();
  const backup = readFileSync((await io.download('Download a full backup')).filePath, 'utf8');
  expect(backup).toContain(email);
  expect(backup).toContain(NOTE);
  await seedCopies(page, backup);
  return backup;
}

describe('erasure of a contact person', () => {
  it('rewrites the pre-upgrade and safety copies kept in the browser so that they hold everything but the person', async () => {
    const { page, context, errors } = await openApp(browser);
    const backup = await sampleWithCopies(page);

    const dialog = await new PrivacyPage(page).openErasure(person.name);
    const copies = dialog.getByRole('list', { name: 'Copies Trama will check' }).getByRole('listitem');
    await copies.first().waitFor();
    expect(await copies.allTextContents()).toEqual([
      expect.stringMatching(/^Copy taken before a database upgrade, /),
      expect.stringMatching(/^Safety copy taken before a restore, /),
    ]);
    const mention = dialog.getByRole('list', { name: 'Mentions found' }).getByRole('checkbox');
    expect(await mention.count()).toBe(1);
    expect(await mention.isChecked()).toBe(true);
    await dialog.getByText(/Files you exported or downloaded yourself/).waitFor();
    expect(await seriousAccessibilityViolations(page), 'erasure dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();

    const result = page.getByRole('dialog', { name: `${person.name} erased` });
    await result.getByRole('button', { name: 'Undo the erasure' }).waitFor();
    expect(await readCopies(page)).toEqual([backup, backup]);
    expect(await seriousAccessibilityViolations(page), 'erasure done, copies waiting').toEqual([]);
    await result.getByRole('button', { name: 'Continue: check the copies' }).click();

    const checked = result.getByRole('list', { name: 'Copies checked' }).getByRole('listitem');
    await checked.first().waitFor();
    expect(await checked.allTextContents()).toEqual([
      expect.stringMatching(/rewritten: the person is no longer in it$/),
      expect.stringMatching(/rewritten: the person is no longer in it$/),
    ]);
    await result.getByText('No copy kept by Trama holds the person any more.').waitFor();
    expect(await seriousAccessibilityViolations(page), 'erasure result').toEqual([]);

    const texts = await readCopies(page);
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text.toLowerCase()).not.toContain(email);
      expect(parseBackup(text, CURRENT_SCHEMA_VERSION)).toEqual(withoutPerson(backup));
    }
    await result.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('undoes the erasure from its result window, leaving every copy as it was', async () => {
    const { page, context, errors } = await openApp(browser);
    const backup = await sampleWithCopies(page);
    const dialog = await new PrivacyPage(page).openErasure(person.name);
    await dialog.getByRole('list', { name: 'Copies Trama will check' }).getByRole('listitem').first().waitFor();
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();

    const result = page.getByRole('dialog', { name: `${person.name} erased` });
    await result.getByRole('button', { name: 'Undo the erasure' }).click();
    const undone = page.getByRole('dialog', { name: `Erasure of ${person.name} undone` });
    await undone.getByText(/No copy kept by Trama was touched/).waitFor();
    await undone.getByRole('button', { name: 'Close' }).click();
    expect(await readCopies(page)).toEqual([backup, backup]);

    // The person is back: the privacy tools find them again, mention and all.
    const again = await new PrivacyPage(page).openErasure(person.name);
    const mentionAgain = again.getByRole('list', { name: 'Mentions found' }).getByRole('checkbox');
    await mentionAgain.waitFor();
    expect(await mentionAgain.count()).toBe(1);
    await again.getByRole('button', { name: 'Cancel' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });
});
