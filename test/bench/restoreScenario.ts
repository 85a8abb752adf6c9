import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TABLE_NAMES } from '../../renderer/db/schema';
import { writeOlderBackupFile, type BackupFile } from './restoreBackupFile';
import { newSession, orFailure, withHooks, type ScenarioInput } from './benchSession';
import { startCpuProfile } from './cpuProfile';
import {
  appearances,
  longestTask,
  longTasks,
  now,
  observedWrites,
  watchAppearances,
  type Appearance,
  type ObservedWrites,
} from './pageWatchers';
import { browserCpuMs } from './processCpu';
import { printResult, type BenchResult } from './results';
import { bareWriteOperation, measureBareWrite } from './yardstick';

// Restoring a backup of the size's network through the Backups section, "replace", as a
// user does: onto an empty database (the pure restore), and onto a database that already
// holds data (as a user meets it: any safety copy of the current data is then real work).
// The selectors go by role and accessible name, in either language, and tolerate wording.

const TIMEOUT_MS = 1_800_000;
const BACKUPS_REGION = /backups|copie di sicurezza/i;
const RESTORE_INPUT = /restore|ripristin/i;
const RESTORE_DIALOG = /restore|ripristin/i;
const REPLACE_OPTION = /replace|sostitui/i;
const CONFIRM = /restore|replace|ripristin|sostitui/i;
const NOT_CONFIRM = /cancel|annulla|close|chiudi|download|scarica/i;
/** The notice, or the dialog's own title when it stays open to offer the safety copy. */
const DONE = /restored|ripristinat/i;

const patternOf = (pattern: RegExp) => ({ pattern: pattern.source, flags: pattern.flags });
/** The steps the page notes as the app shows them (watchAppearances): the same the waits below look for. */
const STEP_APPEARANCES: Appearance[] = [
  {
    name: 'replaceOffered',
    selector: 'dialog input[type="radio"], [role="dialog"] input[type="radio"]',
    ...patternOf(REPLACE_OPTION),
  },
  { name: 'restored', selector: '[role="status"]', ...patternOf(DONE) },
  { name: 'restoredDialog', selector: 'dialog, [role="dialog"]', ...patternOf(DONE) },
];

interface RestoreTimes {
  /** File chosen until the dialog offers "replace" (reading and checking the file). */
  parseMs: number;
  /** Confirmed until the app says the backup is restored (safety copy and writing). */
  writeMs: number;
  /** The same two steps as Playwright's waits saw them from Node (up to 500 ms late each): the figures before the page watched. */
  parsePolledMs: number;
  writePolledMs: number;
  /** Confirmed until the restore's write transaction opened: the safety copy, if any. */
  beforeWriteMs: number | null;
  longestTaskMs: number;
  /** The three longest tasks, `[start, duration]` in ms from the file's choice; "replace" was confirmed at `confirmedAtMs`. */
  longestTasksAt: Array<[number, number]>;
  confirmedAtMs: number;
  /** CPU time of the browser's processes from the file's choice to the end (processCpu.ts); null where unknown. */
  cpuMs: number | null;
  /** When the page heard of each of the backup worker's steps, in ms from the file's choice (backupInWorker.ts marks them). */
  workerSteps: Record<string, number>;
  observed: ObservedWrites;
  storedStakeholders: number;
}

/**
 * Waits for `step` unless the app says no first (a refusal, a worker that stopped, a failed
 * copy: each an alert). On failure, a screenshot of the page is kept for a look afterwards.
 */
