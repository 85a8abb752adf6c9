import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { categoryLabel } from '../../shared/domain/categories';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { median, newSession, type ScenarioInput } from './benchSession';
import { profileFolder, startCpuProfile, type RunningProfile } from './cpuProfile';
import { longestTask, longTasks, now } from './pageWatchers';
import { printProfileBySource } from './profileBySource';
import { resultRecorder, type BenchResult, type RecordResult } from './results';

// The map as a user meets it, in a page that holds the network already: drawn, filtered,
// searched, panned and zoomed with every group open, and re-arranged.

export const FILTER_REGION = 'Campania';
export const FILTER_CATEGORY_ID = 'reception-centre';
const FILTER_CATEGORY = categoryLabel(FILTER_CATEGORY_ID, 'en');
/** How long the map is panned and zoomed, one step per frame, to count the frames drawn. */
export const PAN_ZOOM_MS = 3_000;
/**
 * The size of the pan and zoom goal. Above it, opening every group one at a time
 * (a minute and more at 2,000 on a busy machine) would take most of a full run.
 */
export const MAX_PAN_ZOOM_SIZE = 2_000;
/** Plain Cytoscape's yardsticks of the map's operations are measured up to this size (filter goal at 10,000). */
export const MAX_PLAIN_YARDSTICK_SIZE = 10_000;

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

/** With TRAMA_BENCH_PROFILE: the profile written, its long tasks' stacks and its time by source printed. */
async function stopProfile(
  page: Page,
  profile: { running: RunningProfile; label: string } | null,
  from: number,
  to: number,
): Promise<void> {
  const folder = profileFolder();
  if (!profile || !folder) return;
  await profile.running.stop(await longTasks(page, from, to));
  await printProfileBySource(
    join(folder, `${profile.label}.cpuprofile`),
    resolve(import.meta.dirname, '../..', process.env.TRAMA_WEB_DIST ?? 'dist-bench'),
  );
}

async function profiled(page: Page, label: string): Promise<{ running: RunningProfile; label: string } | null> {
  const running = await startCpuProfile(page, label);
  return running ? { running, label } : null;
}

/** The map's operations, each recorded through `record`; the page has the network loaded. */
export async function measureMap(input: {
  page: Page;
  baseUrl: string;
  hooksSource: string;
  network: SampleNetwork;
  stakeholders: number;
  runs: number;
  record: RecordResult;
}): Promise<void> {
  const { page, baseUrl, hooksSource, network, stakeholders, runs, record } = input;
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
    const profile = run === 0 ? await profiled(page, `filter-${stakeholders}`) : null;
    const start = await now(page);
    const region = await page.evaluate((option) => window.tramaBench.toggleFilter('Region', option), FILTER_REGION);
    const regionEnd = await now(page);
    const category = await page.evaluate(
      (option) => window.tramaBench.toggleFilter('Category', option),
      FILTER_CATEGORY,
    );
    const end = await now(page);
    await stopProfile(page, profile, start, end);
    filters.push({
      region: region.ms,
      category: category.ms,
      regionTaskMs: await longestTask(page, start, regionEnd),
      categoryTaskMs: await longestTask(page, regionEnd, end),
      shown: category.drawnNodes,
    });
    await page.evaluate((option) => window.tramaBench.toggleFilter('Category', option), FILTER_CATEGORY);
    await page.evaluate((option) => window.tramaBench.toggleFilter('Region', option), FILTER_REGION);
  }
  record('filter', median(filters.map((filter) => filter.region + filter.category)), {
    regionMs: Math.round(median(filters.map((filter) => filter.region))),
    categoryMs: Math.round(median(filters.map((filter) => filter.category))),
    runs: filters.map((filter) => Math.round(filter.region + filter.category)),
    longestTaskMs: Math.max(...filters.map((filter) => Math.max(filter.regionTaskMs, filter.categoryTaskMs))),
    regionTaskMs: Math.max(...filters.map((filter) => filter.regionTaskMs)),
    categoryTaskMs: Math.max(...filters.map((filter) => filter.categoryTaskMs)),
    shownAfterFilter: filters[0]?.shown,
  });

  const searches = [];
  for (let run = 0; run < runs; run += 1) {
    const index = Math.floor(((run + 1) * stakeholders) / (runs + 2));
    const target = network.stakeholders[index]!;
    const profile = run === 0 ? await profiled(page, `search-${stakeholders}`) : null;
    const start = await now(page);
    const found = await page.evaluate(
      ([text, name]) => window.tramaBench.search('Find a stakeholder on the map', text, name),
      [target.name.slice(target.name.indexOf('#')), target.name] as const,
    );
    await stopProfile(page, profile, start, await now(page));
    searches.push({ ...found, longestTaskMs: await longestTask(page, start, await now(page)) });
  }
  record('search', median(searches.map((search) => search.ms)), {
    focusMs: Math.round(median(searches.map((search) => search.focusMs))),
    focusRuns: searches.map((search) => Math.round(search.focusMs)),
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

  // Pan and zoom with every stakeholder drawn one by one: the heaviest view a user can open.
  if (stakeholders > MAX_PAN_ZOOM_SIZE || process.argv.includes('--no-pan-zoom')) return;
  await page.evaluate(() => window.tramaBench.unfocus());
  const opened = await page.evaluate(() => window.tramaBench.openEveryGroup());
  await page.evaluate(() => window.tramaBench.fitAll('Fit the whole map in view'));
  const panStart = await now(page);
  const panZoom = await page.evaluate((ms) => window.tramaBench.panZoomFps(ms), PAN_ZOOM_MS);
  record('pan-zoom-fps', null, {
    fps: panZoom.fps,
    frames: panZoom.frames,
    steps: panZoom.steps,
    longestFrameMs: panZoom.longestFrameMs,
    durationMs: Math.round(panZoom.ms),
    longestTaskMs: await longestTask(page, panStart, await now(page)),
    stakeholdersDrawn: opened.stakeholdersDrawn,
    edgesDrawn: opened.edgesDrawn,
    openingMs: Math.round(opened.ms),
  });
}

/** `--only map`: a fresh profile loaded with the network (no yardstick write), then the map's operations. */
export async function measureMapOnly(input: ScenarioInput): Promise<BenchResult[]> {
  const { stakeholders, network } = input;
  const results: BenchResult[] = [];
  const record = resultRecorder(results, { stakeholders, relationships: network.relationships.length });
  const { context, page } = await newSession(input);
  try {
    await page.goto(input.baseUrl);
    await page.addScriptTag({ content: input.hooksSource });
    const load = await page.evaluate((count) => window.tramaBench.loadNetwork(count), stakeholders);
    record('db-load', load.ms);
    await measureMap({ ...input, page, record });
  } finally {
    await context.close();
  }
  return results;
}
