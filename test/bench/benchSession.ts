import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { watchLongTasks, watchWriteTransactions } from './pageWatchers';
import type { BenchResult } from './results';

// What every scenario of the benchmark shares: its input, a fresh browser profile with the
// watchers installed, and the page hooks (pageHooks.ts) injected into the built app.

export interface ScenarioInput {
  browser: Browser;
  baseUrl: string;
  hooksSource: string;
  stakeholders: number;
  /** The same network the page generates, for names to search and the spreadsheet. */
  network: SampleNetwork;
  runs: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * A fresh profile: its own IndexedDB. Like the e2e tests' profiles it is off the record,
 * so Chromium keeps its IndexedDB in memory: the app and the yardstick write to the same
 * kind of storage, and neither pays for the disk.
 */
export async function newSession(
  input: Pick<ScenarioInput, 'browser'>,
): Promise<{ context: BrowserContext; page: Page }> {
  // The app's CSP forbids inline scripts; the benchmark's hooks are one.
  const context = await input.browser.newContext({
    bypassCSP: true,
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript(watchLongTasks);
  await context.addInitScript(watchWriteTransactions);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return { context, page };
}

/** Injects the hooks unless this document has them already. */
export async function withHooks(page: Page, hooksSource: string): Promise<void> {
  if (!(await page.evaluate(() => 'tramaBench' in window))) await page.addScriptTag({ content: hooksSource });
}

/**
 * A scenario that fails (a selector the app no longer matches, a timeout) is recorded as
 * failed with its reason, and the run goes on to the others.
 */
export async function orFailure(
  operation: string,
  input: ScenarioInput,
  measure: () => Promise<BenchResult[]>,
): Promise<BenchResult[]> {
  try {
    return await measure();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    console.error(`  ${operation} failed: ${reason}`);
    return [
      {
        operation,
        stakeholders: input.stakeholders,
        relationships: input.network.relationships.length,
        ms: null,
        error: reason,
      },
    ];
  }
}
