import { readdirSync, readFileSync } from 'node:fs';

// CPU time the browser's processes spent (Linux only: /proc), all threads of the page, its
// workers and the storage backend included (the benchmark's own Node process left out). On a machine shared with other work a task's
// wall time can double while its CPU time barely moves: `cpuMs` says how much work an
// operation was, its wall time how long the user waited.

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessStat {
  pid: number;
  parent: number;
  ticks: number;
  /** The executable's name (`chromium`, `node`…). */
  command: string;
}

function processStats(): ProcessStat[] {
  const stats: ProcessStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let line: string;
    try {
      line = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // The command name in parentheses may hold spaces: fields are counted after it.
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
    const command = line.slice(line.indexOf('(') + 1, line.lastIndexOf(')'));
    stats.push({
      pid: Number(entry),
      parent: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      command,
    });
  }
  return stats;
}

/**
 * Milliseconds of CPU this process's descendants have used so far: the browser Playwright
 * launched, with its renderers, workers and storage; null where /proc cannot be read.
 */
export function browserCpuMs(rootPid = process.pid): number | null {
  return descendantsCpuMs(rootPid, () => true);
}

/** The same, for the descendants whose executable `isCounted` accepts (`node`: the team server of the sync scenarios). */
export function descendantsCpuMs(rootPid: number, isCounted: (command: string) => boolean): number | null {
  try {
    const stats = processStats();
    const children = new Map<number, number[]>();
    for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat.pid]);
    const ticksOf = new Map(stats.map((stat) => [stat.pid, isCounted(stat.command) ? stat.ticks : 0]));
    let ticks = 0;
    const queue = [...(children.get(rootPid) ?? [])];
    while (queue.length > 0) {
      const pid = queue.pop()!;
      ticks += ticksOf.get(pid) ?? 0;
      queue.push(...(children.get(pid) ?? []));
    }
    return Math.round((ticks * 1000) / TICKS_PER_SECOND);
  } catch {
    return null;
  }
}
