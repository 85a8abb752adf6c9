#!/usr/bin/env node
// `npm start`: builds the app, then launches it in Electron. The electron package fetches
// its binary the first time it is resolved; where that is impossible (no access to the
// download site, or Node older than 22.12, which Electron's installer needs) we say why and
// start web mode instead (the same app, served to a browser), print its address and keep
// serving: the README's first command always runs the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCATE_TIMEOUT_MS = 5 * 60 * 1000;
// vite.config.ts serves the preview on the same host and port.
const WEB_ADDRESS = `http://127.0.0.1:${Number(process.env.PORT ?? 5173)}/`;

function run(script) {
  const result = spawnSync('npm', ['run', script], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Serves the built renderer (vite preview) until stopped, after saying why there is no window. */
function startWebMode(reason, { isBuilt }) {
  console.error(`\nThe desktop window cannot start on this machine: ${reason}`);
  console.error("(Electron's installer needs Node.js 22.12 or newer and access to its download site on first use.)");
  if (!isBuilt) run('build:web');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  console.log(`\nTrama is running in web mode at ${WEB_ADDRESS}`);
  console.log('Open that address in a browser. Data stays in that browser on this computer. Ctrl+C stops the app.\n');
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('error', (error) => {
    console.error(`Web mode could not start either: ${error.message}`);
    process.exit(1);
  });
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

function isNodeRecentEnough() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

// Without a binary already in place, an old Node cannot fetch one: web mode, without building the desktop parts.
if (!isNodeRecentEnough() && !existsSync(path.join(root, 'node_modules/electron/path.txt'))) {
  startWebMode(`Node.js ${process.versions.node} is older than 22.12 and no Electron binary is installed.`, {
    isBuilt: false,
  });
} else {
  run('build');
  startDesktop();
}

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

function startDesktop() {
  const located = locateElectronBinary();
  if (!located.binary) return startWebMode(located.reason, { isBuilt: true });
  const child = spawn(located.binary, [path.join(root, 'dist-electron/main.cjs')], { cwd: root, stdio: 'inherit' });
  child.on('error', (error) => startWebMode(error.message, { isBuilt: true }));
  child.on('exit', (code) => process.exit(code ?? 0));
}
