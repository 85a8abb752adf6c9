import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Import cycles make the order of module evaluation decide whether a value is defined yet,
// and between features they mean two screens cannot change apart. Two rules: no cycle
// between source files, and the feature folders under renderer/features/ depend on each
// other in one direction only. Tests are left out: a test may import whatever it checks.

type ImportGraph = ReadonlyMap<string, readonly string[]>;

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return (
    listed
      .split('\n')
      .filter((file) => /^(renderer|shared|electron)\//.test(file) && !/\.test\.tsx?$/.test(file))
      // A file deleted but not yet committed is still listed by git.
      .filter((file) => existsSync(path.join(ROOT, file)))
  );
}

export function importGraphOf(files: readonly string[], read: (file: string) => string): ImportGraph {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imported = ts.preProcessFile(read(file), true, true).importedFiles.map(({ fileName }) => fileName);
    const targets = imported
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)))
      .map((base) => [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => known.has(candidate)))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
export function cyclesIn(graph: ImportGraph): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, order.get(next)!));
      }
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return cycles;
}

const featureOf = (file: string): string | null => /^renderer\/features\/([^/]+)\//.exec(file)?.[1] ?? null;

export function featureGraphOf(graph: ImportGraph): ImportGraph {
  const features = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = featureOf(file);
    if (from === null) continue;
    const edges = features.get(from) ?? new Set<string>();
    features.set(from, edges);
    for (const target of targets) {
      const to = featureOf(target);
      if (to !== null && to !== from) edges.add(to);
    }
  }
  return new Map([...features].map(([feature, edges]) => [feature, [...edges]]));
}

describe('the import graph', () => {
  const graph = importGraphOf(sourceFiles(), (file) => readFileSync(path.join(ROOT, file), 'utf8'));

  it('finds the files it checks', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('renderer/main.tsx')?.length).toBeGreaterThan(0);
  });

  it('has no cycle between source files', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });

  it('has the features depend on each other in one direction only', () => {
    expect(cyclesIn(featureGraphOf(graph))).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a cycle through three files and leaves a chain alone', () => {
    const sources: Record<string, string> = {
      'shared/a.ts': "import { b } from './b';",
      'shared/b.ts': "export { c } from './c';",
      'shared/c.ts': "import type { a } from './a';",
      'shared/d.ts': "import { a } from './a';",
    };
    const graph = importGraphOf(Object.keys(sources), (file) => sources[file]!);
    expect(cyclesIn(graph)).toEqual([['shared/a.ts', 'shared/b.ts', 'shared/c.ts']]);
  });

  it('finds two features that import each other', () => {
    const graph: ImportGraph = new Map([
      ['renderer/features/actions/A.tsx', ['renderer/features/stakeholders/S.tsx']],
      ['renderer/features/stakeholders/S.tsx', ['renderer/features/stakeholders/T.ts']],
      ['renderer/features/stakeholders/T.ts', ['renderer/features/actions/B.ts']],
      ['renderer/features/actions/B.ts', []],
    ]);
    expect(cyclesIn(graph)).toEqual([]);
    expect(cyclesIn(featureGraphOf(graph))).toEqual([['actions', 'stakeholders']]);
  });
});
