import type { Page } from 'playwright-core';
import { median, newSession, type ScenarioInput } from './benchSession';
import { measureImport } from './importScenario';
import { resultRecorder, type BenchResult } from './results';

// Issue 18: what history costs. The same operations on two builds of the same code, one of
// them built without the history middleware (bench.ts builds it with TRAMA_BENCH_NO_HISTORY,
// renderer/db/db.ts), run alternately in the same session so that both meet the same machine:
// a single edit in the app (Edit, a new name, Save, until the heading shows it) in a page
// holding the network, and the spreadsheet import's commit (importScenario.ts).

export interface Build {
  label: 'with-history' | 'without-history';
  baseUrl: string;
}

const STEP_LIMIT = { timeout: 900_000 };
/** Single edits per build: short, so more of them than `--runs`. */
const EDITS = 41;

async function openStakeholder(page: Page, id: string, name: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/stakeholders/${id}`);
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor(STEP_LIMIT);
}

/** Renames the stakeholder shown; times it in the page from "Save" until its heading shows the new name. */
async function renameOnce(page: Page, to: string): Promise<{ ms: number; paintedMs: number }> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Edit/ });
  await dialog.getByLabel('Name', { exact: true }).fill(to);
  const save = dialog.getByRole('button', { name: 'Save' });
  await save.waitFor(STEP_LIMIT);
  const times = await save.evaluate(
    (button, name) =>
      new Promise<{ ms: number; paintedMs: number }>((resolve, reject) => {
        const shows = () => [...document.querySelectorAll('h1')].some((heading) => heading.textContent === name);
        const limit = setTimeout(() => reject(new Error(`${name} not shown within 120 s`)), 120_000);
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          clearTimeout(limit);
          const ms = performance.now() - start;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve({ ms, paintedMs: performance.now() - start })),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const start = performance.now();
        (button as HTMLButtonElement).click();
      }),
    to,
  );
  await dialog.waitFor({ state: 'detached', ...STEP_LIMIT });
  return times;
}

/** One page per build holding the network; the same stakeholder renamed in each, in turn. */
async function measureEdits(input: ScenarioInput, builds: readonly Build[]) {
  const target = input.network.stakeholders[Math.floor(input.network.stakeholders.length / 2)]!;
  const sessions = [];
  try {
    for (const build of builds) {
      const session = await newSession(input);
      sessions.push(session);
      await session.page.goto(build.baseUrl);
      await session.page.addScriptTag({ content: input.hooksSource });
      await session.page.evaluate((count) => window.tramaBench.loadNetwork(count), input.stakeholders);
      // Reloaded, as a user opens the app: the bench's load wrote through its own copy of the data layer.
      await session.page.goto(`${build.baseUrl}?edit#/stakeholders/${target.id}`);
      await openStakeholder(session.page, target.id, target.name);
      await session.page.addScriptTag({ content: input.hooksSource });
    }
    const historyBefore = await Promise.all(
      sessions.map(({ page }) => page.evaluate(() => window.tramaBench.countRows('history'))),
    );
    const edits: Array<Array<{ ms: number; paintedMs: number }>> = builds.map(() => []);
    for (let edit = 0; edit < EDITS; edit += 1) {
      // Each build goes first every other time.
      const order = edit % 2 === 0 ? [0, 1] : [1, 0];
      for (const index of order) {
        if (!sessions[index]) continue;
        edits[index]!.push(await renameOnce(sessions[index].page, `${target.name} ${builds[index]!.label} ${edit}`));
      }
    }
    const historyAfter = await Promise.all(
      sessions.map(({ page }) => page.evaluate(() => window.tramaBench.countRows('history'))),
    );
    return builds.map((build, index) => ({
      build,
      ms: median(edits[index]!.map((edit) => edit.ms)),
      paintedMs: median(edits[index]!.map((edit) => edit.paintedMs)),
      runs: edits[index]!.map((edit) => Math.round(edit.ms)),
      historyRowsAdded: historyAfter[index]! - historyBefore[index]!,
    }));
  } finally {
    for (const session of sessions) await session.context.close();
  }
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/** `--only history`: the single edit and the import's commit on both builds, alternately; the ratio with/without. */
export async function measureHistoryAB(input: ScenarioInput, builds: readonly [Build, Build]): Promise<BenchResult[]> {
  const { stakeholders, network, runs } = input;
  const relationships = network.relationships.length;
  const results: BenchResult[] = [];
  const record = resultRecorder(results, { stakeholders, relationships });

  const edits = await measureEdits(input, builds);
  for (const edit of edits)
    record(`single-edit:${edit.build.label}`, edit.ms, {
      paintedMs: Math.round(edit.paintedMs),
      runs: edit.runs,
      historyRowsAdded: edit.historyRowsAdded,
    });
  const [withEdit, withoutEdit] = edits;
  record('history-cost:single-edit', null, {
    ratio: ratio(withEdit!.ms, withoutEdit!.ms),
    withMs: Math.round(withEdit!.ms),
    withoutMs: Math.round(withoutEdit!.ms),
    paintedRatio: ratio(withEdit!.paintedMs, withoutEdit!.paintedMs),
  });

  const imports: BenchResult[][] = builds.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      console.log(`  import, ${builds[index]!.label}, run ${run + 1}`);
      const [result, bare] = await measureImport({ ...input, baseUrl: builds[index]!.baseUrl }, relationships);
      imports[index]!.push({ ...result!, bareWriteMs: bare?.ms ?? undefined });
    }
  }
  const commitOf = (index: number) => median(imports[index]!.map((result) => Number(result.commitMs)));
  for (const [index, build] of builds.entries())
    record(`import-commit:${build.label}`, commitOf(index), {
      runs: imports[index]!.map((result) => result.commitMs),
      commitCpuMs: imports[index]!.map((result) => result.commitCpuMs),
      previewMs: imports[index]!.map((result) => result.previewMs),
      bareWriteMs: imports[index]!.map((result) => result.bareWriteMs),
    });
  record('history-cost:import-commit', null, {
    ratio: ratio(commitOf(0), commitOf(1)),
    withMs: Math.round(commitOf(0)),
    withoutMs: Math.round(commitOf(1)),
  });
  return results;
}
