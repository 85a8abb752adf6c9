// `npm run bench`: bundles the TypeScript benchmark with esbuild and runs it in Node.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Inside node_modules, so that the bundle's external imports resolve from the project.
const cache = resolve(import.meta.dirname, '../../node_modules/.cache');
mkdirSync(cache, { recursive: true });
const folder = mkdtempSync(join(cache, 'trama-bench-'));
const outfile = join(folder, 'bench.mjs');
try {
  await build({
    entryPoints: [resolve(import.meta.dirname, 'bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile,
    // import.meta.dirname must still name this folder once bundled elsewhere.
    define: { 'import.meta.dirname': JSON.stringify(import.meta.dirname) },
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
