#!/usr/bin/env node
// `npm start`: builds the app, then launches it in Electron. The electron package fetches
// its binary the first time it is resolved; where that is impossible (no access to the
// download site, or Node older than 22.12, which Electron's installer needs) we say so and
// point to web mode, which runs the same app in a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCATE_TIMEOUT_MS = 5 * 60 * 1000;
const WEB_MODE_HINT =
  'The Electron binary could not be downloaded on this machine. Run the app in web mode instead: ' +
  'npm run web (then open http://127.0.0.1:5173/)';

function explainAndExit(reason) {
  console.error(`\n${WEB_MODE_HINT}`);
  console.error(`Reason: ${reason}`);
  console.error(
    "Note: Electron's installer needs Node.js 22.12 or newer and access to its download site on first use.\n",
  );
  process.exit(1);
}

function isNodeRecentEnough() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

// Without a binary already in place, an old Node cannot fetch one: say so before building.
if (!isNodeRecentEnough() && !existsSync(path.join(root, 'node_modules/electron/path.txt'))) {
  explainAndExit(`Node.js ${process.versions.node} is older than 22.12.`);
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

/**
 * Resolves the electron package in a child process, so a download that hangs can be cut
 * short. Returns { binary } with the executable's path, or { reason } when none could be had.
 */
function locateElectronBinary() {
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: LOCATE_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) return { reason: result.error.message };
  if (result.status !== 0) {
    const message =
      result.stderr.split('\n').find((line) => line.startsWith('Error')) ?? `exit ${result.status ?? result.signal}`;
    return { reason: `resolving the electron package failed: ${message}` };
  }
  const binary = result.stdout.trim().split('\n').pop() ?? '';
  return binary && existsSync(binary) ? { binary } : { reason: 'the electron package named no installed binary.' };
}

const located = locateElectronBinary();
if (!located.binary) explainAndExit(located.reason);

const child = spawn(located.binary, [path.join(root, 'dist-electron/main.cjs')], { cwd: root, stdio: 'inherit' });
child.on('error', (error) => explainAndExit(error.message));
child.on('exit', (code) => process.exit(code ?? 0));
