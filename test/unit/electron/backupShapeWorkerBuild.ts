import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';

// The backup-shape worker as the app ships it: electron/backupShapeWorker.ts bundled by esbuild
// with the options of `npm run build:electron`, run as a plain Node worker (no Electron needed).

const WORKER_SOURCE = path.join(import.meta.dirname, '../../../electron/backupShapeWorker.ts');

let bundled: string | undefined;

function bundledWorkerCode(): string {
  bundled ??= buildSync({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return bundled;
}

/** Starts the bundled worker on a backup's bytes, as electron/main.ts starts dist-electron/backupShapeWorker.cjs. */
export function startBundledBackupShapeWorker(utf8: Uint8Array): Worker {
  return new Worker(bundledWorkerCode(), { eval: true, workerData: utf8 });
}
