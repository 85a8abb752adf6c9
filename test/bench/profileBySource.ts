import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where a profiled page spent its main thread's time, by original source: the built app is
// minified, so each sample's frame is mapped back through the build's source maps (Vite
// writes them beside the bundles) and the time is summed by package (`pouchdb-browser`,
// `dexie`, `zod`…) or by our own file. Self time: what ran in that code itself.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface Mapper {
  originalPositionFor(
    map: unknown,
    position: { line: number; column: number },
  ): {
    source: string | null;
    name: string | null;
  };
  TraceMap: new (map: string) => unknown;
}

/** `node_modules/pouchdb-browser/...` → `pouchdb-browser`; our files keep their path from the project's root. */
function bucketOf(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scopeOrName = '', name = ''] = source.slice(modules + 'node_modules/'.length).split('/');
    return scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
  }
  return source.replace(/^(\.\.\/)+/, '');
}

const top = (counts: Map<string, number>, count: number) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, count);

/** Prints the profile's self time by package or file, and its costliest functions, in original names. */
export async function printProfileBySource(profilePath: string, distFolder: string): Promise<void> {
  // A dependency of Vite's, not of ours: without it the summary is left out, not the run.
  const mapper = (await import('@jridgewell/trace-mapping').catch(() => null)) as Mapper | null;
  if (!mapper) return console.log('  (no @jridgewell/trace-mapping: profile not summarised by source)');
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const maps = new Map<string, unknown>();
  const mapOf = (url: string) => {
    const file = url.split('/').pop() ?? '';
    if (!maps.has(file)) {
      const path = resolve(join(distFolder, 'assets', `${file}.map`));
      maps.set(file, existsSync(path) ? new mapper.TraceMap(readFileSync(path, 'utf8')) : null);
    }
    return maps.get(file);
  };
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const sourceOf = new Map<number, string | null>();
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber } = node.callFrame;
    const map = url ? mapOf(url) : null;
    // V8 gives -1 for frames without a position (native code, eval): no line to look up.
    const original =
      map && lineNumber >= 0 ? mapper.originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }) : null;
    sourceOf.set(node.id, original?.source ? bucketOf(original.source) : null);
  }
  const frameOf = new Map<number, { bucket: string; name: string }>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    let bucket = sourceOf.get(node.id) ?? null;
    if (!bucket && functionName.startsWith('(')) bucket = functionName;
    // A browser built-in (IndexedDB's put, fetch…) counts for the code that called it.
    for (let caller = parentOf.get(node.id); !bucket && caller; caller = parentOf.get(caller.id))
      bucket = sourceOf.get(caller.id) ?? null;
    bucket ??= url ? 'unmapped' : '(native)';
    frameOf.set(node.id, { bucket, name: `${functionName || '(anonymous)'} [${bucket}]` });
  }
  const byBucket = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [index, nodeId] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const frame = frameOf.get(nodeId);
    if (!frame || frame.bucket === '(idle)') continue;
    total += ms;
    byBucket.set(frame.bucket, (byBucket.get(frame.bucket) ?? 0) + ms);
    byFunction.set(frame.name, (byFunction.get(frame.name) ?? 0) + ms);
  }
  const line = ([label, ms]: [string, number]) =>
    `    ${String(Math.round(ms)).padStart(7)} ms ${String(Math.round((ms / total) * 100)).padStart(3)} %  ${label}`;
  console.log(
    `  main thread busy ${Math.round(total)} ms; self time by source (a built-in such as IndexedDB's put counted for its caller):`,
  );
  for (const entry of top(byBucket, 14)) console.log(line(entry));
  console.log('  costliest functions (self time):');
  for (const entry of top(byFunction, 20)) console.log(line(entry));
}
