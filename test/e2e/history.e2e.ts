import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { seriousAccessibilityViolations } from './support/axe';
import { launchChromium, openApp } from './support/browser';
import { PrivacyPage } from './pages/PrivacyPage';

// Issue 18: every change to a record is kept in its history, shown on its page (who, when,
// field before → after); erasing a contact person takes their details out of that history.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ORGANISATION = 'ASL Esempio Storia';
const PERSON = 'Lucia Cronologia';
const EMAIL = 'lucia.cronologia@example.org';

async function editStakeholder(page: Page, change: { stage?: string; notes?: string }): Promise<void> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Edit/ });
  if (change.stage) await dialog.getByLabel('Guidelines stage').selectOption({ label: change.stage });
  if (change.notes) await dialog.getByLabel('Notes').fill(change.notes);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

function history(page: Page) {
  return page.getByRole('region', { name: 'History' });
}

describe('the history of a record', () => {
  it('shows a stage change on the stakeholder’s page, and an erased person’s email no longer', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).startEmpty();
    const stakeholders = new StakeholdersPage(page);
    await stakeholders.open();
    await stakeholders.create({
      name: ORGANISATION,
      category: 'Local health authority (ASL/ASP/ATS/ASST)',
      region: 'Basilicata',
    });
    await stakeholders.row(ORGANISATION).getByRole('link', { name: ORGANISATION }).click();
    await page.getByRole('heading', { level: 1, name: ORGANISATION }).waitFor();
    await new StakeholderDetailPage(page).addContact({ name: PERSON, email: EMAIL });

    await editStakeholder(page, { stage: 'Committed' });
    const entries = history(page).getByRole('list', { name: 'History' }).locator(':scope > li');
    await entries.filter({ hasText: 'Committed' }).waitFor();
    const changed = entries.first();
    expect(await changed.textContent()).toMatch(/^Changed on this computer, \d{1,2} \w{3} \d{4} \d{2}:\d{2}/);
    expect(await changed.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Guidelines stage: Not engaged → Committed$/),
    ]);
    expect(await entries.last().textContent()).toMatch(/^Created on this computer, /);
    expect(await seriousAccessibilityViolations(page), 'history on the page').toEqual([]);

    await editStakeholder(page, { notes: `Referente: ${PERSON} (${EMAIL})` });
    await history(page).getByText(EMAIL).first().waitFor();

    const erasure = await new PrivacyPage(page).openErasure(PERSON);
    await erasure.getByRole('button', { name: 'Erase', exact: true }).click();
    const result = page.getByRole('dialog', { name: `${PERSON} erased` });
    await result.getByRole('button', { name: 'Undo the erasure' }).waitFor();
    await result.getByRole('button', { name: 'Continue: check the copies' }).click();
    // Closing while the copies are still being checked asks first ("Stop and close"): wait for the check.
    await result
      .getByText('Trama keeps no copies on this computer at the moment.')
      .or(result.getByRole('list', { name: 'Copies checked' }))
      .first()
      .waitFor();
    await result.getByRole('button', { name: 'Close' }).click();
    await result.waitFor({ state: 'detached' });

    await stakeholders.open();
    await stakeholders.row(ORGANISATION).getByRole('link', { name: ORGANISATION }).click();
    await history(page).getByText('Referente: [erased] ([erased])').first().waitFor();
    expect(await history(page).textContent()).not.toContain(EMAIL);
    expect(await history(page).textContent()).not.toContain(PERSON);
    expect(await history(page).textContent()).toMatch(/Guidelines stage: Not engaged → Committed/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
