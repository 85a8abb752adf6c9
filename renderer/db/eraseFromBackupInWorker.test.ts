import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupErasureRequest } from '../../shared/io/eraseFromBackup';
import { createBackupRewriter } from './eraseFromBackupInWorker';

// Review of issue 13: a worker that never answers, or whose answer cannot be read, must not
// leave the erasure dialog checking one copy for ever.

type Listener = (event: { data?: unknown; message?: string }) => void;

/** Answers only when the test says so. */
class SilentWorker {
  static made: SilentWorker[] = [];
  onmessage: Listener | null = null;
  onerror: Listener | null = null;
  onmessageerror: Listener | null = null;
  isTerminated = false;
  private readonly listeners = new Map<string, Listener>();
  constructor() {
    SilentWorker.made.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, listener);
  }
  removeEventListener(type: string) {
    this.listeners.delete(type);
  }
  postMessage() {}
  terminate() {
    this.isTerminated = true;
  }
  emit(type: 'message' | 'error' | 'messageerror', event: { data?: unknown; message?: string }) {
    (
      this.listeners.get(type) ??
      (type === 'message' ? this.onmessage : type === 'error' ? this.onerror : this.onmessageerror)
    )?.(event);
  }
}

const request: BackupErasureRequest = {
  contactId: 'c1',
  person: { name: 'Giovanna Esempio', emails: [], phones: [] },
  places: [],
  marker: '[erased]',
  currentSchemaVersion: 2,
};

function settled<Value>(promise: Promise<Value>) {
  const state: { outcome: 'pending' | 'resolved' | 'rejected'; error?: unknown } = { outcome: 'pending' };
  promise.then(
    () => (state.outcome = 'resolved'),
    (error: unknown) => Object.assign(state, { outcome: 'rejected', error }),
  );
  return state;
}

beforeEach(() => {
  SilentWorker.made = [];
  vi.useFakeTimers();
  vi.stubGlobal('Worker', SilentWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the erasure worker’s watchdog', () => {
  it('gives up on a copy when the worker does not answer, and ends the worker', async () => {
    const rewriter = createBackupRewriter();
    const state = settled(rewriter.rewrite('{}', request));
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(state.outcome).toBe('rejected');
    expect(state.error).toMatchObject({ reason: 'timeout' });
    expect(SilentWorker.made[0]!.isTerminated).toBe(true);
  });

  it('gives up when the worker’s answer cannot be read, and uses a new worker for the next copy', async () => {
    const rewriter = createBackupRewriter();
    const first = settled(rewriter.rewrite('{}', request));
    SilentWorker.made[0]!.emit('messageerror', {});
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toMatchObject({ outcome: 'rejected', error: { reason: 'message-failed' } });
    const second = settled(rewriter.rewrite('{}', request));
    expect(SilentWorker.made).toHaveLength(2);
    SilentWorker.made[1]!.emit('message', { data: { result: { status: 'not-present', samePerson: [] } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(second.outcome).toBe('resolved');
    rewriter.dispose();
  });
});
