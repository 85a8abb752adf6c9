import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { newSession, withHooks, type ScenarioInput } from './benchSession';
import { profileFolder, startCpuProfile } from './cpuProfile';
import { printProfileBySource } from './profileBySource';
import { longestTask, longTasks, now, observedWrites, type ObservedWrites } from './pageWatchers';
import { browserCpuMs, descendantsCpuMs } from './processCpu';
import type { BenchMember, BenchTeam } from './syncTeam';

// A laptop of the sync scenarios: a fresh browser profile with the built app, started empty,
// that joins the bench team in Settings → Team as a person does (the e2e tests' way), then
// waits until every record of the team is in its IndexedDB.

const PULL_LIMIT_MS = 1_800_000;
const STEP_LIMIT = { timeout: 120_000 };
const POLL_MS = 200;
const STATUS = '[role="status"][aria-label="Team sync"]';

export interface Laptop {
  context: BrowserContext;
  page: Page;
  /** Requests to the team server so far, by kind (`_changes`, `_bulk_get`, `_revs_diff`…). */
  requests: Map<string, number>;
}

export interface PullTimes {
  /** "Join the team" pressed until every record is in the app's database. */
  ms: number;
  /** "Join the team" pressed until the preview offers "Join and send" (after the reload the new server needs). */
  previewMs: number | null;
  /** "Join and send" pressed until every record is in the app's database. */
  pullMs: number;
  /** "Join and send" pressed until the status first said "Synced" (it may say so before the last records are applied). */
  syncedMs: number | null;
  longestTaskMs: number;
  /** The longest task before "Join and send" (the join's check and preview) and after it (the pull). */
  previewLongestTaskMs: number;
  pullLongestTaskMs: number;
  /** CPU time of the browser's processes during the pull (processCpu.ts). */
  cpuMs: number | null;
  /** CPU time of the team server (pouchdb-server, a Node child of the bench) during the pull. */
  serverCpuMs: number | null;
  observed: ObservedWrites;
  counts: Record<string, number>;
  requests: Record<string, number>;
}

function kindOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean);
  const step = last.find((part) => part.startsWith('_')) ?? (last.length > 1 ? 'doc' : 'database');
  return step;
}

export async function newLaptop(input: ScenarioInput, team: BenchTeam): Promise<Laptop> {
  const { context, page } = await newSession(input);
  const requests = new Map<string, number>();
  context.on('request', (request) => {
    if (!request.url().startsWith(team.server.url)) return;
    const kind = `${request.method()} ${kindOf(request.url())}`;
    requests.set(kind, (requests.get(kind) ?? 0) + 1);
  });
  await page.goto(input.baseUrl);
  await page.getByRole('button', { name: /Start with an empty network/ }).click();
  await page.getByRole('navigation', { name: 'Main sections' }).waitFor();
  return { context, page, requests };
}

const serverCpuMs = () => descendantsCpuMs(process.pid, (command) => command === 'node');
const difference = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);

/** The first of several waits to finish; the others' later failures are not reported. */
function firstOf<T>(waits: Array<Promise<T>>): Promise<T> {
  for (const wait of waits) wait.catch(() => undefined);
  return Promise.race(waits);
}

async function countsNow(page: Page, hooksSource: string, tables: readonly string[]) {
  await withHooks(page, hooksSource);
  return page.evaluate(
    async ([names, selector]) => ({
      counts: Object.fromEntries(
        await Promise.all(names.map(async (name) => [name, await window.tramaBench.countRows(name)] as const)),
      ),
      status: document.querySelector(`header ${selector}`)?.textContent ?? '',
    }),
    [tables, STATUS] as const,
  );
}

/** Joins from an empty profile and waits until the app's database holds the whole team. */
export async function joinAndPull(
  laptop: Laptop,
  input: ScenarioInput,
  team: BenchTeam,
  member: BenchMember,
  label: string,
): Promise<PullTimes> {
  const { page } = laptop;
  await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Team' });
  await card.getByLabel('Server address').fill(team.server.url);
  await card.getByLabel('Team', { exact: true }).fill(team.team);
  await card.getByLabel('Your user name').fill(member.userName);
  await card.getByLabel('Password', { exact: true }).fill(member.password);
  laptop.requests.clear();
  const pageAtJoin = await now(page);
  const start = Date.now();
  await card.getByRole('button', { name: 'Join the team' }).click();
  const confirm = page.getByRole('button', { name: /Join and send/ });
  const joined = page.getByText(`Team ${team.team} on ${team.server.url}, as ${member.userName}.`);
  const first = await firstOf([
    confirm.waitFor(STEP_LIMIT).then(() => 'preview' as const),
    joined.waitFor(STEP_LIMIT).then(() => 'joined' as const),
  ]);
  const previewMs = first === 'preview' ? Date.now() - start : null;
  await withHooks(page, input.hooksSource);
  const profile = await startCpuProfile(page, label);
  const pageStart = await now(page);
  const cpuStart = browserCpuMs();
  const serverCpuStart = serverCpuMs();
  const confirmedAt = Date.now();
  if (first === 'preview') await confirm.click();
  const tables = Object.keys(team.expected);
  let syncedMs: number | null = null;
  let counts: Record<string, number> = {};
  for (;;) {
    const seen = await countsNow(page, input.hooksSource, tables);
    counts = seen.counts;
    if (syncedMs === null && seen.status === 'Synced') syncedMs = Date.now() - confirmedAt;
    if (/stopped/i.test(seen.status)) throw new Error(`The laptop's sync says: ${seen.status}`);
    if (tables.every((table) => counts[table] === team.expected[table])) break;
    if (Date.now() - confirmedAt > PULL_LIMIT_MS)
      throw new Error(`Not all records arrived within ${PULL_LIMIT_MS / 60_000} min: ${JSON.stringify(counts)}`);
    await page.waitForTimeout(POLL_MS);
  }
  const end = Date.now();
  const pageEnd = await now(page);
  const cpuEnd = browserCpuMs();
  const serverCpuEnd = serverCpuMs();
  await profile?.stop(await longTasks(page, pageStart, pageEnd));
  const folder = profileFolder();
  if (profile && folder)
    await printProfileBySource(
      join(folder, `${label}.cpuprofile`),
      resolve(import.meta.dirname, '../..', process.env.TRAMA_WEB_DIST ?? 'dist-bench'),
    );
  return {
    ms: end - start,
    previewMs,
    pullMs: end - confirmedAt,
    syncedMs,
    // Since "Join the team" (or the reload the new server needed): the preview's reading of the server included.
    longestTaskMs: await longestTask(page, pageStart < pageAtJoin ? 0 : pageAtJoin, pageEnd),
    previewLongestTaskMs: await longestTask(page, pageStart < pageAtJoin ? 0 : pageAtJoin, pageStart),
    pullLongestTaskMs: await longestTask(page, pageStart, pageEnd),
    serverCpuMs: difference(serverCpuStart, serverCpuEnd),
    // browserCpuMs counts every child of the bench, the team server among them.
    cpuMs:
      cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart - (difference(serverCpuStart, serverCpuEnd) ?? 0),
    observed: await observedWrites(page, pageStart, pageEnd),
    counts,
    requests: Object.fromEntries([...laptop.requests].sort((a, b) => b[1] - a[1])),
  };
}

/** Until the laptop's status says "Synced" (the replication idle both ways). */
export async function untilSynced(page: Page): Promise<void> {
  await page
    .getByRole('banner')
    .locator(STATUS)
    .filter({ hasText: /^Synced$/ })
    .waitFor(STEP_LIMIT);
}
