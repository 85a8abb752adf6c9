import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Clicks a button that saves a file and returns where the browser put it. */
export async function downloadByButton(
  page: Page,
  buttonName: string,
): Promise<{ filePath: string; suggestedName: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'trama-download-')), download.suggestedFilename());
  await download.saveAs(filePath);
  return { filePath, suggestedName: download.suggestedFilename() };
}
