import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DATABASE_NAME } from '../../renderer/db/schema';
import { REPORT_TABLES } from '../../renderer/data/reportQueries';
import { median, newSession, type ScenarioInput } from './benchSession';
import { FILTER_CATEGORY_ID, FILTER_REGION } from './mapScenario';
import { categoryLabel } from '../../shared/domain/categories';
import { profileFolder, startCpuProfile } from './cpuProfile';
import { longestTask, now } from './pageWatchers';
import { printProfileBySource } from './profileBySource';
import { openReportFromNavigation } from './reportFromNavigation';
import { resultRecorder, type BenchResult } from './results';

// Issue 18's speed goals at 10,000 stakeholders, in a page loaded with the network: the
// programme report for all programmes and regions (from navigation, and from a new From
// date), and the map redrawn when its "As of" day moves, each beside a yardstick of the
// same run (the plain IndexedDB read of the report's rows; the map's own filter).

/** The synthetic network's records are all created on 2026-01-01: days either side of it. */
const REPORT_FROM_DAYS = ['2025-07-01', '2026-02-01'] as const;
const AS_OF_DAYS = ['2026-03-01', '2026-06-01'] as const;
const BEFORE_THE_NETWORK = '2025-12-01';
const STEP_LIMIT = { timeout: 900_000 };

declare global {
  interface Window {
    tramaReportTimes?: { shownAt: number; paintedAt: number | null };
    tramaRelationshipReads?: Array<{ at: number; end: number | null }>;
  }
}

/**
 * Init script: notes when each read-only transaction that reads the relationships began and
 * completed, so that an opening's time splits into the app's start, its read and what follows
 * (counting, drawing). Stands on its own.
 */
export function watchRelationshipReads(): void {
  if (!location.hash.startsWith('#/reports')) return;
  const reads: Array<{ at: number; end: number | null }> = [];
  window.tramaRelationshipReads = reads;
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(
    this: IDBDatabase,
    storeNames: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    const opened = original.call(this, storeNames, mode, options);
    const stores = typeof storeNames === 'string' ? [storeNames] : [...storeNames];
    if (opened.mode === 'readonly' && stores.includes('relationships')) {
      const read = { at: performance.now(), end: null as number | null };
      reads.push(read);
      opened.addEventListener('complete', () => (read.end = performance.now()));
    }
    return opened;
  };
}

/** The read an opening waited for: the last one to complete before the report was shown. */
async function reportRead(page: Page, shownAt: number): Promise<{ at: number; end: number } | null> {
  const reads = await page.evaluate(() => window.tramaRelationshipReads ?? []);
  const done = reads.filter((read): read is { at: number; end: number } => read.end !== null && read.end <= shownAt);
  return done.sort((one, other) => other.end - one.end)[0] ?? null;
}

/**
 * Init script: when a report page loaded directly is shown in full (its figures table, every
 * chart drawn), notes the time and the time two frames later (painted). Stands on its own.
 */
