// PouchDB puts no time limit on the requests of a live replication (since it moved to fetch):
// after a laptop sleeps, or a network drops a connection without closing it, the changes feed
// waits forever and nothing new arrives, with no error to retry on. So the engine asks the
// server to answer each wait for changes within LONGPOLL_MS, and gives up on a request that
// has not answered well after that, as it does with any request that hangs: the replication
// then fails, retries on a new connection, and resumes.

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** The longest the server holds a request for changes before answering "nothing new". */
export const LONGPOLL_MS = 25_000;

/** How long any other request may take before it is given up (a batch of documents on a slow line). */
export const REQUEST_LIMIT_MS = 120_000;

/** How long a wait for changes may take, answer included, before it is given up. */
export function longpollLimitMs(longpollMs: number): number {
  return Math.round(longpollMs * 1.5) + 2_000;
}

const isLongpoll = (url: string) => /[?&]feed=longpoll(&|$)/.test(url);

interface SignalLike {
  aborted?: boolean;
  addEventListener?: (type: 'abort', listener: () => void, options?: { once: boolean }) => void;
}

/**
 * `base` with a time limit on every request, waits for changes included. The caller's signal
 * (PouchDB's, not always the platform's own AbortSignal) still cancels the request.
 */
export function fetchWithTimeLimits(
  base: FetchLike,
  limits: { longpollMs: number; requestLimitMs: number } = {
    longpollMs: LONGPOLL_MS,
    requestLimitMs: REQUEST_LIMIT_MS,
  },
): FetchLike {
  return (url, init = {}) => {
    const controller = new AbortController();
    const outer = init.signal as SignalLike | null | undefined;
    if (outer?.aborted) controller.abort();
    else outer?.addEventListener?.('abort', () => controller.abort(), { once: true });
    const limit = isLongpoll(url) ? longpollLimitMs(limits.longpollMs) : limits.requestLimitMs;
    // Not cleared when the answer starts: its body may be what never ends. Aborting a finished request does nothing.
    const timer: unknown = setTimeout(() => controller.abort(new Error('The team server stopped answering.')), limit);
    (timer as { unref?: () => void }).unref?.();
    return base(url, { ...init, signal: controller.signal });
  };
}
