import type { Page } from 'playwright-core';
import { SYNCED_TABLES } from '../../shared/domain/entities';
import { median, orFailure, withHooks, type ScenarioInput } from './benchSession';
import { longestTask, now } from './pageWatchers';
import { printResult, type BenchResult } from './results';
import { joinAndPull, newLaptop, untilSynced, type Laptop, type PullTimes } from './syncLaptop';
import { BENCH_MEMBERS, startBenchTeam, type BenchTeam } from './syncTeam';
import { bareWriteOperation, measureBareWrite } from './yardstick';

// Team sync (issue 15): an empty laptop joins a team whose database holds the size's network
// and receives all of it (`sync-initial-pull`, judged against a bare IndexedDB write of the
// same rows in the same page); then a second laptop joins, and a stakeholder renamed on the
// first shows on the second (`sync-edit-latency`). Server: pouchdb-server in memory.

const EDITS = 5;
const STEP_LIMIT = { timeout: 120_000 };

function pullResult(operation: string, input: ScenarioInput, team: BenchTeam, times: PullTimes): BenchResult {
  return {
    operation,
    stakeholders: input.stakeholders,
    relationships: input.network.relationships.length,
    ms: times.ms,
    documents: team.documents,
    previewMs: times.previewMs,
    pullMs: times.pullMs,
    syncedMs: times.syncedMs,
    longestTaskMs: times.longestTaskMs,
    previewLongestTaskMs: times.previewLongestTaskMs,
    pullLongestTaskMs: times.pullLongestTaskMs,
    cpuMs: times.cpuMs,
    serverCpuMs: times.serverCpuMs,
    durabilities: times.observed.durabilities,
    writeTransactions: times.observed.transactions,
    otherWrites: times.observed.otherWrites,
    requests: times.requests,
    serverLoadMs: team.loadMs,
  };
}

/** The app's page for one stakeholder, its heading showing `name`. */
async function openStakeholder(page: Page, id: string, name: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/stakeholders/${id}`);
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor(STEP_LIMIT);
}

interface EditArrival {
  /** Save pressed on A until B's database holds the new name. */
  storedMs: number;
  /** Save pressed on A until B's page shows it. */
  shownMs: number;
}

/** Renames a stakeholder in A's form; times it from "Save" until B holds and shows the new name. */
async function renameAndWatch(a: Page, b: Page, hooksSource: string, id: string, from: string, to: string) {
  await openStakeholder(a, id, from);
  await openStakeholder(b, id, from);
  await withHooks(b, hooksSource);
  const arrival = b.evaluate(([stakeholderId, name]) => window.tramaBench.arrivalOf(stakeholderId, name), [
    id,
    to,
  ] as const);
  arrival.catch(() => undefined);
  await a.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = a.getByRole('dialog', { name: /Edit/ });
  await dialog.getByLabel('Name', { exact: true }).fill(to);
  const save = dialog.getByRole('button', { name: 'Save' });
  await save.waitFor(STEP_LIMIT);
  const savedAt = await save.evaluate((button) => {
    const at = performance.timeOrigin + performance.now();
    (button as HTMLButtonElement).click();
    return at;
  });
  const { storedAt, shownAt } = await arrival;
  await dialog.waitFor({ state: 'detached', ...STEP_LIMIT });
  return { storedMs: storedAt - savedAt, shownMs: shownAt - savedAt } satisfies EditArrival;
}

/** A and B both hold the team's network; each edit on A is timed until B shows it. */
async function measureEditLatency(
  input: ScenarioInput,
  team: BenchTeam,
  a: Laptop,
  b: Laptop,
  secondPull: PullTimes,
): Promise<BenchResult> {
  await untilSynced(a.page);
  await untilSynced(b.page);
  const arrivals: EditArrival[] = [];
  const bStart = await now(b.page);
  for (let edit = 0; edit < EDITS; edit++) {
    const index = Math.floor(((edit + 0.5) * input.stakeholders) / EDITS);
    const stakeholder = input.network.stakeholders[index]!;
    const arrival = await renameAndWatch(
      a.page,
      b.page,
      input.hooksSource,
      stakeholder.id,
      stakeholder.name,
      `${stakeholder.name} – renamed ${edit + 1}`,
    );
    arrivals.push(arrival);
    console.log(`    edit ${edit + 1}: shown on B after ${Math.round(arrival.shownMs)} ms`);
  }
  const shown = arrivals.map((arrival) => arrival.shownMs);
  const result: BenchResult = {
    operation: 'sync-edit-latency',
    stakeholders: input.stakeholders,
    relationships: input.network.relationships.length,
    ms: Math.round(median(shown)),
    maxMs: Math.round(Math.max(...shown)),
    storedMs: Math.round(median(arrivals.map((arrival) => arrival.storedMs))),
    runsMs: shown.map(Math.round),
    edits: EDITS,
    documents: team.documents,
    longestTaskOnBMs: await longestTask(b.page, bStart, await now(b.page)),
    secondLaptopPullMs: secondPull.ms,
  };
  printResult(result);
  return result;
}

/** Both sync operations at one size, on one team server started for them, with the pull's yardstick. */
export async function measureSync(input: ScenarioInput): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const team = await startBenchTeam(input.network, new URL(input.baseUrl).origin);
  console.log(`  team database: ${team.documents.toLocaleString('en')} documents, loaded in ${team.loadMs} ms`);
  let a: Laptop | null = null;
  try {
    results.push(
      ...(await orFailure('sync-initial-pull', input, async () => {
        a = await newLaptop(input, team);
        const times = await joinAndPull(a, input, team, BENCH_MEMBERS[0], `sync-initial-pull-${input.stakeholders}`);
        const result = {
          ...pullResult('sync-initial-pull', input, team, times),
          yardstick: bareWriteOperation('sync-initial-pull'),
          comparedFigure: 'ms' as const,
        };
        printResult(result);
        const bare = await measureBareWrite({
          page: a.page,
          hooksSource: input.hooksSource,
          operation: 'sync-initial-pull',
          tables: SYNCED_TABLES,
          observed: times.observed,
          stakeholders: input.stakeholders,
          relationships: result.relationships,
        });
        return [result, bare];
      })),
    );
    results.push(
      ...(await orFailure('sync-edit-latency', input, async () => {
        if (!a) throw new Error('No first laptop: its initial pull failed');
        const first = a;
        const b = await newLaptop(input, team);
        try {
          const second = await joinAndPull(b, input, team, BENCH_MEMBERS[1], `sync-second-pull-${input.stakeholders}`);
          console.log(`  second laptop joined: all records after ${second.ms} ms`);
          return [await measureEditLatency(input, team, first, b, second)];
        } finally {
          await b.context.close();
        }
      })),
    );
  } finally {
    await (a as Laptop | null)?.context.close();
    await team.stop();
  }
  return results;
}
