import type { Locator, Page } from 'playwright-core';

/**
 * Closes a form dialog with Escape (or the given button), discarding what was typed when the
 * app asks "Discard your changes?" (it asks only when something was typed or picked).
 */
export async function closeDiscarding(page: Page, dialog: Locator, button?: Locator): Promise<void> {
  if (button) await button.click();
  else await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await Promise.race([dialog.waitFor({ state: 'detached' }), discard.waitFor()]);
  if (await discard.isVisible()) await discard.getByRole('button', { name: 'Discard' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The text of every element a field's aria-describedby names (a hint and an error, say), joined. */
export async function describedText(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}