async function unlessRefused(page: Page, step: Promise<unknown>): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  try {
    await Promise.race([
      step,
      alert.waitFor({ timeout: TIMEOUT_MS }).then(async () => {
        throw new Error(`The app said: ${await alert.textContent()}`);
      }),
    ]);
  } catch (error) {
    const screenshot = join(tmpdir(), `trama-bench-restore-failed-${Date.now()}.png`);
    await page.screenshot({ path: screenshot }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message.split('\n')[0] : String(error)} (screenshot: ${screenshot})`,
      { cause: error },
    );
  }
}

/** The backup worker's steps the page heard of since `from` (its marks), in ms from then. */
function workerSteps(page: Page, from: number): Promise<Record<string, number>> {
  return page.evaluate((start) => {
    const prefix = 'trama:backup-worker:';
    const marks = performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith(prefix) && mark.startTime >= start);
    return Object.fromEntries(
      marks.map((mark) => [mark.name.slice(prefix.length), Math.round(mark.startTime - start)]),
    );
  }, from);
}

/** Drives the Backups section of the import and export page, which must be open. */
async function restoreThroughUi(
  page: Page,
  backupPath: string,
  hooksSource: string,
  label: string,
): Promise<RestoreTimes> {
  const section = page.getByRole('region', { name: BACKUPS_REGION });
  const fileInput = section.locator('input[type="file"]').and(section.getByLabel(RESTORE_INPUT));
  await fileInput.waitFor({ state: 'attached', timeout: TIMEOUT_MS });
  const profile = await startCpuProfile(page, label);
  await page.evaluate(watchAppearances, STEP_APPEARANCES);
  const cpuAtStart = browserCpuMs();
  const start = Date.now();
  // A path, not a buffer: the browser reads the file itself, as for a user's choice.
  await fileInput.setInputFiles(backupPath);
  const handedOver = await now(page);
  const dialog = page.getByRole('dialog', { name: RESTORE_DIALOG });
  const replace = dialog.getByRole('radio', { name: REPLACE_OPTION });
  await unlessRefused(page, replace.waitFor({ timeout: TIMEOUT_MS }));
  const parsePolledMs = Date.now() - start;
  await replace.check({ timeout: TIMEOUT_MS });
  const confirm = dialog.getByRole('button', { name: CONFIRM }).filter({ hasNotText: NOT_CONFIRM }).first();
  const writeStart = Date.now();
  const writePageStart = await now(page);
  await confirm.click({ timeout: TIMEOUT_MS });
  const done = page.getByRole('status').filter({ hasText: DONE }).first();
  const doneDialog = page.getByRole('dialog', { name: DONE });
  await unlessRefused(
    page,
    Promise.race([done.waitFor({ timeout: TIMEOUT_MS }), doneDialog.waitFor({ timeout: TIMEOUT_MS })]),
  );
  const writePolledMs = Date.now() - writeStart;
  const end = await now(page);
  const seen = await appearances(page);
  const restoredAt = Math.min(seen.restored ?? Infinity, seen.restoredDialog ?? Infinity);
  const cpuAtEnd = browserCpuMs();
  const tasks = await longTasks(page, handedOver, end);
  await profile?.stop(tasks);
  await withHooks(page, hooksSource);
  const observed = await observedWrites(page, writePageStart, end);
  return {
    parseMs:
      seen.fileChosen !== undefined && seen.replaceOffered !== undefined
        ? Math.round(seen.replaceOffered - seen.fileChosen)
        : parsePolledMs,
    writeMs: Number.isFinite(restoredAt) ? Math.round(restoredAt - writePageStart) : writePolledMs,
    parsePolledMs,
    writePolledMs,
    beforeWriteMs: observed.firstAt === null ? null : Math.round(observed.firstAt - writePageStart),
    longestTaskMs: await longestTask(page, handedOver, end),
    longestTasksAt: [...tasks]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([at, duration]): [number, number] => [Math.round(at - handedOver), Math.round(duration)]),
    confirmedAtMs: Math.round(writePageStart - handedOver),
    cpuMs: cpuAtStart === null || cpuAtEnd === null ? null : cpuAtEnd - cpuAtStart,
    workerSteps: await workerSteps(page, handedOver),
    observed,
    storedStakeholders: await page.evaluate(() => window.tramaBench.countRows('stakeholders')),
  };
}

function restoreResult(
  operation: string,
  input: ScenarioInput,
  backup: BackupFile,
  times: RestoreTimes,
  scenario: string,
): BenchResult {
  const relationships = input.network.relationships.length;
  if (times.storedStakeholders !== input.stakeholders)
    throw new Error(
      `${operation}: ${times.storedStakeholders} stakeholders stored, ${input.stakeholders} in the backup`,
    );
  return {
    operation,
    stakeholders: input.stakeholders,
    relationships,
    ms: times.parseMs + times.writeMs,
    parseMs: times.parseMs,
    writeMs: times.writeMs,
    parsePolledMs: times.parsePolledMs,
    writePolledMs: times.writePolledMs,
    beforeWriteMs: times.beforeWriteMs,
    longestTaskMs: times.longestTaskMs,
    longestTasksAt: times.longestTasksAt,
    confirmedAtMs: times.confirmedAtMs,
    cpuMs: times.cpuMs,
    workerSteps: times.workerSteps,
    bytes: backup.bytes,
    scenario,
    durabilities: times.observed.durabilities,
    writeTransactions: times.observed.transactions,
    otherWrites: times.observed.otherWrites,
    // Both restores write the same backup with "replace": one yardstick, measured after the pure one.
    yardstick: bareWriteOperation('restore-backup'),
    comparedFigure: 'ms',
  };
}

/** A fresh profile that started empty: the pure restore, then the yardstick in the same page. */
export async function measureRestoreOntoEmpty(input: ScenarioInput, backup: BackupFile): Promise<BenchResult[]> {
  const { context, page } = await newSession(input);
  try {
    await page.goto(input.baseUrl);
    await withHooks(page, input.hooksSource);
    await page.evaluate(() => window.tramaBench.startEmpty());
    await page.goto(`${input.baseUrl}?restore#/import-export`);
    const times = await restoreThroughUi(page, backup.path, input.hooksSource, `restore-backup-${input.stakeholders}`);
    const result = restoreResult('restore-backup', input, backup, times, 'onto an empty database');
    printResult(result);
    const bare = await measureBareWrite({
      page,
      hooksSource: input.hooksSource,
      operation: 'restore-backup',
      tables: TABLE_NAMES,
      observed: times.observed,
      stakeholders: input.stakeholders,
      relationships: result.relationships,
    });
    return [result, bare];
  } finally {
    await context.close();
  }
}

