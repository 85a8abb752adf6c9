// PouchDB puts no time limit on the requests of a live replication (since it moved to fetch):
// after a laptop sleeps, or a network drops a connection without closing it, the changes feed
// waits forever and nothing new arrives, with no error to retry on. So the engine asks the
// server to answer each wait for changes within LONGPOLL_MS, and gives up on any request that
// has not answered well after its limit: the replication then fails, retries on a new
// connection, and resumes.
//
// A wait for changes that runs past its limit is not by itself a failure: pouchdb-server (the
// team:dev server) ignores `timeout` and holds every wait until something changes, and a proxy
// may too; failing it made the status flash "Offline" every 40 s while the server answered
// everything else. So the held wait is closed and the server asked a quick question (the
// database's info, within LONGPOLL_MS). If it answers, the wait is answered as CouchDB answers
// one in which nothing changed ({"results":[],"last_seq":<since>}), and PouchDB asks again from
// the same place on another connection. If not (a network gone, or gone silent while the laptop
// slept), the wait fails with ServerStoppedAnswering, and the status says offline since the wait
// was given up: the first question left unanswered, not the later failure that told.
// Answering "nothing new" without asking would never show offline a network that drops packets
// (each wait would run out and be answered in turn); restarting the replication instead would
// cost a round of checkpoint requests every 40 s, and its first request may hang for
// REQUEST_LIMIT_MS before a dead network shows.

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** The longest the server holds a request for changes before answering "nothing new". */
export const LONGPOLL_MS = 25_000;

/** How long any other request may take before it is given up (a batch of documents on a slow line). */
export const REQUEST_LIMIT_MS = 120_000;

/** How long a wait for changes may take, answer included, before it is given up. */
export function longpollLimitMs(longpollMs: number): number {
  return Math.round(longpollMs * 1.5) + 2_000;
}

/** The server did not answer after a wait for changes ran past its limit. */
export class ServerStoppedAnswering extends Error {
  /** @param unansweredSince When the wait was given up (ISO time): the server has not answered since. */
  constructor(readonly unansweredSince: string) {
    super('The team server stopped answering.');
    this.name = 'ServerStoppedAnswering';
  }
}

/**
 * When the server stopped answering, if `error` says (ServerStoppedAnswering). PouchDB hands the
 * replication's events a copy of its own with the error's fields, so the class is lost.
 */
export function unansweredSinceOf(error: unknown): string | null {
  const since = (error as { unansweredSince?: unknown } | null)?.unansweredSince;
  return typeof since === 'string' ? since : null;
}

const isLongpoll = (url: string) => /[?&]feed=longpoll(&|$)/.test(url);

interface SignalLike {
  aborted?: boolean;
  addEventListener?: (type: 'abort', listener: () => void, options?: { once: boolean }) => void;
}

interface Limits {
  longpollMs: number;
  requestLimitMs: number;
}

/**
 * `base` with a time limit on every request, waits for changes included. The caller's signal
 * (PouchDB's, not always the platform's own AbortSignal) still cancels the request.
 */
export function fetchWithTimeLimits(
  base: FetchLike,
  limits: Limits = { longpollMs: LONGPOLL_MS, requestLimitMs: REQUEST_LIMIT_MS },
  now: () => Date = () => new Date(),
): FetchLike {
  return (url, init = {}) => {
    const outer = init.signal as SignalLike | null | undefined;
    if (isLongpoll(url)) return waitForChanges(base, url, init, outer, limits, now);
    const controller = abortableBy(outer);
    // Not cleared when the answer starts: its body may be what never ends. Aborting a finished request does nothing.
    unrefed(setTimeout(() => controller.abort(new Error('The team server stopped answering.')), limits.requestLimitMs));
    return base(url, { ...init, signal: controller.signal });
  };
}

async function waitForChanges(
  base: FetchLike,
  url: string,
  init: RequestInit,
  outer: SignalLike | null | undefined,
  limits: Limits,
  now: () => Date,
): Promise<Response> {
  const controller = abortableBy(outer);
  // Read whole here, since the body is what a held wait never finishes.
  const answer = base(url, { ...init, signal: controller.signal }).then(async (response) => {
    const body = await response.text();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overTime = new Promise<null>((resolve) => {
    timer = unrefed(setTimeout(() => resolve(null), longpollLimitMs(limits.longpollMs)));
  });
  try {
    const answered = await Promise.race([answer, overTime]);
    if (answered) return answered;
  } finally {
    clearTimeout(timer);
  }
  const givenUpAt = now().toISOString();
  answer.catch(() => undefined);
  controller.abort(new Error('The wait for changes ran past its limit.'));
  if (!(await serverAnswers(base, databaseUrlOf(url), init, outer, limits.longpollMs))) {
    throw new ServerStoppedAnswering(givenUpAt);
  }
  return new Response(JSON.stringify({ results: [], last_seq: sinceOf(url) }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Whether the server answers a request for `url` within `limitMs` (a 5xx is a proxy saying it cannot reach it). */
async function serverAnswers(
  base: FetchLike,
  url: string,
  init: RequestInit,
  outer: SignalLike | null | undefined,
  limitMs: number,
): Promise<boolean> {
  const controller = abortableBy(outer);
  const timer = unrefed(setTimeout(() => controller.abort(new Error('The team server stopped answering.')), limitMs));
  try {
    const response = await base(url, {
      headers: init.headers,
      credentials: init.credentials,
      signal: controller.signal,
    });
    await response.arrayBuffer();
    return response.status < 500;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function databaseUrlOf(changesUrl: string): string {
  return changesUrl.replace(/\/_changes\?.*$/, '/');
}

/** The `since` of a changes request as CouchDB's `last_seq` gives it (a number, or an opaque string). */
function sinceOf(changesUrl: string): unknown {
  const since = /[?&]since=([^&]*)/.exec(changesUrl)?.[1];
  if (since === undefined) return 0;
  const decoded = decodeURIComponent(since);
  try {
    return JSON.parse(decoded) as unknown;
  } catch {
    return decoded;
  }
}

function abortableBy(outer: SignalLike | null | undefined): AbortController {
  const controller = new AbortController();
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener?.('abort', () => controller.abort(), { once: true });
  return controller;
}

function unrefed<T>(timer: T): T {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}
