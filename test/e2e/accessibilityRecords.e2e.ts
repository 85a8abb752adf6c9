import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CAMPANIA_MEETING_TITLE } from '../../shared/sample/sampleActivity';
import { ActionsPage, FollowUpsPage } from './pages/ActionsPage';
import { AgreementsPage } from './pages/AgreementsPage';
import { BriefingsPage } from './pages/BriefingsPage';
import { DashboardPage } from './pages/DashboardPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { expectAccessible } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { closeDiscarding } from './support/forms';
import { downloadByButton } from './support/download';

// Issue 7, continued: the views of the sample's records (dashboard, grid, agreements,
// actions, follow-ups, briefings, print, settings lists) and their dialogs pass axe-core's
// WCAG 2.1 A/AA rules with no serious or critical violation.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ROME_PROTOCOL = 'Protocollo operativo per la presa in carico psicologica degli ospiti SAI – Roma';

async function withSample(): Promise<{ page: Page; close(): Promise<void>; errors: string[] }> {
  const { page, context, errors } = await openApp(browser);
  await new OnboardingPage(page).loadSample();
  return { page, errors, close: () => context.close() };
}

describe('accessibility of the records views (axe-core, WCAG 2.1 AA)', () => {
  it('the dashboard, overall and for a region, and the power–interest grid', async () => {
    const { page, close, errors } = await withSample();
    const dashboard = new DashboardPage(page);
    await dashboard.funnel().waitFor();
    await expectAccessible(page, 'dashboard with the sample');
    await dashboard.chooseRegion('Campania');
    await dashboard.card('Overdue follow-ups').waitFor();
    await expectAccessible(page, 'dashboard for Campania');
    await dashboard.openGrid();
    await expectAccessible(page, 'power–interest grid');
    await dashboard.chooseRegion('Sicily');
    await expectAccessible(page, 'power–interest grid for Sicily');
    expect(errors).toEqual([]);
    await close();
  });

  it('the agreements list, detail, form with parties, and deletion confirmation', async () => {
    const { page, close, errors } = await withSample();
    const agreements = new AgreementsPage(page);
    await agreements.open();
    await agreements.row(ROME_PROTOCOL).waitFor();
    await expectAccessible(page, 'agreements list');
    await page.evaluate(() => (window.location.hash = '#/agreements?expiring=90&region=lazio'));
    await page.getByRole('button', { name: 'Remove filter: Expiring within 90 days' }).waitFor();
    await expectAccessible(page, 'agreements list with a filter');
    await page.getByRole('searchbox', { name: 'Search agreements' }).fill('nothing like this');
    await page.getByRole('region', { name: 'No agreement matches these filters' }).waitFor();
    await expectAccessible(page, 'agreements list with no match');

    await page.getByRole('button', { name: 'New agreement' }).first().click();
    const dialog = agreements.formDialog();
    await agreements.fill(dialog, { title: 'Lettera d’intenti', parties: [{ name: 'ASL Salerno', role: 'Promoter' }] });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('An agreement needs at least two parties.').waitFor();
    await expectAccessible(page, 'agreement form with a party and errors');
    // Something was typed: closing asks first. The refusal took focus to the party picker, whose
    // own list the first Escape would close: closing is asked from the title.
    await dialog.getByLabel('Title', { exact: true }).focus();
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.waitFor();
    await expectAccessible(page, 'discard changes question');
    await discard.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });

    await agreements.open();
    await agreements.row(ROME_PROTOCOL).getByRole('link', { name: ROME_PROTOCOL }).click();
    await page.getByRole('heading', { level: 1, name: ROME_PROTOCOL }).waitFor();
    await page.getByRole('region', { name: 'Parties' }).getByRole('listitem').first().waitFor();
    await expectAccessible(page, 'agreement detail');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Edit agreement' })
      .getByRole('group', { name: 'Parties' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await expectAccessible(page, 'agreement form with its parties');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog', { name: `Delete “${ROME_PROTOCOL}”?` }).waitFor();
    await expectAccessible(page, 'agreement deletion confirmation');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await close();
  });

  it('the actions list, detail, forms with targets and follow-ups, deletions and the follow-ups page', async () => {
    const { page, close, errors } = await withSample();
    const actions = new ActionsPage(page);
    await actions.open();
    await actions.row(SAMPLE_CAMPANIA_MEETING_TITLE).waitFor();
    await expectAccessible(page, 'actions list');
    await actions.open('?region=campania&status=planned');
    await expectAccessible(page, 'actions list with filters');

    const form = await actions.startNew();
    await form.fill({
      title: 'Incontro con ASL Salerno',
      addTargets: ['ASL Salerno'],
      followUps: [{ text: 'Inviare il verbale', due: '2030-01-15' }],
    });
    await form.dialog.getByRole('group', { name: 'ASL Salerno', exact: true }).waitFor();
    await expectAccessible(page, 'new action form with a target and a follow-up');
    await form.dialog.getByLabel('Title', { exact: true }).fill('');
    await form.dialog.getByRole('button', { name: 'Save' }).click();
    await form.dialog.getByText('Required.').first().waitFor();
    await expectAccessible(page, 'action form with errors');
    await closeDiscarding(page, form.dialog);

    await actions.open();
    await actions.row(SAMPLE_CAMPANIA_MEETING_TITLE).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_CAMPANIA_MEETING_TITLE }).waitFor();
    await actions.section('Follow-ups').getByText('Preparare il dossier per il tavolo').waitFor();
    await expectAccessible(page, 'action detail');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: `Edit “${SAMPLE_CAMPANIA_MEETING_TITLE}”` });
    await edit.getByRole('group', { name: 'Follow-up 1' }).getByLabel('What to do').waitFor();
    await expectAccessible(page, 'action form with its follow-up rows');
    await closeDiscarding(page, edit);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: `Delete “${SAMPLE_CAMPANIA_MEETING_TITLE}”?` })
      .getByText('1 follow-up', { exact: true })
      .waitFor();
    await expectAccessible(page, 'action deletion confirmation');
    await page.keyboard.press('Escape');

    const followUps = new FollowUpsPage(page);
    await followUps.open();
    await followUps.entries().first().waitFor();
    await expectAccessible(page, 'follow-ups page');
    await page.getByRole('radio', { name: 'Overdue only' }).check();
    await expectAccessible(page, 'overdue follow-ups');

    const registry = new StakeholdersPage(page);
    await registry.open();
    await registry.search('ASL Salerno');
    await registry.row('ASL Salerno').getByRole('link', { name: 'ASL Salerno', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ASL Salerno' }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog', { name: /ASL Salerno/ }).waitFor();
    await expectAccessible(page, 'stakeholder deletion confirmation');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await close();
  });

  it('the briefings list, builder and preview, print view and record-meeting dialog', async () => {
    const { page, close, errors } = await withSample();
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    const briefings = new BriefingsPage(page);
    await briefings.open();
    await expectAccessible(page, 'briefing start');
    await briefings.prepareFor(SAMPLE_CAMPANIA_MEETING_TITLE);
    await briefings.preview().getByRole('heading', { level: 2, name: 'Gaps', exact: true }).waitFor();
    await expectAccessible(page, 'briefing builder and preview');
    await page.getByRole('button', { name: 'Record meeting as done' }).click();
    await page.getByRole('dialog', { name: 'Record the meeting as done' }).waitFor();
    await expectAccessible(page, 'record meeting dialog');
    await page.keyboard.press('Escape');

    await briefings.open();
    await page.getByRole('region', { name: 'Saved briefings' }).getByRole('link').first().waitFor();
    await expectAccessible(page, 'briefings list with a saved briefing');
    await page.getByRole('link', { name: SAMPLE_CAMPANIA_MEETING_TITLE }).first().click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_CAMPANIA_MEETING_TITLE }).waitFor();
    await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
    await page.locator('[data-ready="true"]').waitFor();
    await expectAccessible(page, 'print view');
    expect(errors).toEqual([]);
    await close();
  });

  it('the settings lists of staff and programmes, their dialogs, and backups', async () => {
    const { page, close, errors } = await withSample();
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('list', { name: 'Staff members' }).getByText('Noemi Campione').waitFor();
    await expectAccessible(page, 'settings with staff and programmes');

    await page.getByRole('button', { name: 'Add staff member' }).click();
    const staffForm = page.getByRole('dialog', { name: 'New staff member' });
    await staffForm.getByRole('button', { name: 'Save' }).click();
    await staffForm.getByText('Required.').waitFor();
    await expectAccessible(page, 'staff form with errors');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete Noemi Campione' }).click();
    await page
      .getByRole('dialog', { name: 'Delete Noemi Campione?' })
      .getByRole('button', { name: 'Mark as inactive' })
      .waitFor();
    await expectAccessible(page, 'staff deletion confirmation');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Edit PsychCare', exact: true }).click();
    await page.getByRole('dialog', { name: 'Edit PsychCare' }).waitFor();
    await expectAccessible(page, 'programme form');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete PsychCare', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete the programme PsychCare?' })
      .getByText(/taken off|No stakeholder/)
      .waitFor();
    await expectAccessible(page, 'programme deletion confirmation');
    await page.keyboard.press('Escape');

    const backup = await downloadByButton(page, 'Download a full backup');
    await page.getByLabel('Restore from a backup file').setInputFiles(backup.filePath);
    await page.getByRole('dialog', { name: 'Restore this backup?' }).waitFor();
    await expectAccessible(page, 'restore backup dialog');
    await page.keyboard.press('Escape');
    const notABackup = path.join(tmpdir(), 'trama-not-a-backup.json');
    writeFileSync(notABackup, '{"hello":"world"}');
    await page.getByLabel('Restore from a backup file').setInputFiles(notABackup);
    await page.getByRole('alert').getByText('This file is not a Trama backup.').waitFor();
    await expectAccessible(page, 'backup error');
    expect(errors).toEqual([]);
    await close();
  });
});
