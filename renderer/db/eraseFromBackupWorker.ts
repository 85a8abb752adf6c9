/// <reference lib="webworker" />
import { eraseFromBackup, type BackupErasureRequest, type BackupErasureResult } from '../../shared/io/eraseFromBackup';

// Runs off the page: parsing, rewriting and serialising a whole backup (90 MB for 50,000
// stakeholders) takes seconds, which on the page would freeze it. One message per copy.

export interface EraseFromBackupMessage {
  json: string;
  request: BackupErasureRequest;
}

self.onmessage = (event: MessageEvent<EraseFromBackupMessage>) => {
  let result: BackupErasureResult;
  try {
    result = eraseFromBackup(event.data.json, event.data.request);
  } catch (error) {
    // Out of memory or a stack overflow on a pathological file: say so, the page lists the copy.
    self.postMessage({ failed: error instanceof Error ? error.message : String(error) });
    return;
  }
  self.postMessage({ result });
};
