import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_AUTO_BACKUP_BYTES } from '../../../shared/ipc/backupFiles';
import { BackupFileTooLargeError, BackupWorkerStoppedError, readBackupInWorker } from './backupInWorker';
import { MAX_BACKUP_FILE_BYTES, WORKER_SILENCE_LIMIT_MS, type BackupWorkerRequest } from './backupWorkerProtocol';

// The page's side of the backup worker, with a stand-in worker that records what it is sent
// and answers only when told: a worker killed for lack of memory answers nothing at all.

class SilentWorker {
  static last: SilentWorker | null = null;
  received: BackupWorkerRequest[] = [];
  isTerminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor() {
    SilentWorker.last = this;
  }
  postMessage(request: BackupWorkerRequest) {
    this.received.push(structuredClone(request));
  }
  terminate() {
    this.isTerminated = true;
  }
}

beforeEach(() => {
  vi.stubGlobal('Worker', SilentWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reading a backup off the page', () => {
  it('refuses a file over the largest backup Trama writes (256 MiB), before reading it', async () => {
    expect(MAX_BACKUP_FILE_BYTES).toBe(MAX_AUTO_BACKUP_BYTES);
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_AUTO_BACKUP_BYTES + 1 });
    await expect(readBackupInWorker(file, '[erased]')).rejects.toEqual(new BackupFileTooLargeError(MAX_AUTO_BACKUP_BYTES + 1));
    expect(SilentWorker.last?.received ?? []).toEqual([]);
  });

  it('hands a desktop backup’s text to the worker and keeps no reference to it', async () => {
    const held = { text: '{"format":"trama-backup"}' };
    void readBackupInWorker(held, '[erased]').catch(() => undefined);
    await vi.waitFor(() => expect(SilentWorker.last?.received).toHaveLength(1));
    expect(SilentWorker.last!.received[0]).toMatchObject({ kind: 'read', source: { text: '{"format":"trama-backup"}' }, marker: '[erased]' });
    expect(held.text).toBe('');
    SilentWorker.last!.terminate();
  });

  it('says so when the worker falls silent (a worker out of memory sends no error), and stops it', async () => {
    vi.useFakeTimers();
    const reading = readBackupInWorker({ text: '{}' }, '[erased]');
    let outcome: unknown = 'still reading';
    reading.catch((error: unknown) => {
      outcome = error;
    });
    await vi.advanceTimersByTimeAsync(WORKER_SILENCE_LIMIT_MS - 1_000);
    SilentWorker.last!.onmessage?.({ data: { type: 'step', step: 'decoded' } });
    await vi.advanceTimersByTimeAsync(WORKER_SILENCE_LIMIT_MS - 1_000);
    expect(outcome).toBe('still reading');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(outcome).toBeInstanceOf(BackupWorkerStoppedError);
    expect(SilentWorker.last!.isTerminated).toBe(true);
  });
});
