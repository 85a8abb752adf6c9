import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { setUpTeam } from '../../scripts/team/teamSetup';
import { startTeamServer, type TeamServer } from '../support/teamServer';
import { launchChromium, openApp, type AppSession } from './support/browser';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';

// Two officers, two laptops (two browser profiles), one team server started here
// (pouchdb-server in memory, speaking CouchDB's HTTP). Each joins in Settings → Team as a
// person would; what one does reaches the other, conflicts show on both, nothing is lost.

const TEAM = 'psychcare';
const ANNA = { userName: 'anna', password: 'anna-password-1' };
const MARCO = { userName: 'marco', password: 'marco-password-1' };
const BRUNO = { userName: 'bruno', password: 'bruno-password-1' };
/** How long a laptop waits for the other's change: a hang guard, not a speed check. */
const ARRIVAL = { timeout: 30_000 };

let server: TeamServer;
let browser: Browser;
const sessions: AppSession[] = [];

beforeAll(async () => {
  server = await startTeamServer();
  const origin = new URL(inject('baseUrl')).origin;
  await setUpTeam({
    url: server.url,
    team: TEAM,
    admin: server.admin,
    origins: [origin],
    // The test server drops replicated deletions under a write rule (scripts/team/teamSetup.ts).
    writeRule: false,
    members: [
      { name: ANNA.userName, password: ANNA.password },
      { name: MARCO.userName, password: MARCO.password },
    ],
  });
  await setUpTeam({
    url: server.url,
    team: 'other',
    admin: server.admin,
    origins: [origin],
    // The test server drops replicated deletions under a write rule (scripts/team/teamSetup.ts).
    writeRule: false,
    members: [{ name: BRUNO.userName, password: BRUNO.password }],
  });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  for (const session of sessions) await session.context.close();
  await browser?.close();
  await server?.stop();
});

async function newLaptop(): Promise<AppSession> {
  const session = await openApp(browser);
  sessions.push(session);
  await new OnboardingPage(session.page).startEmpty();
  return session;
}

async function openTeamSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
  return page.getByRole('region', { name: 'Team' });
}

async function fillJoinForm(page: Page, member: { userName: string; password: string }, team = TEAM) {
  const card = await openTeamSettings(page);
  await card.getByLabel('Server address').fill(server.url);
  await card.getByLabel('Team', { exact: true }).fill(team);
  await card.getByLabel('Your user name').fill(member.userName);
  await card.getByLabel('Password', { exact: true }).fill(member.password);
  await card.getByRole('button', { name: 'Join the team' }).click();
  return card;
}

async function join(page: Page, member: { userName: string; password: string }) {
  const card = await fillJoinForm(page, member);
  const confirm = page.getByRole('button', { name: /Join and send/ });
  const joined = card.getByText(`Team ${TEAM} on ${server.url}, as ${member.userName}.`);
  await Promise.race([confirm.waitFor().then(() => confirm.click()), joined.waitFor()]);
  await joined.waitFor();
  await syncStatus(page, 'Synced');
}

function syncStatus(page: Page, text: string) {
  return page.getByRole('banner').getByRole('status', { name: 'Team sync' }).filter({ hasText: text }).waitFor(ARRIVAL);
}