export function watchReportShown(): void {
  if (!location.hash.startsWith('#/reports')) return;
  const isShown = () => {
    const report = document.querySelector('.report-page[data-ready="true"]');
    if (!report?.querySelector('table.report-figures')) return false;
    const charts = [...report.querySelectorAll('[data-chart]')];
    return charts.length >= 2 && charts.every((chart) => chart.getAttribute('data-drawn') === 'true');
  };
  const observer = new MutationObserver(() => {
    if (window.tramaReportTimes || !isShown()) return;
    observer.disconnect();
    const times = { shownAt: performance.now(), paintedAt: null as number | null };
    window.tramaReportTimes = times;
    requestAnimationFrame(() => requestAnimationFrame(() => (times.paintedAt = performance.now())));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** The yardstick: the tables the report reads (REPORT_TABLES), read whole by plain IndexedDB in one transaction. */
async function plainReportRead(page: Page): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    ([name, tables]) =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const present = tables.filter((table) => database.objectStoreNames.contains(table));
          const start = performance.now();
          const transaction = database.transaction(present, 'readonly');
          let rows = 0;
          for (const table of present) {
            const request = transaction.objectStore(table).getAll();
            request.onsuccess = () => (rows += request.result.length);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve({ ms: performance.now() - start, rows });
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [DATABASE_NAME, [...REPORT_TABLES]] as const,
  );
}

/** Types a day into a date field; resolves once the report has rendered and every chart is drawn and painted. */
async function changeReportFrom(page: Page, day: string): Promise<{ ms: number; figuresChanged: boolean }> {
  return page.getByLabel('From', { exact: true }).evaluate(async (input, value) => {
    const figures = () => document.querySelector('table.report-figures')?.textContent ?? '';
    const before = figures();
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const start = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // React renders a typed change at once (a discrete event); its new charts load Plot, then draw.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (;;) {
      const charts = [...document.querySelectorAll('[data-chart]')];
      if (charts.length >= 2 && charts.every((chart) => chart.getAttribute('data-drawn') === 'true')) break;
      if (performance.now() - start > 120_000) throw new Error('The report did not redraw within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await frame();
    await frame();
    return { ms: performance.now() - start, figuresChanged: figures() !== before };
  }, day);
}

/** Types a day into the map's "As of" field; resolves once the canvas has applied it and painted everything. */
async function changeAsOf(page: Page, day: string): Promise<{ ms: number; drawnNodes: number; drawnEdges: number }> {
  return page.getByLabel('As of', { exact: true }).evaluate(async (input, value) => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="map-canvas"]');
    if (!canvas) throw new Error('No map canvas');
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const until = async (isDone: () => boolean) => {
      const start = performance.now();
      while (!isDone()) {
        if (performance.now() - start > 120_000) throw new Error('The map did not redraw within 120 s');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    // Set on every pass that applies a day's marks, even when the count stays the same.
    let isApplied = false;
    const observer = new MutationObserver(() => (isApplied = true));
    observer.observe(canvas, { attributes: true, attributeFilter: ['data-drawn-edges'] });
    const start = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => isApplied);
    observer.disconnect();
    // As the `filter` operation waits: no drawing step left, then two frames.
    await until(() => canvas.getAttribute('aria-busy') !== 'true');
    await frame();
    await frame();
    return {
      ms: performance.now() - start,
      drawnNodes: Number(canvas.getAttribute('data-drawn-nodes')),
      drawnEdges: Number(canvas.getAttribute('data-drawn-edges')),
    };
  }, day);
}

async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('[data-map-drawn]'), undefined, {
    ...STEP_LIMIT,
    polling: 50,
  });
  await page.waitForFunction(
    () => document.querySelector('[data-testid="map-canvas"]')?.getAttribute('aria-busy') !== 'true',
    undefined,
    { ...STEP_LIMIT, polling: 50 },
  );
}

