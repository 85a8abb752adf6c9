import type { Worker } from 'node:worker_threads';
import { BACKUP_SHAPE_PROBLEMS, type BackupShapeProblem } from '../shared/ipc/backupShape';

// The main process checks a backup's shape (shared/ipc/backupShape.ts) off its own thread:
// electron/backupShapeWorker.ts parses it in a worker thread, one worker per backup, so the
// memory of a large parse goes with the worker.

/** Why a backup (its UTF-8 bytes) is not a Trama backup, or null; rejects when the check itself could not run. */
export type BackupShapeCheck = (utf8: Uint8Array) => Promise<BackupShapeProblem | null>;

/** File name of the built worker, beside main.cjs in dist-electron (see build:electron in package.json). */
export const BACKUP_SHAPE_WORKER_FILE = 'backupShapeWorker.cjs';

function isShapeAnswer(value: unknown): value is BackupShapeProblem | null {
  return value === null || (typeof value === 'string' && (BACKUP_SHAPE_PROBLEMS as readonly string[]).includes(value));
}

/**
 * A check that starts a worker on each backup and waits for its one answer. `startWorker`
 * passes the bytes as the worker's workerData: bytes in shared memory reach it without a copy.
 */
export function backupShapeCheckInWorker(startWorker: (utf8: Uint8Array) => Worker): BackupShapeCheck {
  return (utf8) =>
    new Promise((resolve, reject) => {
      const worker = startWorker(utf8);
      let isAnswered = false;
      worker.once('message', (answer: unknown) => {
        isAnswered = true;
        if (isShapeAnswer(answer)) resolve(answer);
        else reject(new Error('Backup check failed: unexpected answer from the checking worker'));
        void worker.terminate();
      });
      worker.once('error', (error: unknown) => {
        isAnswered = true;
        reject(new Error(`Backup check failed: ${error instanceof Error ? error.message : String(error)}`));
      });
      worker.once('exit', (code) => {
        if (!isAnswered)
          reject(new Error(`Backup check failed: the checking worker ended without an answer (exit code ${code})`));
      });
    });
}
