import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../shared/domain/common';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../../shared/sample/sampleActivity';
import { ActionsPage, FollowUpsPage, StakeholderTimeline } from './pages/ActionsPage';
import { DashboardPage } from './pages/DashboardPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { closeDiscarding } from './support/forms';
import { waitForText } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A date as the app shows it in English, formatted by the browser itself. */
function shownDate(page: Page, isoDate: string): Promise<string> {
  return page.evaluate((date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
  }, isoDate);
}

async function openStakeholder(page: Page, name: string): Promise<void> {
  const registry = new StakeholdersPage(page);
  await registry.open();
  await registry.search(name);
  await registry.row(name).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('advocacy actions and follow-ups', () => {
  it('records a meeting with a follow-up due yesterday, shows it on the timeline and the dashboard as overdue, and marks it done there', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const today = localIsoDate();
    const yesterday = addDays(today, -1);
    const followUpText = 'Send the draft protocol to ASL Salerno';
    const title = 'Meeting with ASL Salerno on a health contact for the CAS';

    await openStakeholder(page, 'ASL Salerno');
    const timeline = new StakeholderTimeline(page);
    await timeline.lastContact().waitFor();
    const lastContactBefore = await timeline.lastContact().textContent();
    expect(lastContactBefore).not.toBe(`Last contact: ${await shownDate(page, today)}`);

    const form = await timeline.record();
    // Recorded from the stakeholder's page: it is already a target.
    await form.targets().getByText('ASL Salerno', { exact: true }).waitFor();
    await form.fill({
      title,
      kind: 'Bilateral meeting',
      date: today,
      status: 'Done',
      owner: 'Noemi Campione',
      participantFrom: 'ASL Salerno',
      followUps: [{ text: followUpText, due: yesterday, owner: 'Noemi Campione' }],
    });
    await form.save();
    await page.getByRole('status').getByText(`“${title}” recorded.`).waitFor();

    // Newest first, with the new last-contact date derived from it.
    await timeline.items().first().getByRole('link', { name: title }).waitFor();
    await timeline.items().first().getByText('1 open, 1 overdue').waitFor();
    expect(await timeline.lastContact().textContent()).toBe(`Last contact: ${await shownDate(page, today)}`);
    expect(await seriousAccessibilityViolations(page), 'stakeholder timeline').toEqual([]);

    // The dashboard, for Campania (ASL Salerno's region, ticked from the target), lists it as overdue.
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.chooseRegion('Campania');
    const overdueCard = dashboard.card('Overdue follow-ups');
    const followUps = new FollowUpsPage(page);
    const entry = followUps.entry(followUpText, overdueCard);
    await entry.getByText('Overdue by 1 day').waitFor();
    await entry.getByRole('link', { name: title }).waitFor();
    await followUps.markDoneButton(followUpText, overdueCard).click();
    await page.getByRole('status').getByText(`“${followUpText}” marked done.`).waitFor();
    await entry.waitFor({ state: 'detached' });

    // ...and it is no longer on the follow-ups page, overdue or open.
    await followUps.open();
    await followUps.count().waitFor();
    expect(await followUps.entries().filter({ hasText: followUpText }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists open follow-ups overdue first, filters them in the address, and undoes a quick "Mark done"', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const followUps = new FollowUpsPage(page);
    await followUps.open();
    await followUps.entries().first().waitFor();
    expect(await seriousAccessibilityViolations(page), 'follow-ups page').toEqual([]);

    const texts = await followUps.entries().allTextContents();
    const overdueFlags = texts.map((text) => text.includes('Overdue by'));
    // Every overdue one comes before every other one.
    expect(overdueFlags.indexOf(false)).toBe(overdueFlags.lastIndexOf(true) + 1);
    expect(overdueFlags.filter(Boolean)).toHaveLength(8);

    await page.getByRole('radio', { name: 'Overdue only' }).check();
    expect(page.url()).toContain('scope=overdue');
    await page.getByTestId('follow-up-count').getByText('8 follow-ups').waitFor();

    const first = (await followUps.entries().first().locator('.follow-up-text').textContent()) ?? '';
    await followUps.markDoneButton(first).click();
    await page.getByTestId('follow-up-count').getByText('7 follow-ups').waitFor();
    // Focus moves on to the next follow-up, ready for the next quick action.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Mark done: “.+”$/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('follow-up-count').getByText('8 follow-ups').waitFor();
    await followUps.entry(first).waitFor();

    await page.evaluate(() => (window.location.hash = '#/follow-ups?scope=overdue&region=basilicata'));
    await page.getByTestId('follow-up-count').getByText('1 follow-up').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters the actions list from a link, opens an action, edits it with errors next to fields, and deletes it with Undo', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const actions = new ActionsPage(page);
    await actions.open();
    await waitForText(actions.count(), '31 of 31 actions');
    expect(await seriousAccessibilityViolations(page), 'actions list').toEqual([]);

    // The dashboard links here with a region.
    await actions.open('?region=campania');
    await actions.row(SAMPLE_CAMPANIA_MEETING_TITLE).waitFor();
    const campaniaRows = actions.table().getByRole('row');
    const regionsColumn = await campaniaRows.evaluateAll((rows) =>
      rows.slice(1).map((row) => row.children[4]?.textContent ?? ''),
    );
    expect(regionsColumn.length).toBeGreaterThan(0);
    expect(regionsColumn.every((regions) => regions.includes('Campania'))).toBe(true);
    await actions.open('?region=campania&kind=network-meeting&status=planned');
    await waitForText(actions.count(), '1 of 31 actions');
    await actions.open('?q=nothing-like-this');
    await page.getByRole('heading', { name: 'No action matches these filters' }).waitFor();
    await page
      .getByRole('region', { name: 'No action matches these filters' })
      .getByRole('button', { name: 'Clear filters' })
      .click();
    await waitForText(actions.count(), '31 of 31 actions');
    expect(page.url()).not.toContain('q=');

    await actions.row(SAMPLE_CAMPANIA_MEETING_TITLE).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_CAMPANIA_MEETING_TITLE }).waitFor();
    await actions.section('Targets').getByRole('link', { name: 'ASL Napoli 1 Centro', exact: true }).waitFor();
    await actions.section('Follow-ups').getByText('Preparare il dossier per il tavolo').waitFor();
    expect(await seriousAccessibilityViolations(page), 'action detail').toEqual([]);

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit “${SAMPLE_CAMPANIA_MEETING_TITLE}”` });
    await dialog.getByRole('group', { name: 'Follow-up 1' }).getByLabel('What to do').waitFor();
    expect(await seriousAccessibilityViolations(page), 'action form').toEqual([]);
    await dialog.getByLabel('Title', { exact: true }).fill('');
    await dialog.getByRole('group', { name: 'Follow-up 1' }).getByLabel('What to do').fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    for (const field of [
      dialog.getByLabel('Title', { exact: true }),
      dialog.getByRole('group', { name: 'Follow-up 1' }).getByLabel('What to do'),
    ]) {
      // The save checks the follow-ups against the stored ones in its transaction: errors come a moment after the click.
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = await field.getAttribute('aria-describedby');
      expect(await dialog.locator(`[id="${describedBy}"]`).textContent()).toBe('Required.');
    }
    await closeDiscarding(page, dialog, dialog.getByRole('button', { name: 'Cancel' }));

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Delete “${SAMPLE_CAMPANIA_MEETING_TITLE}”?` });
    await confirm.getByText('1 follow-up', { exact: true }).waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await waitForText(actions.count(), '30 of 30 actions');
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForText(actions.count(), '31 of 31 actions');
    await actions.row(SAMPLE_CAMPANIA_MEETING_TITLE).getByText('1 open').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
