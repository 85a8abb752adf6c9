import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

// `TRAMA_BENCH_PROFILE=<folder> npm run bench …`: a CPU profile of the page's main thread
// during a restore, written to <folder>/<label>.cpuprofile (open it in Chromium's DevTools,
// Performance panel), and, printed, what ran in each of the longest tasks: the functions
// that took most of its time, with where they were called from. Off by default: a
// profiler slows the page it watches.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const profileFolder = (): string | undefined => process.env.TRAMA_BENCH_PROFILE || undefined;

export interface RunningProfile {
  /** Stops the profiler, writes the profile, prints the functions of the longest tasks. */
  stop(longTasks: ReadonlyArray<readonly [number, number]>): Promise<void>;
}

export async function startCpuProfile(page: Page, label: string): Promise<RunningProfile | null> {
  const folder = profileFolder();
  if (!folder) return null;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  // Profile times are microseconds of a clock of their own: this pairs its start with the page's.
  const pageStartMs = await page.evaluate(() => performance.now());
  return {
    async stop(longTasks) {
      const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
      await session.detach();
      const path = join(folder, `${label}.cpuprofile`);
      writeFileSync(path, JSON.stringify({ ...profile, pageStartMs, longTasks }));
      console.log(`  CPU profile: ${path}`);
      printLongTasks(profile, pageStartMs, longTasks);
    },
  };
}

const frameName = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;

function printLongTasks(
  profile: CpuProfile,
  pageStartMs: number,
  longTasks: ReadonlyArray<readonly [number, number]>,
): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const sampleTimes: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) sampleTimes.push((time += delta));
  const toPageMs = (micro: number) => pageStartMs + (micro - profile.startTime) / 1000;
  const longest = [...longTasks].sort((a, b) => b[1] - a[1]).slice(0, 8);
  for (const [start, duration] of longest) {
    const self = new Map<string, number>();
    const stacks = new Map<string, number>();
    for (const [index, nodeId] of profile.samples.entries()) {
      const at = toPageMs(sampleTimes[index]!);
      if (at < start || at > start + duration) continue;
      const node = byId.get(nodeId)!;
      if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
      self.set(frameName(node), (self.get(frameName(node)) ?? 0) + 1);
      const chain: string[] = [];
      for (let id: number | undefined = nodeId; id !== undefined && chain.length < 6; id = parentOf.get(id))
        chain.push(frameName(byId.get(id)!));
      const stack = chain.join(' < ');
      stacks.set(stack, (stacks.get(stack) ?? 0) + 1);
    }
    const top = (counts: Map<string, number>, count: number) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, count);
    console.log(`  long task at ${Math.round(start)} ms, ${Math.round(duration)} ms:`);
    for (const [stack, samples] of top(stacks, 5)) console.log(`    ${samples} samples: ${stack}`);
  }
}
