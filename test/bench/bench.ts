import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build as bundle } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { build as buildRenderer, preview } from 'vite';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { buildSyntheticNetwork } from '../../shared/sample/syntheticNetwork';
import { measureApp } from './appScenario';
import { FILTER_CATEGORY_ID, MAX_PLAIN_YARDSTICK_SIZE, PAN_ZOOM_MS, measureMapOnly } from './mapScenario';
import { measurePlainCytoscape, measurePlainCytoscapeOperations } from './plainCytoscape';
import { measureRestoresOnly } from './restoreScenario';
import { measureSync } from './syncScenario';
import { measureHistoryAB } from './historyAB';
import { measureReportAndAsOf } from './reportScenario';
import { goalsTable, judgeAgainstYardsticks, printResult, resultsTable, type BenchResult } from './results';

// npm run bench [-- --quick] [--sizes 2000,10000] [--runs 3] [--no-build] [--only restore|sync|map|report|history]
// Builds the renderer into its own folder, serves it, and measures it in headless Chromium.
// Not a test: CI does not run it, and the figures depend on the machine.

const ROOT = resolve(import.meta.dirname, '../..');
/** Larger sizes skip the sync scenarios in a full run (minutes each); `--only sync` takes any size. */
const MAX_SYNC_SIZE_IN_FULL_RUN = 10_000;
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Plain Cytoscape's filter, focus and pan-zoom on the same network: the map's yardsticks at that size. */
async function plainMapYardsticks(browser: Browser, network: SampleNetwork): Promise<BenchResult[]> {
  if (network.stakeholders.length > MAX_PLAIN_YARDSTICK_SIZE) return [];
  const results = await measurePlainCytoscapeOperations(
    browser,
    network,
    { regionId: 'campania', categoryId: FILTER_CATEGORY_ID },
    PAN_ZOOM_MS,
  );
  for (const result of results) printResult(result);
  return results;
}

