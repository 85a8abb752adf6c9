import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionsPage } from './pages/ActionsPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholderDetailPage } from './pages/StakeholderDetailPage';
import { launchChromium, openApp } from './support/browser';

// A deletion removes the control that had the focus (the record's Delete button, which the
// confirm dialog gives the focus back to); the browser then drops the focus on the body.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What has the keyboard focus, described for an assertion message. */
function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'BODY (focus lost)';
    return `${active.tagName} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 60)}"`;
  });
}

/** Waits for the focus to settle on what is expected; a hang guard, not a speed check. */
function focusSettles(page: Page, message: string) {
  return expect.poll(() => focusedElement(page), { message, timeout: 15_000 });
}

describe('the keyboard focus after a deletion and its Undo', () => {
  it('goes to Undo after a contact person is deleted, and back to the contact after Undo', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation').getByRole('link', { name: 'Stakeholders', exact: true }).click();
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await new StakeholderDetailPage(page).addContact({ name: 'Giulia Verdi', role: 'Coordinatrice' });

    await page.getByRole('button', { name: 'Delete Giulia Verdi' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Delete Giulia Verdi' }).waitFor({ state: 'detached' });

    await focusSettles(
      page,
      'the contact’s Delete button, which the dialog gave the focus back to, went with the contact: the focus should go to Undo, not to the body',
    ).toBe('BUTTON "Undo"');

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete Giulia Verdi' }).waitFor();
    await focusSettles(
      page,
      'Undo’s button goes away with its notice: the focus should go to the restored contact’s button',
    ).toBe('BUTTON "Delete Giulia Verdi"');
    await context.close();
  });

  it('goes to Undo after a stakeholder is deleted from the list, and back to its row after Undo', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    await page.getByRole('navigation').getByRole('link', { name: 'Stakeholders', exact: true }).click();
    const deleteButton = page
      .getByRole('table')
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Delete/ });
    const deleteLabel = await deleteButton.getAttribute('aria-label');
    await deleteButton.click();
    const confirm = page.getByRole('dialog');
    await confirm
      .getByRole('button', { name: /^Delete/ })
      .last()
      .click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).waitFor();

    await focusSettles(
      page,
      'the row’s Delete button, which the dialog gave the focus back to, went with the row: the focus should go to Undo',
    ).toBe('BUTTON "Undo"');

    await page.keyboard.press('Enter');
    await focusSettles(page, 'after Undo the focus should go to the restored row’s Delete button').toBe(
      `BUTTON "${(deleteLabel ?? '').slice(0, 60)}"`,
    );
    await context.close();
  });

  it('goes to Undo after an action is deleted from its own page, and to the list’s heading after Undo', async () => {
    const { page, context } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const actions = new ActionsPage(page);
    await actions.open();
    await actions.table().getByRole('row').nth(1).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();

    await focusSettles(
      page,
      'the action’s page, with its Delete button, gave way to the list: the focus should go to Undo',
    ).toBe('BUTTON "Undo"');

    await page.keyboard.press('Enter');
    await focusSettles(
      page,
      'the page’s Delete button is not in the list the action comes back to: the focus should wait on the heading',
    ).toBe('H1 "Advocacy actions"');
    await context.close();
  });
});
