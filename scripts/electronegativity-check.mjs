#!/usr/bin/env node
// Runs Electronegativity over the desktop shell (electron/*.ts) and the page it loads
// (renderer/index.html, which carries the CSP), and fails on any HIGH or MEDIUM finding
// except the notice that a preload script exists and deserves review (it does: it is
// electron/preload.ts, which exposes named functions only). Electronegativity always exits
// 0, so its CSV report is read here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOWED = new Set(['PRELOAD_JS_CHECK']);
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

const work = mkdtempSync(path.join(tmpdir(), 'trama-electronegativity-'));
try {
  const input = path.join(work, 'input');
  mkdirSync(input);
  for (const file of readdirSync(path.join(root, 'electron')).filter((name) => name.endsWith('.ts'))) {
    copyFileSync(path.join(root, 'electron', file), path.join(input, file));
  }
  copyFileSync(path.join(root, 'renderer/index.html'), path.join(input, 'index.html'));
  const electronVersion = createRequire(import.meta.url)(path.join(root, 'node_modules/electron/package.json')).version;
  const report = path.join(work, 'report.csv');
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      '-i',
      input,
      '-o',
      report,
      '-r',
      '-v',
      'false',
      '-e',
      electronVersion,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`Electronegativity did not run (exit ${run.status})`);
  }
  const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1);
  const findings = rows.map((row) => {
    const [issue, severity, confidence, file, location] = row.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    return { issue, severity, confidence, file, location };
  });
  for (const finding of findings)
    console.log(`${finding.severity.padEnd(6)} ${finding.issue} ${finding.file}:${finding.location}`);
  const failures = findings.filter(
    (finding) => FAILING_SEVERITIES.has(finding.severity) && !ALLOWED.has(finding.issue),
  );
  if (failures.length > 0) {
    console.error(`\nElectronegativity: ${failures.length} HIGH or MEDIUM finding(s) to fix.`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nElectronegativity: ${findings.length} finding(s), none HIGH or MEDIUM apart from the preload review notice.`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