async function main(): Promise<void> {
  const isQuick = process.argv.includes('--quick');
  const only = option('only');
  const defaultSizes = isQuick
    ? '2000'
    : only === 'sync' || only === 'report' || only === 'history'
      ? '10000'
      : '2000,10000,50000';
  const sizes = (option('sizes') ?? defaultSizes).split(',').map(Number);
  const runs = Number(option('runs') ?? 3);
  const distFolder = process.env.TRAMA_WEB_DIST ?? 'dist-bench';
  process.env.TRAMA_WEB_DIST = distFolder;
  const config = {
    root: resolve(ROOT, 'renderer'),
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn' as const,
    build: { outDir: `../${distFolder}` },
  };
  if (!process.argv.includes('--no-build')) {
    console.log(`Building the renderer into ${distFolder}/ …`);
    await buildRenderer(config);
  }
  // `--only history`: the same code built a second time without the history middleware
  // (renderer/db/db.ts). Only this `define` sets the flag: it has no VITE_ prefix, so no
  // environment variable or .env file reaches it.
  const noHistoryConfig = {
    ...config,
    define: { 'import.meta.env.TRAMA_BENCH_NO_HISTORY': JSON.stringify('1') },
    build: { outDir: `../${distFolder}-no-history` },
  };
  if (only === 'history' && !process.argv.includes('--no-build')) {
    console.log(`Building the renderer without history into ${distFolder}-no-history/ …`);
    await buildRenderer(noHistoryConfig);
  }
  const server = await preview({
    ...config,
    preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 0), strictPort: Boolean(process.env.PORT) },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const noHistoryServer =
    only === 'history'
      ? await preview({ ...noHistoryConfig, preview: { host: '127.0.0.1', port: 0, strictPort: false } })
      : null;
  const noHistoryAddress = noHistoryServer?.httpServer.address();
  const noHistoryUrl =
    noHistoryAddress && typeof noHistoryAddress !== 'string' ? `http://127.0.0.1:${noHistoryAddress.port}/` : null;
  const hooks = await bundle({
    entryPoints: [resolve(import.meta.dirname, 'pageHooks.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    // The hooks' own copy of the data layer (renderer/db/db.ts reads a bench-only build flag):
    // no build flags, history kept, as in the app.
    define: { 'import.meta.env': '{}' },
  });
  const hooksSource = hooks.outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const loadBefore = loadavg();
  const results: BenchResult[] = [];
  const onlyRestores = only === 'restore';
  try {
    if (only === 'sync') {
      for (const size of sizes) {
        console.log(`\n${size.toLocaleString('en')} stakeholders, team sync only`);
        results.push(
          ...(await measureSync({
            browser,
            baseUrl,
            hooksSource,
            stakeholders: size,
            network: buildSyntheticNetwork({ stakeholders: size }),
            runs: 1,
          })),
        );
      }
      judgeAgainstYardsticks(results);
      console.log(`\n${resultsTable(results)}\n\nGoals:\n${goalsTable(results)}`);
      return;
    }
    if (only === 'report' || only === 'history') {
      for (const size of sizes) {
        console.log(
          `\n${size.toLocaleString('en')} stakeholders, issue 18's ${only === 'report' ? 'report and map over time' : 'history cost'}`,
        );
        const network = buildSyntheticNetwork({ stakeholders: size });
        const input = { browser, baseUrl, hooksSource, stakeholders: size, network, runs };
        if (only === 'report') {
          results.push(...(await measureReportAndAsOf(input)));
          results.push(...(await plainMapYardsticks(browser, network)));
        } else {
          if (!noHistoryUrl) throw new Error('The build without history has no server');
          results.push(
            ...(await measureHistoryAB(input, [
              { label: 'with-history', baseUrl },
              { label: 'without-history', baseUrl: noHistoryUrl },
            ])),
          );
        }
      }
      judgeAgainstYardsticks(results);
      console.log(`\n${resultsTable(results)}\n\nGoals:\n${goalsTable(results)}`);
      return;
    }
    if (only === 'map') {
      for (const size of sizes) {
        console.log(`\n${size.toLocaleString('en')} stakeholders, the map only`);
        const network = buildSyntheticNetwork({ stakeholders: size });
        results.push(...(await measureMapOnly({ browser, baseUrl, hooksSource, stakeholders: size, network, runs })));
        results.push(...(await plainMapYardsticks(browser, network)));
      }
      judgeAgainstYardsticks(results);
      console.log(`\n${resultsTable(results)}\n\nGoals:\n${goalsTable(results)}`);
      return;
    }
    if (onlyRestores) {
      for (const size of sizes) {
        console.log(`\n${size.toLocaleString('en')} stakeholders, restores only`);
        results.push(
          ...(await measureRestoresOnly({
            browser,
            baseUrl,
            hooksSource,
            stakeholders: size,
            network: buildSyntheticNetwork({ stakeholders: size }),
            runs: 1,
          })),
        );
      }
      judgeAgainstYardsticks(results);
      console.log(`\n${resultsTable(results)}\n\nGoals:\n${goalsTable(results)}`);
      return;
    }
    for (const size of sizes) {
      console.log(`\n${size.toLocaleString('en')} stakeholders`);
      const network = buildSyntheticNetwork({ stakeholders: size });
      results.push(
        ...(await measureApp({
          browser,
          baseUrl,
          hooksSource,
          stakeholders: size,
          network,
          runs: size > 20_000 ? 1 : runs,
        })),
      );
      results.push(...(await plainMapYardsticks(browser, network)));
      // The sync goals are at 10,000; a pull of 50,000 is for `--only sync --sizes 50000`.
      if (size <= MAX_SYNC_SIZE_IN_FULL_RUN)
        results.push(...(await measureSync({ browser, baseUrl, hooksSource, stakeholders: size, network, runs })));
    }
    const yardstickSize = sizes.includes(10_000) ? 10_000 : Math.max(...sizes);
    console.log(`\nPlain Cytoscape, ${yardstickSize.toLocaleString('en')} stakeholders`);
    const plain = await measurePlainCytoscape(browser, buildSyntheticNetwork({ stakeholders: yardstickSize }), runs);
    results.push(plain);
    const ours = results.find(
      (result) => result.operation === 'first-map-frame' && result.stakeholders === yardstickSize,
    );
    const ratio = ours?.ms && plain.ms ? Math.round((ours.ms / plain.ms) * 100) / 100 : null;
    results.push({
      operation: 'ratio-to-plain-cytoscape',
      stakeholders: yardstickSize,
      relationships: plain.relationships,
      ms: null,
      ratio,
    });
    judgeAgainstYardsticks(results);
    console.log(`\n${resultsTable(results.filter((result) => result.operation !== 'ratio-to-plain-cytoscape'))}`);
    console.log(
      `\nFirst map frame at ${yardstickSize.toLocaleString('en')}: ours ${ours?.ms} ms, plain Cytoscape ${plain.ms} ms, ratio ${ratio}`,
    );
    console.log(
      `\nGoals, each ratio against the bare IndexedDB write of the same rows in this run (bare-idb-write:<operation>):\n${goalsTable(results)}`,
    );
  } finally {
    await browser.close();
    await server.close();
    await noHistoryServer?.close();
  }
  const loadAfter = loadavg();
  console.log(`Load average (1 min) before ${loadBefore[0]?.toFixed(2)}, after ${loadAfter[0]?.toFixed(2)}`);
  writeFileSync(resolve(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written to bench-results.json');
}

await main();
