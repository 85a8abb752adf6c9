import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { backupShapeProblem } from '../shared/ipc/backupShape';

// Runs in a worker thread (built to dist-electron/backupShapeWorker.cjs): parsing a large backup
// takes seconds, and the main process, which draws the window, must not wait that long.
// Started once per backup with the backup's UTF-8 bytes (in shared memory) as its workerData;
// answers once and ends.

if (!(workerData instanceof Uint8Array)) throw new TypeError('The backup check needs the backup as UTF-8 bytes');
parentPort?.postMessage(
  backupShapeProblem(Buffer.from(workerData.buffer, workerData.byteOffset, workerData.byteLength).toString('utf8')),
);
