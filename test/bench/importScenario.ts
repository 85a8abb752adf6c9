import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { categoryLabel } from '../../shared/domain/categories';
import { buildWorkbookTables } from '../../shared/io/workbookTables';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { exportLabels } from '../../renderer/features/import-export/exportLabels';
import { tablesToXlsx } from '../../renderer/features/import-export/writeXlsx';
import { newSession, type ScenarioInput } from './benchSession';
import { profileFolder, startCpuProfile } from './cpuProfile';
import { longestTask, longTasks, now, observedWrites } from './pageWatchers';
import { browserCpuMs } from './processCpu';
import { printProfileBySource } from './profileBySource';
import { printResult, type BenchResult } from './results';
import { untilQuiet } from './restoreScenario';
import { bareWriteOperation, measureBareWrite } from './yardstick';

// In a fresh profile, a spreadsheet of that many stakeholders imported through the import
// page; then, in the same page, the yardstick: the imported rows written by bare IndexedDB.

/**
 * What an import writes (renderer/db/importStakeholders.ts), in one transaction: the
 * stakeholders and their contact persons, the programmes and dated contacts the file
 * brings, and the history entries the data layer adds in that transaction (issue 18,
 * historyMiddleware.ts; their multi-entry index names every record imported). All of them
 * are rows the import stores, as `db-load`'s yardstick counts the load's history rows.
 */
const IMPORT_TABLES = ['stakeholders', 'contacts', 'programmes', 'actions', 'history'] as const;

/** A spreadsheet of that many stakeholders, as the app's own workbook export writes it. */
export function stakeholderSpreadsheet(network: SampleNetwork): Buffer {
  const labels = exportLabels('en', (id) => categoryLabel(id, 'en'));
  const [table] = buildWorkbookTables({ ...network, relationships: [], programmes: [] }, labels, {
    omitPersonalColumns: false,
  });
  if (!table) throw new Error('No stakeholder sheet');
  // Without the id column: these are new stakeholders for the importing database.
  const keep = table.columns.map((column, index) => (column.key === 'id' ? -1 : index)).filter((index) => index >= 0);
  const withoutIds = {
    ...table,
    columns: keep.map((index) => table.columns[index]!),
    rows: table.rows.map((row) => keep.map((index) => row[index] ?? null)),
  };
  return Buffer.from(tablesToXlsx(XLSX, [withoutIds]));
}

