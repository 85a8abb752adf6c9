import { eraseFromBackup, type BackupErasureResult } from '../../shared/io/eraseFromBackup';
import type { BackupRewriter } from './erasureCopies';
import type { EraseFromBackupMessage } from './eraseFromBackupWorker';

// The page's side of eraseFromBackupWorker.ts: one worker for one erasure's copies, taken
// one at a time, terminated when they are done.

type WorkerReply = { result: BackupErasureResult } | { failed: string };

export interface DisposableRewriter {
  rewrite: BackupRewriter;
  dispose(): void;
}

export function createBackupRewriter(): DisposableRewriter {
  // Where there are no workers (tests in jsdom), the same function runs on the page.
  if (typeof Worker === 'undefined') return { rewrite: async (json, request) => eraseFromBackup(json, request), dispose: () => undefined };
  let worker: Worker | null = null;
  const dispose = () => {
    worker?.terminate();
    worker = null;
  };
  const rewrite: BackupRewriter = (json, request) =>
    new Promise<BackupErasureResult>((resolve, reject) => {
      const current = (worker ??= new Worker(new URL('./eraseFromBackupWorker.ts', import.meta.url), { type: 'module', name: 'trama-erasure' }));
      current.onmessage = (event: MessageEvent<WorkerReply>) => {
        if ('result' in event.data) resolve(event.data.result);
        else reject(new Error(event.data.failed));
      };
      current.onerror = (event) => {
        // A crashed worker is replaced for the next copy.
        dispose();
        reject(new Error(event.message || 'The erasure worker failed'));
      };
      current.postMessage({ json, request } satisfies EraseFromBackupMessage);
    });
  return { rewrite, dispose };
}