/** In a page whose database holds the network already (the app scenario's, at its end). */
export async function measureRestoreOverData(
  page: Page,
  input: ScenarioInput,
  backup: BackupFile,
): Promise<BenchResult> {
  await page.evaluate(() => {
    location.hash = '#/import-export';
  });
  const times = await restoreThroughUi(
    page,
    backup.path,
    input.hooksSource,
    `restore-backup-over-data-${input.stakeholders}`,
  );
  const result = restoreResult(
    'restore-backup-over-data',
    input,
    backup,
    times,
    'over the same network one month newer',
  );
  printResult(result);
  return result;
}

/** Until the page has gone `quietMs` without a long task (at most `limitMs`). */
export async function untilQuiet(page: Page, quietMs = 3_000, limitMs = 180_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    const quietFor = await page.evaluate(() => {
      const tasks = (window as unknown as { tramaLongTasks?: Array<[number, number]> }).tramaLongTasks ?? [];
      const lastEnd = Math.max(0, ...tasks.map(([at, duration]) => at + duration));
      return performance.now() - lastEnd;
    });
    if (quietFor >= quietMs) return;
    await page.waitForTimeout(500);
  }
}

/**
 * `--only restore`: the two restores alone, for work on them: over the network as the app's
 * bulk write leaves it (without the map's scenario before), then onto an empty database.
 */
export async function measureRestoresOnly(input: ScenarioInput): Promise<BenchResult[]> {
  const backup = writeOlderBackupFile(input.stakeholders);
  const results: BenchResult[] = [];
  try {
    const { context, page } = await newSession(input);
    try {
      await page.goto(input.baseUrl);
      await withHooks(page, input.hooksSource);
      await page.evaluate((count) => window.tramaBench.loadNetwork(count), input.stakeholders);
      await page.evaluate(() => {
        location.hash = '#/import-export';
      });
      // The page's own first reads of the network, done before the restore as in the full scenario (an export runs there first).
      await untilQuiet(page);
      results.push(
        ...(await orFailure('restore-backup-over-data', input, async () => [
          await measureRestoreOverData(page, input, backup),
        ])),
      );
    } finally {
      await context.close();
    }
    results.push(...(await orFailure('restore-backup', input, () => measureRestoreOntoEmpty(input, backup))));
    return results;
  } finally {
    backup.remove();
  }
}
