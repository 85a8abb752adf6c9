import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { categoryLabel } from '../../shared/domain/categories';
import { buildWorkbookTables } from '../../shared/io/workbookTables';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { exportLabels } from '../../renderer/features/import-export/exportLabels';
import { tablesToXlsx } from '../../renderer/features/import-export/writeXlsx';
import type { BenchResult } from './results';

// The built app, measured as a user meets it: data already in IndexedDB, then the map
// drawn, filtered, searched and re-arranged, then a full workbook export; and, in a fresh
// profile, a spreadsheet of that many stakeholders imported through the import page.

export interface ScenarioInput {
  browser: Browser;
  baseUrl: string;
  hooksSource: string;
  stakeholders: number;
  /** The same network the page generates, for names to search and the spreadsheet. */
  network: SampleNetwork;
  runs: number;
}

const FILTER_REGION = 'Campania';
const FILTER_CATEGORY = categoryLabel('reception-centre', 'en');

/** Collects long tasks from the first script on, so any freeze can be found afterwards. */
function watchLongTasks(): void {
  const tasks: Array<[number, number]> = [];
  (window as unknown as { tramaLongTasks: typeof tasks }).tramaLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

async function longestTask(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([start, end]) => {
      const tasks = (window as unknown as { tramaLongTasks?: Array<[number, number]> }).tramaLongTasks ?? [];
      return Math.round(Math.max(0, ...tasks.filter(([at, duration]) => at + duration >= start && at <= end).map(([, duration]) => duration)));
    },
    [from, to] as const,
  );
}

const now = (page: Page) => page.evaluate(() => performance.now());

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function newSession(input: ScenarioInput): Promise<{ context: BrowserContext; page: Page }> {
  // The app's CSP forbids inline scripts; the benchmark's hooks are one.
  const context = await input.browser.newContext({ bypassCSP: true, locale: 'en-GB', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return { context, page };
}

async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return Math.round(usedSize / 1024 / 1024);
}

async function openMapFresh(page: Page, baseUrl: string, run: number): Promise<{ ms: number; longestTaskMs: number; drawnNodes: number }> {
  await page.goto(`${baseUrl}?run=${run}#/map`);
  await page.waitForFunction(() => document.querySelector('[data-map-drawn]'), undefined, { timeout: 900_000, polling: 50 });
  const { ms, drawnNodes } = await page.evaluate(() => ({
    ms: performance.getEntriesByName('trama:map-drawn')[0]?.startTime ?? -1,
    drawnNodes: Number(document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-drawn-nodes')),
  }));
  return { ms, drawnNodes, longestTaskMs: await longestTask(page, 0, ms) };
}

export async function measureApp(input: ScenarioInput): Promise<BenchResult[]> {
  const { stakeholders, runs, baseUrl, hooksSource, network } = input;
  const relationships = network.relationships.length;
  const results: BenchResult[] = [];
  const record = (operation: string, ms: number | null, extra: Record<string, unknown> = {}) => {
    results.push({ operation, stakeholders, relationships, ms: ms === null ? null : Math.round(ms), ...extra });
    console.log(`  ${operation.padEnd(18)} ${ms === null ? '' : `${Math.round(ms)} ms`} ${JSON.stringify(extra)}`);
  };

  const { context, page } = await newSession(input);
  await page.goto(baseUrl);
  await page.addScriptTag({ content: hooksSource });
  const load = await page.evaluate((count) => window.tramaBench.loadNetwork(count), stakeholders);
  if (load.relationships !== relationships) throw new Error('The page and the benchmark generated different networks');
  record('db-load', load.ms, { generateMs: Math.round(load.generateMs) });

  const frames = [];
  for (let run = 0; run < runs; run += 1) frames.push(await openMapFresh(page, baseUrl, run));
  record('first-map-frame', median(frames.map((frame) => frame.ms)), {
    runs: frames.map((frame) => Math.round(frame.ms)),
    longestTaskMs: Math.max(...frames.map((frame) => frame.longestTaskMs)),
    drawnNodes: frames[0]?.drawnNodes,
  });
  record('heap-after-load', null, { megabytes: await heapMegabytes(page) });

  await page.addScriptTag({ content: hooksSource });
  const filters = [];
  for (let run = 0; run < runs; run += 1) {
    const start = await now(page);
    const region = await page.evaluate((option) => window.tramaBench.toggleFilter('Region', option), FILTER_REGION);
    const category = await page.evaluate((option) => window.tramaBench.toggleFilter('Category', option), FILTER_CATEGORY);
    filters.push({ region: region.ms, category: category.ms, longestTaskMs: await longestTask(page, start, await now(page)), shown: category.drawnNodes });
    await page.evaluate((option) => window.tramaBench.toggleFilter('Category', option), FILTER_CATEGORY);
    await page.evaluate((option) => window.tramaBench.toggleFilter('Region', option), FILTER_REGION);
  }
  record('filter', median(filters.map((filter) => filter.region + filter.category)), {
    regionMs: Math.round(median(filters.map((filter) => filter.region))),
    categoryMs: Math.round(median(filters.map((filter) => filter.category))),
    longestTaskMs: Math.max(...filters.map((filter) => filter.longestTaskMs)),
    shownAfterFilter: filters[0]?.shown,
  });

  const searches = [];
  for (let run = 0; run < runs; run += 1) {
    const index = Math.floor(((run + 1) * stakeholders) / (runs + 2));
    const target = network.stakeholders[index]!;
    const start = await now(page);
    const found = await page.evaluate(([text, name]) => window.tramaBench.search('Find a stakeholder on the map', text, name), [target.name.slice(target.name.indexOf('#')), target.name] as const);
    searches.push({ ...found, longestTaskMs: await longestTask(page, start, await now(page)) });
  }
  record('search', median(searches.map((search) => search.ms)), {
    focusMs: Math.round(median(searches.map((search) => search.focusMs))),
    longestTaskMs: Math.max(...searches.map((search) => search.longestTaskMs)),
  });

  const layouts = [];
  for (let run = 0; run < runs; run += 1) {
    const start = await now(page);
    const { ms } = await page.evaluate(() => window.tramaBench.rearrange('Re-arrange'));
    layouts.push({ ms, longestTaskMs: await longestTask(page, start, await now(page)) });
  }
  record('layout', median(layouts.map((layout) => layout.ms)), { layoutName: 'regions', longestTaskMs: Math.max(...layouts.map((layout) => layout.longestTaskMs)) });

  await page.evaluate(() => {
    location.hash = '#/import-export';
  });
  const workbookButton = page.getByRole('button', { name: 'Excel workbook (all records)' });
  await workbookButton.waitFor();
  const exportStart = Date.now();
  const pageStart = await now(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 900_000 }), workbookButton.click()]);
  const exportMs = Date.now() - exportStart;
  record('export-xlsx', exportMs, { bytes: (await download.createReadStream().then(streamSize)) ?? null, longestTaskMs: await longestTask(page, pageStart, await now(page)) });
  await context.close();

  results.push(...(await measureImport(input, relationships)));
  return results;
}

