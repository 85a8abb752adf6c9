import type { Locator } from 'playwright-core';

function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/**
 * Waits until the element's whole text is `expected`. Views update a moment after the notice
 * that announces a write, so reading the text once can see the count from before the write.
 * On timeout it reports what the element said instead, as an assertion would.
 */
export async function waitForText(element: Locator, expected: string, timeout = 10_000): Promise<void> {
  try {
    await element.filter({ hasText: exactly(expected) }).waitFor({ timeout });
  } catch (error) {
    const actual = await element.textContent({ timeout: 1_000 }).catch(() => '(not found)');
    throw new Error(`Expected text "${expected}", found "${actual}"`, { cause: error });
  }
}
