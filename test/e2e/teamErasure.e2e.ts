import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { setUpTeam } from '../../scripts/team/teamSetup';
import { startTeamServer, type TeamServer } from '../support/teamServer';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { launchChromium, openApp, type AppSession } from './support/browser';
import { readCopies, seedCopies } from './support/keptCopies';
import { PrivacyPage } from './pages/PrivacyPage';

// Issue 15: Anna erases a contact person; on Marco's laptop (another browser profile) the
// person leaves the database and the copies his app keeps, with nothing for him to do.

const TEAM = 'erasure';
const ANNA = { userName: 'anna', password: 'anna-password-1' };
const MARCO = { userName: 'marco', password: 'marco-password-1' };
const ARRIVAL = { timeout: 30_000 };
const ORGANISATION = 'ASP Potenza – Salute mentale';
const person = { name: 'Ada Neri', email: 'ada.neri@example.org' };
const email = person.email;

let server: TeamServer;
let browser: Browser;
const sessions: AppSession[] = [];

beforeAll(async () => {
  server = await startTeamServer();
  await setUpTeam({
    url: server.url,
    team: TEAM,
    admin: server.admin,
    origins: [new URL(inject('baseUrl')).origin],
    // The test server drops replicated deletions under a write rule (scripts/team/teamSetup.ts).
    writeRule: false,
    members: [
      { name: ANNA.userName, password: ANNA.password },
      { name: MARCO.userName, password: MARCO.password },
    ],
  });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  for (const session of sessions) await session.context.close();
  await browser?.close();
  await server?.stop();
});

async function join(page: Page, member: { userName: string; password: string }) {
  await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Team' });
  await card.getByLabel('Server address').fill(server.url);
  await card.getByLabel('Team', { exact: true }).fill(TEAM);
  await card.getByLabel('Your user name').fill(member.userName);
  await card.getByLabel('Password', { exact: true }).fill(member.password);
  await card.getByRole('button', { name: 'Join the team' }).click();
  const confirm = page.getByRole('button', { name: /Join and send/ });
  const joined = card.getByText(`Team ${TEAM} on ${server.url}, as ${member.userName}.`);
  await Promise.race([confirm.waitFor().then(() => confirm.click()), joined.waitFor()]);
  await joined.waitFor();
  await page
    .getByRole('banner')
    .getByRole('status', { name: 'Team sync' })
    .filter({ hasText: 'Synced' })
    .waitFor(ARRIVAL);
}

/** Whether the app's database holds a record of the person. */
function holdsPerson(page: Page): Promise<boolean> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('trama');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Array<{ name?: unknown }>>((resolve, reject) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ name?: unknown }>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.some((contact) => contact.name === name);
  }, person.name);
}

async function erase(page: Page) {
  const dialog = await new PrivacyPage(page).openErasure(person.name);
  await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
  const result = page.getByRole('dialog', { name: `${person.name} erased` });
  await result.getByRole('button', { name: 'Continue: check the copies' }).click();
  await result.getByText('Trama keeps no copies on this computer at the moment.').waitFor(ARRIVAL);
  await result.getByRole('button', { name: 'Close' }).click();
}

describe('an erasure in a team', () => {
  it('reaches a teammate’s database and the copies their app keeps', async () => {
    const anna = await openApp(browser);
    const marco = await openApp(browser);
    sessions.push(anna, marco);
    await new OnboardingPage(anna.page).startEmpty();
    await join(anna.page, ANNA);
    const stakeholders = new StakeholdersPage(anna.page);
    await stakeholders.open();
    await stakeholders.create({ name: ORGANISATION, region: 'Basilicata' });
    await stakeholders.row(ORGANISATION).getByRole('link', { name: ORGANISATION }).click();
    await anna.page.getByRole('heading', { level: 1, name: ORGANISATION }).waitFor();
    await new StakeholderDetailPage(anna.page).addContact({ name: person.name, email: person.email });
    await new OnboardingPage(marco.page).startEmpty();
    await join(marco.page, MARCO);
    await expect.poll(() => holdsPerson(marco.page), ARRIVAL).toBe(true);
    // Marco's browser keeps copies of a database that holds the person.
    const io = new ImportExportPage(marco.page);
    await io.open();
    const backup = readFileSync((await io.download('Download a full backup')).filePath, 'utf8');
    expect(backup.toLowerCase()).toContain(email);
    await seedCopies(marco.page, backup);

    await erase(anna.page);

    await expect.poll(() => holdsPerson(marco.page), ARRIVAL).toBe(false);
    await expect
      .poll(async () => (await readCopies(marco.page)).filter((text) => text.toLowerCase().includes(email)), ARRIVAL)
      .toEqual([]);
    expect(await readCopies(marco.page)).toHaveLength(2);
    // Nothing waits for Marco to check by hand.
    await marco.page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
    await marco.page.getByRole('region', { name: 'Personal data (GDPR)' }).waitFor();
    await expect.poll(() => marco.page.getByRole('button', { name: 'Check the copies now' }).count(), ARRIVAL).toBe(0);
    const realErrors = (errors: string[]) => errors.filter((error) => !/status of 404/.test(error));
    expect(realErrors(anna.errors)).toEqual([]);
    expect(realErrors(marco.errors)).toEqual([]);
  });
});
