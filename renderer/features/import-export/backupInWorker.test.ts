import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_AUTO_BACKUP_BYTES } from '../../../shared/ipc/backupFiles';
import { SafetyCopyError } from '../../db/safetyCopyBeforeRestore';
import {
  BackupFileTooLargeError,
  BackupWorkerStoppedError,
  prepareBackupWorker,
  readBackupInWorker,
  takeSafetyCopyOffThePage,
} from './backupInWorker';
import { MAX_BACKUP_FILE_BYTES, WORKER_SILENCE_LIMIT_MS, type BackupWorkerRequest } from './backupWorkerProtocol';

// The page's side of the backup worker, with a stand-in worker that records what it is sent
// and answers only when told: a worker killed for lack of memory answers nothing at all.

class SilentWorker {
  static last: SilentWorker | null = null;
  static started = 0;
  received: BackupWorkerRequest[] = [];
  isTerminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor() {
    SilentWorker.last = this;
    SilentWorker.started += 1;
  }
  /** The worker's answer to the page. */
  say(data: unknown) {
    this.onmessage?.({ data });
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
    await expect(readBackupInWorker(file, '[erased]')).rejects.toEqual(
      new BackupFileTooLargeError(MAX_AUTO_BACKUP_BYTES + 1),
    );
    expect(SilentWorker.last?.received ?? []).toEqual([]);
  });

  it('hands a chosen file to the worker unread: the page never reads its bytes', async () => {
    // Reading a 90 MB file's bytes finished in one task of the page: 284–416 ms at 50,000 stakeholders.
    const file = new File(['{"format":"trama-backup","\u0000":"\u202e"}'], 'trama-backup.json');
    const reads = [vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'text'), vi.spyOn(file, 'stream')];
    void readBackupInWorker(file, '[erased]').catch(() => undefined);
    await vi.waitFor(() => expect(SilentWorker.last?.received).toHaveLength(1));
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    const { source } = SilentWorker.last!.received[0] as Extract<BackupWorkerRequest, { kind: 'read' }>;
    expect(source !== null && 'file' in source && (await source.file.text())).toBe(await file.text());
    SilentWorker.last!.terminate();
  });

  it('hands a desktop backup’s text to the worker and keeps no reference to it', async () => {
    const held = { text: '{"format":"trama-backup"}' };
    void readBackupInWorker(held, '[erased]').catch(() => undefined);
    await vi.waitFor(() => expect(SilentWorker.last?.received).toHaveLength(1));
    expect(SilentWorker.last!.received[0]).toMatchObject({
      kind: 'read',
      source: { text: '{"format":"trama-backup"}' },
      marker: '[erased]',
    });
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

describe('the copy of the data taken before a restore, in the browser', () => {
  const browserCopy = { where: 'browser', copyId: 7, isNew: true, pruned: [] } as const;

  it('is ready for the restore to start once the worker has read the data, and settles when it is kept', async () => {
    const taking = takeSafetyCopyOffThePage(undefined);
    await vi.waitFor(() => expect(SilentWorker.last?.received).toEqual([{ kind: 'keep-safety-copy-in-browser' }]));
    const worker = SilentWorker.last!;
    worker.say({ type: 'current-data-read' });
    const taken = await taking;
    let kept: unknown = 'being kept';
    void taken!.kept.then((copy) => (kept = copy));
    await Promise.resolve();
    expect(kept).toBe('being kept');
    expect(worker.isTerminated).toBe(false);
    worker.say({ type: 'safety-copy', copy: browserCopy });
    await vi.waitFor(() => expect(kept).toEqual(browserCopy));
    expect(worker.isTerminated).toBe(true);
  });

  it('tells a copy that failed after the data was read as a SafetyCopyError, and one that failed before at once', async () => {
    const taking = takeSafetyCopyOffThePage(undefined);
    await vi.waitFor(() => expect(SilentWorker.last?.received).toHaveLength(1));
    SilentWorker.last!.say({ type: 'current-data-read' });
    const taken = await taking;
    SilentWorker.last!.say({ type: 'failed', message: 'QuotaExceededError' });
    await expect(taken!.kept).rejects.toBeInstanceOf(SafetyCopyError);

    const refused = takeSafetyCopyOffThePage(undefined);
    await vi.waitFor(() => expect(SilentWorker.last?.received).toHaveLength(1));
    SilentWorker.last!.say({ type: 'failed', message: 'The database could not be opened' });
    await expect(refused).rejects.toBeInstanceOf(SafetyCopyError);
  });

  it('is null when the database holds no work', async () => {
    const taking = takeSafetyCopyOffThePage(undefined);
    await vi.waitFor(() => expect(SilentWorker.last?.received).toHaveLength(1));
    SilentWorker.last!.say({ type: 'safety-copy', copy: null });
    expect(await taking).toBeNull();
  });

  it('is taken by the worker started while the preview was read, or by a new one when that one could not load', async () => {
    prepareBackupWorker();
    const prepared = SilentWorker.last!;
    const startedBefore = SilentWorker.started;
    void takeSafetyCopyOffThePage(undefined).catch(() => undefined);
    await vi.waitFor(() => expect(prepared.received).toEqual([{ kind: 'keep-safety-copy-in-browser' }]));
    expect(SilentWorker.started).toBe(startedBefore);
    prepared.terminate();

    prepareBackupWorker();
    const broken = SilentWorker.last!;
    broken.onerror?.({ message: 'Failed to load the worker script' });
    void takeSafetyCopyOffThePage(undefined).catch(() => undefined);
    await vi.waitFor(() => expect(SilentWorker.last).not.toBe(broken));
    expect(broken.isTerminated).toBe(true);
    expect(SilentWorker.last!.received).toHaveLength(1);
    SilentWorker.last!.terminate();
  });

  it('starts no worker ahead while the worker that read the preview holds the data for the copy', async () => {
    const preview = { diffs: [], leftOut: { contactIds: [] }, holdsWork: true, droppedMeta: [], retiredRows: [] };
    const reading = readBackupInWorker({ text: '{}' }, '[erased]');
    await vi.waitFor(() => expect(SilentWorker.last?.received).toHaveLength(1));
    const reader = SilentWorker.last!;
    reader.say({
      type: 'header',
      header: { format: 'trama-backup', formatVersion: 1, schemaVersion: 1, createdAt: '' },
    });
    reader.say({ type: 'preview', preview });
    const { dataRead } = await reading;
    expect(dataRead).not.toBeNull();
    const startedBefore = SilentWorker.started;

    const release = prepareBackupWorker();
    // The copy is made by the worker that read: one started now would load only to be ended.
    expect(SilentWorker.started).toBe(startedBefore);
    release();

    // Once that data is let go (written over since, or the dialog closed), the copy needs a worker of its own.
    dataRead!.release();
    const releaseSpare = prepareBackupWorker();
    expect(SilentWorker.started).toBe(startedBefore + 1);
    releaseSpare();
  });

  it('ends the prepared worker when no copy was needed after all', () => {
    const release = prepareBackupWorker();
    const prepared = SilentWorker.last!;
    release();
    expect(prepared.isTerminated).toBe(true);
  });
});