describe('a team of two officers', () => {
  it('refuses someone who is not a member, and a wrong password, each with its message', async () => {
    const { page } = await newLaptop();
    const card = await fillJoinForm(page, BRUNO);
    await expect
      .poll(() => card.getByRole('alert').textContent(), ARRIVAL)
      .toBe(`You are not a member of the team ${TEAM} on this server. Ask your coordinator to add you.`);
    await fillJoinForm(page, { ...ANNA, password: 'not-her-password' });
    await expect
      .poll(() => card.getByRole('alert').textContent(), ARRIVAL)
      .toBe('The user name or the password is wrong.');
  });

  it('A adds a stakeholder, B joins with an empty laptop and receives it; B deletes it and A sees it gone', async () => {
    const anna = await newLaptop();
    await join(anna.page, ANNA);
    const annaList = new StakeholdersPage(anna.page);
    await annaList.open();
    await annaList.create({ name: 'ASL Roma 1 – Salute mentale', region: 'Lazio' });
    await syncStatus(anna.page, 'Synced');

    const marco = await newLaptop();
    await join(marco.page, MARCO);
    const marcoList = new StakeholdersPage(marco.page);
    await marcoList.open();
    await marcoList.row('ASL Roma 1 – Salute mentale').waitFor(ARRIVAL);

    await marcoList.row('ASL Roma 1 – Salute mentale').getByRole('link').click();
    await marco.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await marco.page
      .getByRole('dialog', { name: /Delete/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await marcoList.open();
    await marcoList.row('ASL Roma 1 – Salute mentale').waitFor({ state: 'detached', ...ARRIVAL });
    await syncStatus(marco.page, 'Synced');
    await annaList.open();
    await annaList.row('ASL Roma 1 – Salute mentale').waitFor({ state: 'detached', ...ARRIVAL });
    // PouchDB asks for checkpoints that do not exist yet: the browser logs those 404s as errors.
    const realErrors = (errors: string[]) => errors.filter((error) => !/status of 404/.test(error));
    expect(realErrors(anna.errors)).toEqual([]);
    expect(realErrors(marco.errors)).toEqual([]);
  });

  it('keeps what was done offline and sends it when the server can be reached again', async () => {
    const anna = await newLaptop();
    await join(anna.page, ANNA);
    const marco = await newLaptop();
    await join(marco.page, MARCO);
    await anna.context.setOffline(true);
    const annaList = new StakeholdersPage(anna.page);
    await annaList.open();
    await annaList.create({ name: 'Prefettura di Potenza – offline', region: 'Basilicata' });
    await anna.page
      .getByRole('banner')
      .getByRole('status', { name: 'Team sync' })
      .filter({ hasText: /Offline since|Sending/ })
      .waitFor(ARRIVAL);
    await anna.context.setOffline(false);
    const marcoList = new StakeholdersPage(marco.page);
    await marcoList.open();
    await marcoList.row('Prefettura di Potenza – offline').waitFor(ARRIVAL);
  });

  it('both edit one stakeholder offline: both show the same winner and the conflict, and one resolution settles both', async () => {
    const anna = await newLaptop();
    await join(anna.page, ANNA);
    const marco = await newLaptop();
    await join(marco.page, MARCO);
    const annaList = new StakeholdersPage(anna.page);
    await annaList.open();
    await annaList.create({ name: 'Comune di Matera', region: 'Basilicata' });
    const marcoList = new StakeholdersPage(marco.page);
    await marcoList.open();
    await marcoList.row('Comune di Matera').waitFor(ARRIVAL);

    await anna.context.setOffline(true);
    await marco.context.setOffline(true);
    await rename(anna.page, 'Comune di Matera', 'Comune di Matera – Servizi sociali');
    await rename(marco.page, 'Comune di Matera', 'Comune di Matera – Ufficio immigrazione');
    await anna.context.setOffline(false);
    await marco.context.setOffline(false);

    const annaConflicts = await conflictsOf(anna.page);
    const marcoConflicts = await conflictsOf(marco.page);
    await annaConflicts.getByRole('table').first().waitFor(ARRIVAL);
    await marcoConflicts.getByRole('table').first().waitFor(ARRIVAL);
    await annaConflicts.getByRole('button', { name: /^Keep the chosen values for/ }).click();
    await annaConflicts.getByText(/No conflicts/).waitFor(ARRIVAL);
    await marcoConflicts.getByText(/No conflicts/).waitFor(ARRIVAL);

    // Both laptops hold the same record: the version shown to the team.
    const names = async (page: Page) => {
      const list = new StakeholdersPage(page);
      await list.open();
      return list
        .table()
        .getByRole('link', { name: /^Comune di Matera/ })
        .allTextContents();
    };
    await expect
      .poll(async () => JSON.stringify(await names(marco.page)), ARRIVAL)
      .toBe(JSON.stringify(await names(anna.page)));
    expect(await names(anna.page)).toHaveLength(1);
  });
});

async function rename(page: Page, from: string, to: string) {
  const list = new StakeholdersPage(page);
  await list.open();
  await list.row(from).getByRole('link').click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${from}` });
  await dialog.getByLabel('Name', { exact: true }).fill(to);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function conflictsOf(page: Page) {
  const card = await openTeamSettings(page);
  return card.getByRole('region', { name: 'Conflicts' });
}