export async function measureImport(input: ScenarioInput, relationships: number): Promise<BenchResult[]> {
  const file = stakeholderSpreadsheet(input.network);
  const { context, page } = await newSession(input);
  await page.goto(input.baseUrl);
  await page.addScriptTag({ content: input.hooksSource });
  await page.evaluate(() => window.tramaBench.startEmpty());
  await page.goto(`${input.baseUrl}?import#/import-export`);
  const fileInput = page.getByLabel('Spreadsheet to import');
  await fileInput.waitFor();
  const start = Date.now();
  await fileInput.setInputFiles({
    name: 'stakeholders.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  // Freezes are counted from here: Playwright hands the file over by decoding it inside the
  // page (a second at 50,000 rows), which no user's file choice costs.
  const handedOver = await now(page);
  await page.getByTestId('import-summary').waitFor({ timeout: 900_000 });
  const previewMs = Date.now() - start;
  // TRAMA_BENCH_PROFILE: a CPU profile of the commit alone (cpuProfile.ts), summed by source.
  const profileLabel = `import-xlsx-commit-${input.stakeholders}`;
  const profile = await startCpuProfile(page, profileLabel);
  // The count is written as the language writes numbers ("Import 10,000 stakeholders").
  const importButton = page.getByRole('button', { name: /^Import [\d,. \u202f]+ stakeholders$/ });
  await importButton.waitFor();
  // Timed inside the page, from the click to the notice: finding the button by its name and
  // polling for the notice's text make Playwright read the whole preview table (0.5 s and
  // more at 2,000 rows on a busy machine), on the page's thread, which no user's click costs.
  await importButton.evaluate((button) => {
    const times = {
      clickedAt: null as number | null,
      doneAt: null as number | null,
      writeCommittedAt: null as number | null,
    };
    (window as unknown as { tramaImportTimes: typeof times }).tramaImportTimes = times;
    button.addEventListener('click', () => (times.clickedAt ??= performance.now()), { capture: true, once: true });
    // When the import's write transaction committed: what follows is the page's answer to it.
    // Watched where the app's requests reach a store (Dexie holds on to `transaction` itself).
    const objectStore = IDBTransaction.prototype.objectStore;
    const watched = new WeakSet<IDBTransaction>();
    IDBTransaction.prototype.objectStore = function watchedStore(this: IDBTransaction, name: string) {
      if (this.mode === 'readwrite' && name === 'stakeholders' && !watched.has(this)) {
        watched.add(this);
        this.addEventListener('complete', () => (times.writeCommittedAt = performance.now()));
      }
      return objectStore.call(this, name);
    };
    const done = new MutationObserver(() => {
      const notices = [...document.querySelectorAll('[role="status"]')].map((status) => status.textContent ?? '');
      if (times.doneAt !== null || !notices.some((notice) => /stakeholders added/.test(notice))) return;
      times.doneAt = performance.now();
      done.disconnect();
    });
    done.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const commitStart = Date.now();
  const commitPageStart = await now(page);
  const cpuAtStart = browserCpuMs();
  await importButton.click();
  const pageTimes = await page.waitForFunction(
    () => {
      const times = (
        window as unknown as {
          tramaImportTimes: { clickedAt: number | null; doneAt: number | null; writeCommittedAt: number | null };
        }
      ).tramaImportTimes;
      return times.doneAt !== null && times.clickedAt !== null ? times : null;
    },
    null,
    { timeout: 900_000, polling: 50 },
  );
  const commitWallMs = Date.now() - commitStart;
  const cpuAtEnd = browserCpuMs();
  const { clickedAt, doneAt, writeCommittedAt } = (await pageTimes.jsonValue()) as {
    clickedAt: number;
    doneAt: number;
    writeCommittedAt: number | null;
  };
  const commitMs = Math.round(doneAt - clickedAt);
  const done = await now(page);
  await profile?.stop(await longTasks(page, commitPageStart, done));
  const folder = profileFolder();
  if (profile && folder)
    await printProfileBySource(
      join(folder, `${profileLabel}.cpuprofile`),
      resolve(import.meta.dirname, '../..', process.env.TRAMA_WEB_DIST ?? 'dist-bench'),
    );
  const summary = await page
    .getByTestId('import-summary')
    .textContent()
    .catch(() => null);
  const observed = await observedWrites(page, commitPageStart, done);
  // From the click until the import's write transaction opened: checking the rows.
  const beforeWriteMs = observed.firstAt === null ? null : Math.round(observed.firstAt - clickedAt);
  const result: BenchResult = {
    operation: 'import-xlsx',
    stakeholders: input.stakeholders,
    relationships,
    ms: previewMs + commitMs,
    previewMs,
    commitMs,
    commitWallMs,
    // The browser's CPU time during the commit (processCpu.ts): what a busy machine's wall time hides.
    commitCpuMs: cpuAtStart === null || cpuAtEnd === null ? null : cpuAtEnd - cpuAtStart,
    beforeWriteMs,
    // From the commit of the import's write until the notice said so.
    afterWriteMs: writeCommittedAt === null ? null : Math.round(doneAt - writeCommittedAt),
    bytes: file.length,
    longestTaskMs: await longestTask(page, handedOver, done),
    durabilities: observed.durabilities,
    yardstick: bareWriteOperation('import-xlsx'),
    comparedFigure: 'commitMs',
    ...(summary ? { summary } : {}),
  };
  printResult(result);
  // The page's own reading after the import (its lists and counts read the new rows again)
  // is not left to run under the yardstick's write.
  await untilQuiet(page, 2_000, 60_000);
  const bare = await measureBareWrite({
    page,
    hooksSource: input.hooksSource,
    operation: 'import-xlsx',
    tables: IMPORT_TABLES,
    observed,
    stakeholders: input.stakeholders,
    relationships,
  });
  await context.close();
  return [result, bare];
}
