import type { Page } from 'playwright-core';
import { categoryLabel } from '../../shared/domain/categories';
import { TABLE_NAMES } from '../../renderer/db/schema';
import { median, newSession, orFailure, type ScenarioInput } from './benchSession';
import { measureImport } from './importScenario';
import { longestTask, now, observedWrites } from './pageWatchers';
import { measureRestoreOntoEmpty, measureRestoreOverData, writeOlderBackupFile } from './restoreScenario';
import { printResult, type BenchResult } from './results';
import { bareWriteOperation, measureBareWrite } from './yardstick';

// The built app, measured as a user meets it: data already in IndexedDB, then the map
// drawn, filtered, searched and re-arranged, then a full workbook export and a backup of
// the same network restored over it; and, each in a fresh profile, a spreadsheet of that
// many stakeholders imported and the backup restored into an empty database. Each bulk
// write is followed, in the same page, by its yardstick (a bare IndexedDB write, yardstick.ts).

export type { ScenarioInput } from './benchSession';
// The map's end-to-end test imports a large spreadsheet built the same way.
export { stakeholderSpreadsheet } from './importScenario';

const FILTER_REGION = 'Campania';
const FILTER_CATEGORY = categoryLabel('reception-centre', 'en');

/** What the benchmark's load writes (renderer/db/sample.ts, loadSampleNetwork): one transaction. */
const LOAD_TABLES = TABLE_NAMES.filter((table) => !['programmes', 'categories'].includes(table));

async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return Math.round(usedSize / 1024 / 1024);
}

async function openMapFresh(
  page: Page,
  baseUrl: string,
  run: number,
): Promise<{ ms: number; longestTaskMs: number; drawnNodes: number }> {
  await page.goto(`${baseUrl}?run=${run}#/map`);
  await page.waitForFunction(() => document.querySelector('[data-map-drawn]'), undefined, {
    timeout: 900_000,
    polling: 50,
  });
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
    const result: BenchResult = {
      operation,
      stakeholders,
      relationships,
      ms: ms === null ? null : Math.round(ms),
      ...extra,
    };
    results.push(result);
    printResult(result);
  };

  const { context, page } = await newSession(input);
  await page.goto(baseUrl);
  await page.addScriptTag({ content: hooksSource });
  const loadStart = await now(page);
  const load = await page.evaluate((count) => window.tramaBench.loadNetwork(count), stakeholders);
  if (load.relationships !== relationships) throw new Error('The page and the benchmark generated different networks');
  const loadWrites = await observedWrites(page, loadStart, await now(page));
  record('db-load', load.ms, {
    generateMs: Math.round(load.generateMs),
    durabilities: loadWrites.durabilities,
    yardstick: bareWriteOperation('db-load'),
    comparedFigure: 'ms',
  });
  results.push(
    await measureBareWrite({
      page,
      hooksSource,
      operation: 'db-load',
      tables: LOAD_TABLES,
      observed: loadWrites,
      stakeholders,
      relationships,
    }),
  );

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
    const category = await page.evaluate(
      (option) => window.tramaBench.toggleFilter('Category', option),
      FILTER_CATEGORY,
    );
    filters.push({
      region: region.ms,
      category: category.ms,
      longestTaskMs: await longestTask(page, start, await now(page)),
      shown: category.drawnNodes,
    });
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
    const found = await page.evaluate(
      ([text, name]) => window.tramaBench.search('Find a stakeholder on the map', text, name),
      [target.name.slice(target.name.indexOf('#')), target.name] as const,
    );
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
  record('layout', median(layouts.map((layout) => layout.ms)), {
    layoutName: 'regions',
    longestTaskMs: Math.max(...layouts.map((layout) => layout.longestTaskMs)),
  });

  await page.evaluate(() => {
    location.hash = '#/import-export';
  });
  const workbookButton = page.getByRole('button', { name: 'Excel workbook (all records)' });
  await workbookButton.waitFor();
  const exportStart = Date.now();
  const pageStart = await now(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 900_000 }), workbookButton.click()]);
  const exportMs = Date.now() - exportStart;
  record('export-xlsx', exportMs, {
    bytes: (await download.createReadStream().then(streamSize)) ?? null,
    longestTaskMs: await longestTask(page, pageStart, await now(page)),
  });

  const backup = writeOlderBackupFile(stakeholders);
  try {
    results.push(
      ...(await orFailure('restore-backup-over-data', input, async () => [
        await measureRestoreOverData(page, input, backup),
      ])),
    );
    await context.close();
    results.push(...(await measureImport(input, relationships)));
    results.push(...(await orFailure('restore-backup', input, () => measureRestoreOntoEmpty(input, backup))));
  } finally {
    backup.remove();
  }
  return results;
}

async function streamSize(stream: NodeJS.ReadableStream): Promise<number> {
  let size = 0;
  for await (const chunk of stream) size += (chunk as Buffer).length;
  return size;
}
