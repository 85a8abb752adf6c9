import { eraseFromBackup, type BackupErasureResult } from '../../shared/io/eraseFromBackup';
import { CopyCheckError, type BackupRewriter } from './erasureCopies';
import type { EraseFromBackupMessage } from './eraseFromBackupWorker';

// The page's side of eraseFromBackupWorker.ts: one worker for one erasure's copies, taken
// one at a time, terminated when they are done. A watchdog ends a worker that does not
// answer (a pathological file, a hung engine), and an answer that cannot be read is a
// failure too: either way the copy is reported "not checked", never waited for.

type WorkerReply = { result: BackupErasureResult } | { failed: string };

export interface DisposableRewriter {
  rewrite: BackupRewriter;
  dispose(): void;
}

/** Generous: the 90.8 MB backup of 50,000 stakeholders took 14 s on our machines. */
export function watchdogMs(json: string): number {
  return 60_000 + Math.ceil(json.length / 1_000_000) * 5_000;
}

export function createBackupRewriter({
  timeoutMs = watchdogMs,
}: { timeoutMs?: (json: string) => number } = {}): DisposableRewriter {
  // Where there are no workers (tests in jsdom), the same function runs on the page.
  if (typeof Worker === 'undefined')
    return { rewrite: async (json, request) => eraseFromBackup(json, request), dispose: () => undefined };
  let worker: Worker | null = null;
  /** Ends the copy being checked: a terminated worker never answers. */
  let stopInFlight: (() => void) | null = null;
  const dispose = () => {
    worker?.terminate();
    worker = null;
    stopInFlight?.();
  };
  const rewrite: BackupRewriter = (json, request) =>
    new Promise<BackupErasureResult>((resolve, reject) => {
      const current = (worker ??= new Worker(new URL('./eraseFromBackupWorker.ts', import.meta.url), {
        type: 'module',
        name: 'trama-erasure',
      }));
      const settle = () => {
        clearTimeout(watchdog);
        stopInFlight = null;
      };
      const fail = (error: unknown) => {
        settle();
        // A worker that failed, hung or garbled its answer is replaced for the next copy.
        if (worker === current) dispose();
        reject(error);
      };
      const watchdog = setTimeout(() => fail(new CopyCheckError('timeout')), timeoutMs(json));
      stopInFlight = () => fail(new CopyCheckError('stopped'));
      current.onmessage = (event: MessageEvent<WorkerReply>) => {
        settle();
        if ('result' in event.data) {
          resolve(event.data.result);
        } else {
          // Out of memory or a stack overflow on a pathological file: the message is for support.
          console.error(event.data.failed);
          reject(new CopyCheckError('worker-failed'));
        }
      };
      current.onmessageerror = () => fail(new CopyCheckError('message-failed'));
      current.onerror = (event) => {
        console.error(event.message);
        fail(new CopyCheckError('worker-failed'));
      };
      current.postMessage({ json, request } satisfies EraseFromBackupMessage);
    });
  return { rewrite, dispose };
}
