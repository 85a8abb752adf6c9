import * as XLSX from 'xlsx';
import { categoryLabel } from '../../shared/domain/categories';
import { buildWorkbookTables } from '../../shared/io/workbookTables';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { exportLabels } from '../../renderer/features/import-export/exportLabels';
import { tablesToXlsx } from '../../renderer/features/import-export/writeXlsx';
import { newSession, type ScenarioInput } from './benchSession';
import { longestTask, now, observedWrites } from './pageWatchers';
import { printResult, type BenchResult } from './results';
import { bareWriteOperation, measureBareWrite } from './yardstick';

// In a fresh profile, a spreadsheet of that many stakeholders imported through the import
// page; then, in the same page, the yardstick: the imported rows written by bare IndexedDB.

/** What an import writes (renderer/db/importStakeholders.ts): one transaction over both. */
const IMPORT_TABLES = ['stakeholders', 'contacts'] as const;

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
  const commitStart = Date.now();
  const commitPageStart = await now(page);
  // The count is written as the language writes numbers ("Import 10,000 stakeholders").
  await page.getByRole('button', { name: /^Import [\d,. \u202f]+ stakeholders$/ }).click();
  await page.getByText(/stakeholders added/).waitFor({ timeout: 900_000 });
  const commitMs = Date.now() - commitStart;
  const done = await now(page);
  const summary = await page
    .getByTestId('import-summary')
    .textContent()
    .catch(() => null);
  const observed = await observedWrites(page, commitPageStart, done);
  const result: BenchResult = {
    operation: 'import-xlsx',
    stakeholders: input.stakeholders,
    relationships,
    ms: previewMs + commitMs,
    previewMs,
    commitMs,
    bytes: file.length,
    longestTaskMs: await longestTask(page, handedOver, done),
    durabilities: observed.durabilities,
    yardstick: bareWriteOperation('import-xlsx'),
    comparedFigure: 'commitMs',
    ...(summary ? { summary } : {}),
  };
  printResult(result);
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
