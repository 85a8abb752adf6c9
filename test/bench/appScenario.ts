import { TABLE_NAMES } from '../../renderer/db/schema';
import { newSession, orFailure, type ScenarioInput } from './benchSession';
import { measureImport } from './importScenario';
import { measureMap } from './mapScenario';
import { longestTask, now, observedWrites } from './pageWatchers';
import { writeOlderBackupFile } from './restoreBackupFile';
import { measureRestoreOntoEmpty, measureRestoreOverData } from './restoreScenario';
import { resultRecorder, type BenchResult } from './results';
import { bareWriteOperation, measureBareWrite } from './yardstick';

// The built app, measured as a user meets it: data already in IndexedDB, then the map
// drawn, filtered, searched and re-arranged, then a full workbook export and a backup of
// the same network restored over it; and, each in a fresh profile, a spreadsheet of that
// many stakeholders imported and the backup restored into an empty database. Each bulk
// write is followed, in the same page, by its yardstick (a bare IndexedDB write, yardstick.ts).

export type { ScenarioInput } from './benchSession';
// The map's end-to-end test imports a large spreadsheet built the same way.
export { stakeholderSpreadsheet } from './importScenario';

/** What the benchmark's load writes (renderer/db/sample.ts, loadSampleNetwork): one transaction. */
const LOAD_TABLES = TABLE_NAMES.filter((table) => !['programmes', 'categories'].includes(table));

export async function measureApp(input: ScenarioInput): Promise<BenchResult[]> {
  const { stakeholders, runs, baseUrl, hooksSource, network } = input;
  const relationships = network.relationships.length;
  const results: BenchResult[] = [];
  const record = resultRecorder(results, { stakeholders, relationships });

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

  await measureMap({ page, baseUrl, hooksSource, network, stakeholders, runs, record });

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
