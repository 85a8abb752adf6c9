import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithTimeLimits, longpollLimitMs } from './remoteFetch';

afterEach(() => {
  vi.useRealTimers();
});

/** A server that never answers: each request's signal is kept to see what aborts it. */
function silentServer() {
  const signals: AbortSignal[] = [];
  const base = (_url: string, init?: RequestInit) => {
    signals.push(init!.signal!);
    return new Promise<Response>(() => undefined);
  };
  return { base, signals };
}

describe('requests to the team server', () => {
  it('give up a wait for changes some time after the server should have answered, and any other request later', () => {
    vi.useFakeTimers();
    const { base, signals } = silentServer();
    const limited = fetchWithTimeLimits(base, { longpollMs: 1_000, requestLimitMs: 60_000 });
    void limited('http://server/db/_changes?style=all_docs&feed=longpoll&since=5');
    void limited('http://server/db/_bulk_docs');
    vi.advanceTimersByTime(longpollLimitMs(1_000) - 1);
    expect(signals.map((signal) => signal.aborted)).toEqual([false, false]);
    vi.advanceTimersByTime(1);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
    vi.advanceTimersByTime(60_000);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true]);
  });

  it('are still cancelled by the caller’s own signal, even one that is not the platform’s', () => {
    const { base, signals } = silentServer();
    const limited = fetchWithTimeLimits(base);
    const listeners: Array<() => void> = [];
    const callerSignal = {
      aborted: false,
      addEventListener: (_type: 'abort', listener: () => void) => listeners.push(listener),
    };
    void limited('http://server/db/_changes?feed=longpoll', { signal: callerSignal as unknown as AbortSignal });
    void limited('http://server/db/', { signal: AbortSignal.abort() });
    expect(signals.map((signal) => signal.aborted)).toEqual([false, true]);
    listeners.forEach((listener) => listener());
    expect(signals[0]!.aborted).toBe(true);
  });
});