/** `--only report`: the network loaded, then programme-report, its yardstick, as-of-redraw and the same page's filter. */
export async function measureReportAndAsOf(input: ScenarioInput): Promise<BenchResult[]> {
  const { stakeholders, network, runs, baseUrl, hooksSource } = input;
  const results: BenchResult[] = [];
  const record = resultRecorder(results, { stakeholders, relationships: network.relationships.length });
  const { context, page } = await newSession(input);
  await context.addInitScript(watchReportShown);
  await context.addInitScript(watchRelationshipReads);
  try {
    await page.goto(baseUrl);
    await page.addScriptTag({ content: hooksSource });
    const load = await page.evaluate((count) => window.tramaBench.loadNetwork(count), stakeholders);
    record('db-load', load.ms);

    const today = new Date().toISOString().slice(0, 10);
    const opened = [];
    const reads = [];
    for (let run = 0; run < runs; run += 1) {
      // TRAMA_BENCH_PROFILE: the first opening profiled (the profiler runs on across the navigation), summed by source.
      const label = `programme-report-${stakeholders}`;
      const profile = run === 0 ? await startCpuProfile(page, label) : null;
      await page.goto(`${baseUrl}?report=${run}#/reports?from=${REPORT_FROM_DAYS[1]}&to=${today}`);
      const times = await page.waitForFunction(
        () => (window.tramaReportTimes?.paintedAt ? window.tramaReportTimes : null),
        undefined,
        { ...STEP_LIMIT, polling: 50 },
      );
      const { shownAt, paintedAt } = (await times.jsonValue()) as { shownAt: number; paintedAt: number };
      const folder = profileFolder();
      if (profile && folder) {
        // The page's clock began again with the navigation: its long tasks are not paired with the profile's.
        await profile.stop([]);
        // A summary that fails (a frame the source maps cannot place) leaves the profile written and the run going.
        await printProfileBySource(
          join(folder, `${label}.cpuprofile`),
          resolve(import.meta.dirname, '../..', process.env.TRAMA_WEB_DIST ?? 'dist-bench'),
        ).catch((error: unknown) => console.log(`  (profile not summarised by source: ${String(error)})`));
      }
      const read = await reportRead(page, shownAt);
      opened.push({ shownAt, paintedAt, read, longestTaskMs: await longestTask(page, 0, paintedAt) });
      reads.push(await plainReportRead(page));
    }
    const readMs = median(reads.map((read) => read.ms));
    record('plain-idb-read:programme-report', readMs, {
      runs: reads.map((read) => Math.round(read.ms)),
      rows: reads[0]?.rows,
    });
    const changes = [];
    for (let run = 0; run < runs; run += 1) {
      const start = await now(page);
      const change = await changeReportFrom(page, REPORT_FROM_DAYS[run % 2]!);
      changes.push({ ...change, longestTaskMs: await longestTask(page, start, await now(page)) });
    }
    // As a user opens it in the running app: the sidebar's link, from the dashboard.
    const fromNavigation = [];
    for (let run = 0; run < runs; run += 1)
      fromNavigation.push(await openReportFromNavigation(page, `${baseUrl}?dashboard=${run}#/dashboard`));
    const reportMs = median(opened.map((open) => open.paintedAt));
    record('programme-report', reportMs, {
      shownMs: Math.round(median(opened.map((open) => open.shownAt))),
      runs: opened.map((open) => Math.round(open.paintedAt)),
      // Where an opening's time went: until the app began its read, the read, and after it until painted.
      readStartMs: Math.round(median(opened.map((open) => open.read?.at ?? NaN))),
      readMs: Math.round(median(opened.map((open) => (open.read ? open.read.end - open.read.at : NaN)))),
      afterReadMs: Math.round(median(opened.map((open) => (open.read ? open.paintedAt - open.read.end : NaN)))),
      longestTaskMs: Math.max(...opened.map((open) => open.longestTaskMs)),
      fromChangeMs: Math.round(median(changes.map((change) => change.ms))),
      fromChangeRuns: changes.map((change) => Math.round(change.ms)),
      fromChangeTaskMs: Math.max(...changes.map((change) => change.longestTaskMs)),
      figuresChanged: changes.map((change) => change.figuresChanged),
      plainReadMs: Math.round(readMs),
      ratioToPlainRead: Math.round((reportMs / readMs) * 10) / 10,
    });
    const fromNavigationMs = median(fromNavigation.map((opening) => opening.ms));
    record('programme-report-in-app', fromNavigationMs, {
      runs: fromNavigation.map((opening) => Math.round(opening.ms)),
      longestTaskMs: Math.max(...fromNavigation.map((opening) => opening.longestTaskMs)),
      plainReadMs: Math.round(readMs),
      ratioToPlainRead: Math.round((fromNavigationMs / readMs) * 10) / 10,
    });

    // The map as of a day: the Time panel opened as a user opens it, then the day moved back and forth.
    await openMap(page, `${baseUrl}?asof#/map?day=${AS_OF_DAYS[0]}`);
    // The panel is hidden until opened, so not found by its role: by the group's name.
    const panelId = await page
      .locator('.map-top-panel:has([aria-label="The network over time"])')
      .getAttribute('id', STEP_LIMIT);
    await page.locator(`button[aria-controls="${panelId}"]`).click();
    await page.getByLabel('As of', { exact: true }).waitFor(STEP_LIMIT);
    const moves = [];
    for (let run = 0; run < runs; run += 1) {
      const start = await now(page);
      const moved = await changeAsOf(page, AS_OF_DAYS[(run + 1) % 2]!);
      moves.push({ ...moved, longestTaskMs: await longestTask(page, start, await now(page)) });
    }
    // A day before the network and back: every stakeholder leaves the map, then comes back.
    const toEmpty = await changeAsOf(page, BEFORE_THE_NETWORK);
    const toFull = await changeAsOf(page, AS_OF_DAYS[0]);

    // The yardstick in the same page: the map's `filter` operation, as mapScenario.ts measures it.
    await openMap(page, `${baseUrl}?filter#/map`);
    await page.addScriptTag({ content: hooksSource });
    const category = categoryLabel(FILTER_CATEGORY_ID, 'en');
    const filters = [];
    for (let run = 0; run < runs; run += 1) {
      const region = await page.evaluate((option) => window.tramaBench.toggleFilter('Region', option), FILTER_REGION);
      const byCategory = await page.evaluate((option) => window.tramaBench.toggleFilter('Category', option), category);
      filters.push(region.ms + byCategory.ms);
      await page.evaluate((option) => window.tramaBench.toggleFilter('Category', option), category);
      await page.evaluate((option) => window.tramaBench.toggleFilter('Region', option), FILTER_REGION);
    }
    const filterMs = median(filters);
    record('filter', filterMs, { runs: filters.map(Math.round) });
    const asOfMs = median(moves.map((move) => move.ms));
    record('as-of-redraw', asOfMs, {
      runs: moves.map((move) => Math.round(move.ms)),
      longestTaskMs: Math.max(...moves.map((move) => move.longestTaskMs)),
      drawnNodes: moves[0]?.drawnNodes,
      drawnEdges: moves[0]?.drawnEdges,
      toEmptyMs: Math.round(toEmpty.ms),
      toFullMs: Math.round(toFull.ms),
      filterMs: Math.round(filterMs),
      ratioToFilter: Math.round((asOfMs / filterMs) * 100) / 100,
    });
  } finally {
    await context.close();
  }
  return results;
}
