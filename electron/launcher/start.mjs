#!/usr/bin/env node
// `npm start`: builds the app, then launches it in Electron. The Electron binary is
// downloaded on first use; where that is impossible (no access to its download site,
// or Node older than 22.12, which Electron's installer needs) we say so and point to web
// mode, which runs the same app in a browser.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

function explainAndExit(reason) {
  console.error(`\nTrama could not start the desktop app: ${reason}`);
  console.error('Electron needs Node.js 22.12 or newer and access to its download site the first time.');
  console.error('You can use Trama in web mode instead — the same app in your browser, data kept in the browser:');
  console.error('  npm run web     (then open http://127.0.0.1:5173/)\n');
  process.exit(1);
}

let electronPath;
try {
  // Resolving the package downloads the binary if it is missing.
  electronPath = createRequire(path.join(root, 'package.json'))('electron');
} catch (error) {
  explainAndExit(error instanceof Error ? error.message : String(error));
}
if (typeof electronPath !== 'string') explainAndExit('the Electron package did not name its binary.');

const child = spawn(electronPath, [path.join(root, 'dist-electron/main.cjs')], { cwd: root, stdio: 'inherit' });
child.on('error', (error) => explainAndExit(error.message));
child.on('exit', (code) => process.exit(code ?? 0));
