// `npm run team:setup` / `team:dev` / `team:purge`: bundles the TypeScript command with esbuild (as
// test/bench/run.mjs does) and runs its main() with the arguments after the command's name.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const COMMANDS = { setup: 'setupCli.ts', dev: 'devTeam.ts', purge: 'purgeCli.ts' };
const [command = '', ...argv] = process.argv.slice(2);
const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[/** @type {keyof typeof COMMANDS} */ (command)] : undefined;
if (!entry) {
  console.error(`Usage: node scripts/team/run.mjs <${Object.keys(COMMANDS).join('|')}> [arguments]`);
  process.exit(2);
}

// Inside node_modules, so that the bundle's external imports (and pouchdb-server) resolve.
const cache = resolve(import.meta.dirname, '../../node_modules/.cache');
mkdirSync(cache, { recursive: true });
const folder = mkdtempSync(join(cache, 'trama-team-'));
const outfile = join(folder, 'team.mjs');
let main;
try {
  await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  ({ main } = await import(pathToFileURL(outfile).href));
} finally {
  // Loaded: the file is no longer needed, and nothing is left behind if the command runs long.
  rmSync(folder, { recursive: true, force: true });
}
await main(argv);
