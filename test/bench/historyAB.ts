import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { profileFolder, startCpuProfile, type RunningProfile } from './cpuProfile';
import { countIndexedDbCalls, countsBetween, sumCounts } from './editTrace';
import { printProfileBySource } from './profileBySource';
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
/**
 * From the new name typed until "Save" pressed: a person takes at least this long to type a name.
 * Without it the bench pressed "Save" about 300 ms after the edit before had shown, and in half
 * the edits met that edit's own history being read and drawn again (deferred by useHistoryQueries.ts
 * by 100 ms to idle time): the history's cost of one edit was charged to the next. That cost is
 * not left out: `historyShownMs` times it, from "Save" until the record's history shows the edit.
 */
const TYPING_MS = 1_000;
/** How long the record's page is given to show the edit in its history. */
const HISTORY_SHOWN_LIMIT_MS = 5_000;

async function openStakeholder(page: Page, id: string, name: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/stakeholders/${id}`);
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor(STEP_LIMIT);
}

interface EditTimes {
  /** When "Save" was pressed, on the page's clock. */
  start: number;
  ms: number;
  paintedMs: number;
  /** From "Save" until the record's history lists the edit, newest first; null if it did not within the limit. */
  historyShownMs: number | null;
  /** The page's IndexedDB calls counted so far, at "Save" and once the heading showed (empty unless counted). */
  calls: readonly [Record<string, number>, Record<string, number>];
  /** When counted: from "Save" until the edit's write transaction opened, until it completed, until the heading showed. */
  phases?: {
    beforeWriteMs: number;
    writeMs: number;
    afterWriteMs: number;
    /** When the page last read its history, answered, from "Save" (negative: before it). */
    historyReadDoneMs: number;
    /** How long after the write before it that read was issued. */
    historyReadAfterWriteMs: number;
  };
}

/** From "Save" (`start`, on the page's clock) until the page's History section lists `name` in its newest entry. */
function historyShown(page: Page, name: string, start: number): Promise<number | null> {
  return page.evaluate(
    ([name, start, limitMs]) =>
      new Promise<number | null>((resolve) => {
        const shows = () =>
          [...document.querySelectorAll('section')]
            .find((section) => section.querySelector('h2')?.textContent === 'History')
            ?.querySelector('ol > li')
            ?.textContent?.includes(name) ?? false;
        const done = (ms: number | null) => {
          observer.disconnect();
          clearTimeout(limit);
          resolve(ms);
        };
        const observer = new MutationObserver(() => {
          if (shows()) done(performance.now() - start);
        });
        const limit = setTimeout(() => done(null), limitMs);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        // Already there: when it came is not known, only that it was by now.
        if (shows()) done(performance.now() - start);
      }),
    [name, start, HISTORY_SHOWN_LIMIT_MS] as const,
  );
}

/** Renames the stakeholder shown; times it in the page from "Save" until its heading shows the new name. */
async function renameOnce(page: Page, to: string, build: Build): Promise<EditTimes> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Edit/ });
  await dialog.getByLabel('Name', { exact: true }).fill(to);
  const save = dialog.getByRole('button', { name: 'Save' });
  await save.waitFor(STEP_LIMIT);
  await page.waitForTimeout(TYPING_MS);
  const times = await save.evaluate(
    (button, name) =>
      new Promise<Omit<EditTimes, 'historyShownMs'>>((resolve, reject) => {
        // Counted only when traced (isTraced, editTrace.ts): otherwise empty.
        const counted = () => ({ ...(window as { tramaIdbCalls?: Record<string, number> }).tramaIdbCalls });
        const shows = () => [...document.querySelectorAll('h1')].some((heading) => heading.textContent === name);
        const limit = setTimeout(() => reject(new Error(`${name} not shown within 120 s`)), 120_000);
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          clearTimeout(limit);
          const ms = performance.now() - start;
          const calls = [callsBefore, counted()] as const;
          const write = (window as { tramaLastWrite?: Record<string, number> }).tramaLastWrite as
            Record<'openedAt' | 'completedAt' | 'historyReadDoneAt' | 'historyReadAfterWriteMs', number> | undefined;
          const phases = write && {
            beforeWriteMs: write.openedAt - start,
            writeMs: write.completedAt - write.openedAt,
            afterWriteMs: start + ms - write.completedAt,
            historyReadDoneMs: write.historyReadDoneAt - start,
            historyReadAfterWriteMs: write.historyReadAfterWriteMs,
          };
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve({ start, ms, paintedMs: performance.now() - start, calls, phases })),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const callsBefore = counted();
        const start = performance.now();
        (button as HTMLButtonElement).click();
      }),
    to,
  );
  await dialog.waitFor({ state: 'detached', ...STEP_LIMIT });
  return {
    ...times,
    historyShownMs: build.label === 'with-history' ? await historyShown(page, to, times.start) : null,
  };
}

/** One page per build holding the network; the same stakeholder renamed in each, in turn. */
async function measureEdits(input: ScenarioInput, builds: readonly Build[]) {
  const target = input.network.stakeholders[Math.floor(input.network.stakeholders.length / 2)]!;
  const sessions = [];
  try {
    for (const build of builds) {
      const session = await newSession(input);
      sessions.push(session);
      if (isTraced()) await session.context.addInitScript(countIndexedDbCalls);
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
    const labels = builds.map((build) => `single-edit-${build.label}-${input.stakeholders}`);
    const profiles = await Promise.all(sessions.map(({ page }, index) => startCpuProfile(page, labels[index]!)));
    const edits: EditTimes[][] = builds.map(() => []);
    for (let edit = 0; edit < EDITS; edit += 1) {
      // Each build goes first every other time.
      const order = edit % 2 === 0 ? [0, 1] : [1, 0];
      for (const index of order) {
        if (!sessions[index]) continue;
        const build = builds[index]!;
        edits[index]!.push(await renameOnce(sessions[index].page, `${target.name} ${build.label} ${edit}`, build));
      }
    }
    for (const [index, profile] of profiles.entries())
      if (isTraced()) await traceOf(profile, labels[index]!, builds[index]!, edits[index]!);
    const historyAfter = await Promise.all(
      sessions.map(({ page }) => page.evaluate(() => window.tramaBench.countRows('history'))),
    );
    return builds.map((build, index) => ({
      build,
      ms: median(edits[index]!.map((edit) => edit.ms)),
      paintedMs: median(edits[index]!.map((edit) => edit.paintedMs)),
      runs: edits[index]!.map((edit) => Math.round(edit.ms)),
      historyShownMs: historyShownOf(edits[index]!),
      historyRowsAdded: historyAfter[index]! - historyBefore[index]!,
    }));
  } finally {
    for (const session of sessions) await session.context.close();
  }
}

/** The median time until the history showed the edit; null without history, or if any edit's never showed. */
function historyShownOf(edits: readonly EditTimes[]): number | null {
  const shown = edits.map((edit) => edit.historyShownMs);
  return shown.every((ms) => ms !== null) ? Math.round(median(shown)) : null;
}

/**
 * TRAMA_BENCH_PROFILE, or TRAMA_BENCH_TRACE_EDITS=1 for the counts without the profiler (which slows the page):
 * where each build's edits spent their time.
 */
const isTraced = () => Boolean(profileFolder() || process.env.TRAMA_BENCH_TRACE_EDITS);

/** The edits' phases and IndexedDB calls, within the edits alone, and their CPU profile summed by source. */
async function traceOf(profile: RunningProfile | null, label: string, build: Build, edits: readonly EditTimes[]) {
  const windows = edits.map((edit) => [edit.start, edit.ms] as const);
  await profile?.stop(windows);
  const calls = sumCounts(edits.map((edit) => countsBetween(...edit.calls)));
  const phase = (name: keyof NonNullable<EditTimes['phases']>) =>
    median(edits.map((edit) => edit.phases?.[name] ?? NaN)).toFixed(1);
  console.log(
    `  ${build.label}: medians from "Save": ${phase('beforeWriteMs')} ms until the write opened, ${phase('writeMs')} ms writing, ${phase('afterWriteMs')} ms until the heading showed`,
  );
  const gaps = edits.slice(1).map((edit, index) => edit.start - edits[index]!.start - edits[index]!.ms);
  console.log(`  ${build.label}: median ${median(gaps).toFixed(0)} ms from one edit shown until the next "Save"`);
  // A read of the history answered between 300 ms before "Save" and the heading: its work may have met the edit's.
  const overlapping = edits.filter(
    ({ phases, ms }) => phases && phases.historyReadDoneMs > -300 && phases.historyReadDoneMs < ms,
  );
  console.log(
    `  ${build.label}: ${overlapping.length} edits met a read of the history (answered ${overlapping.map(({ phases }) => Math.round(phases!.historyReadDoneMs)).join(', ')} ms from "Save", issued ${overlapping.map(({ phases }) => Math.round(phases!.historyReadAfterWriteMs)).join(', ')} ms after the edit before); their median ${overlapping.length ? median(overlapping.map(({ ms }) => ms)).toFixed(1) : '-'} ms, the others' ${median(edits.filter((edit) => !overlapping.includes(edit)).map(({ ms }) => ms)).toFixed(1)} ms`,
  );
  console.log(`  ${build.label}: IndexedDB calls in ${edits.length} edits, from "Save" until the heading showed:`);
  for (const [kind, count] of Object.entries(calls).sort())
    console.log(
      kind.startsWith('ms ')
        ? `    ${(count / edits.length).toFixed(2).padStart(8)} ms per edit  ${kind.slice(3)}`
        : `    ${String(count).padStart(8)}  ${kind}`,
    );
  const folder = profileFolder();
  if (!profile || !folder) return;
  const dist = `${process.env.TRAMA_WEB_DIST ?? 'dist-bench'}${build.label === 'without-history' ? '-no-history' : ''}`;
  // The whole profile, not its windows: pairing the profiler's clock with the page's once, at
  // its start (cpuProfile.ts), let windows of a two-minute run slip by about half a second.
  console.log(`  ${build.label}, the whole run of edits (the form's opening and typing included):`);
  await printProfileBySource(join(folder, `${label}.cpuprofile`), resolve(import.meta.dirname, '../..', dist)).catch(
    (error: unknown) => console.log(`  (profile not summarised by source: ${String(error)})`),
  );
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
      historyShownMs: edit.historyShownMs,
      runs: edit.runs,
      historyRowsAdded: edit.historyRowsAdded,
    });
  const [withEdit, withoutEdit] = edits;
  record('history-cost:single-edit', null, {
    ratio: ratio(withEdit!.ms, withoutEdit!.ms),
    withMs: Math.round(withEdit!.ms),
    withoutMs: Math.round(withoutEdit!.ms),
    paintedRatio: ratio(withEdit!.paintedMs, withoutEdit!.paintedMs),
    // Not in the ratio: the history's part of an edit that comes after the edit has shown.
    historyShownMs: withEdit!.historyShownMs,
  });

  // `--runs 0`: the single edit alone (the import's commit takes minutes at 10,000).
  if (runs === 0) return results;
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
