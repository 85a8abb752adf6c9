import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementsPage } from './pages/AgreementsPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';

// Deleting an agreement from the list removes its row's Delete button, which the confirm dialog
// gives the focus back to: the focus goes to Undo, as in the other lists, then back to the row.

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

describe('the keyboard focus after deleting an agreement from the list', () => {
  it('goes to Undo, and back to the agreement’s row after Undo', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const agreements = new AgreementsPage(page);
    await agreements.open();
    const deleteButton = agreements
      .table()
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Delete/ });
    const deleteLabel = await deleteButton.getAttribute('aria-label');
    await deleteButton.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: deleteLabel!, exact: true }).waitFor({ state: 'detached' });

    await focusSettles(
      page,
      'the row’s Delete button, which the dialog gave the focus back to, went with the row: the focus should go to Undo',
    ).toBe('BUTTON "Undo"');

    await page.keyboard.press('Enter');
    await focusSettles(page, 'after Undo the focus should go to the restored row’s Delete button').toBe(
      `BUTTON "${deleteLabel!.slice(0, 60)}"`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