async function streamSize(stream: NodeJS.ReadableStream): Promise<number> {
  let size = 0;
  for await (const chunk of stream) size += (chunk as Buffer).length;
  return size;
}

/** A spreadsheet of that many stakeholders, as the app's own workbook export writes it. */
export function stakeholderSpreadsheet(network: SampleNetwork): Buffer {
  const labels = exportLabels('en', (id) => categoryLabel(id, 'en'));
  const [table] = buildWorkbookTables({ ...network, relationships: [], programmes: [] }, labels, { omitPersonalColumns: false });
  if (!table) throw new Error('No stakeholder sheet');
  // Without the id column: these are new stakeholders for the importing database.
  const keep = table.columns.map((column, index) => (column.key === 'id' ? -1 : index)).filter((index) => index >= 0);
  const withoutIds = { ...table, columns: keep.map((index) => table.columns[index]!), rows: table.rows.map((row) => keep.map((index) => row[index] ?? null)) };
  return Buffer.from(tablesToXlsx(XLSX, [withoutIds]));
}

async function measureImport(input: ScenarioInput, relationships: number): Promise<BenchResult[]> {
  const file = stakeholderSpreadsheet(input.network);
  const { context, page } = await newSession(input);
  await page.goto(input.baseUrl);
  await page.addScriptTag({ content: input.hooksSource });
  await page.evaluate(() => window.tramaBench.startEmpty());
  await page.goto(`${input.baseUrl}?import#/import-export`);
  const fileInput = page.getByLabel('Spreadsheet to import');
  await fileInput.waitFor();
  const start = Date.now();
  await fileInput.setInputFiles({ name: 'stakeholders.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  // Freezes are counted from here: Playwright hands the file over by decoding it inside the
  // page (a second at 50,000 rows), which no user's file choice costs.
  const handedOver = await now(page);
  await page.getByTestId('import-summary').waitFor({ timeout: 900_000 });
  const previewMs = Date.now() - start;
  const commitStart = Date.now();
  await page.getByRole('button', { name: /^Import \d+ stakeholders$/ }).click();
  await page.getByText(/stakeholders added/).waitFor({ timeout: 900_000 });
  const commitMs = Date.now() - commitStart;
  const summary = await page.getByTestId('import-summary').textContent().catch(() => null);
  const result: BenchResult = {
    operation: 'import-xlsx',
    stakeholders: input.stakeholders,
    relationships,
    ms: previewMs + commitMs,
    previewMs,
    commitMs,
    bytes: file.length,
    longestTaskMs: await longestTask(page, handedOver, await now(page)),
    ...(summary ? { summary } : {}),
  };
  console.log(`  ${'import-xlsx'.padEnd(18)} ${result.ms} ms ${JSON.stringify({ previewMs, commitMs, longestTaskMs: result.longestTaskMs })}`);
  await context.close();
  return [result];
}
