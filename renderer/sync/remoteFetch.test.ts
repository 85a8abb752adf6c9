import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithTimeLimits, longpollLimitMs, unansweredSinceOf, type FetchLike } from './remoteFetch';

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
  it('give up a wait for changes some time after the server should have answered, and any other request later', async () => {
    vi.useFakeTimers();
    const { base, signals } = silentServer();
    const limited = fetchWithTimeLimits(base, { longpollMs: 1_000, requestLimitMs: 60_000 });
    void limited('http://server/db/_changes?style=all_docs&feed=longpoll&since=5');
    void limited('http://server/db/_bulk_docs');
    const [wait, other] = signals;
    await vi.advanceTimersByTimeAsync(longpollLimitMs(1_000) - 1);
    expect([wait!.aborted, other!.aborted]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect([wait!.aborted, other!.aborted]).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect([wait!.aborted, other!.aborted]).toEqual([true, true]);
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

/**
 * pouchdb-server (team:dev) holds every wait for changes until something changes, whatever
 * `timeout` asks: it answers at once and never finishes the body. Other requests get what
 * `answerOthers` gives; each request is kept to see what was asked and what aborts it.
 */
function serverHoldingWaits(answerOthers: (signal?: AbortSignal | null) => Promise<Response>) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const base: FetchLike = (url, init = {}) => {
    requests.push({ url, init });
    if (!url.includes('feed=longpoll')) return answerOthers(init.signal);
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"results":[\n'));
        init.signal?.addEventListener('abort', () => stream.error(init.signal?.reason), { once: true });
      },
    });
    return Promise.resolve(new Response(body, { status: 200 }));
  };
  return { base, requests };
}

const LIMITS = { longpollMs: 1_000, requestLimitMs: 60_000 };
const WAIT_URL = 'http://server/db/_changes?style=all_docs&feed=longpoll&since=5&limit=500';

describe('a wait for changes that the server holds past its limit', () => {
  it('is answered as CouchDB answers a wait when nothing changed, once the server answers a quick question', async () => {
    vi.useFakeTimers();
    const { base, requests } = serverHoldingWaits(() => Promise.resolve(Response.json({ db_name: 'db' })));
    const limited = fetchWithTimeLimits(base, LIMITS);
    const headers = new Headers({ Authorization: 'Basic YW5uYTpzZWNyZXQ=' });
    const answers = [WAIT_URL, 'http://server/db/_changes?feed=longpoll&since=12-g1AAAA%2Bx&limit=500'].map((url) =>
      limited(url, { headers }).then((response) => response.json()),
    );
    await vi.advanceTimersByTimeAsync(longpollLimitMs(LIMITS.longpollMs));
    expect(await Promise.all(answers)).toEqual([
      { results: [], last_seq: 5 },
      { results: [], last_seq: '12-g1AAAA+x' },
    ]);
    const [firstWait, secondWait, ...questions] = requests;
    expect([firstWait!.init.signal!.aborted, secondWait!.init.signal!.aborted]).toEqual([true, true]);
    expect(questions.map(({ url, init }) => [url, new Headers(init.headers).get('Authorization')])).toEqual([
      ['http://server/db/', 'Basic YW5uYTpzZWNyZXQ='],
      ['http://server/db/', 'Basic YW5uYTpzZWNyZXQ='],
    ]);
  });

  it('fails, saying since when the server has been silent, when the server no longer answers', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') });
    const { base } = serverHoldingWaits(() => Promise.reject(new TypeError('Failed to fetch')));
    const failed = fetchWithTimeLimits(base, LIMITS)(WAIT_URL).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(longpollLimitMs(LIMITS.longpollMs));
    expect(unansweredSinceOf(await failed)).toBe('2026-12-06T10:00:03.500Z');
  });

  it('fails when the quick question goes unanswered too, or a proxy says the server is out of reach', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') });
    const silent = serverHoldingWaits(
      (signal) => new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', reject)),
    );
    let hasFailed = false;
    const failed = fetchWithTimeLimits(
      silent.base,
      LIMITS,
    )(WAIT_URL).catch((error: unknown) => {
      hasFailed = true;
      return error;
    });
    await vi.advanceTimersByTimeAsync(longpollLimitMs(LIMITS.longpollMs) + LIMITS.longpollMs - 1);
    expect(hasFailed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(unansweredSinceOf(await failed)).toBe('2026-12-06T10:00:03.500Z');
    expect(silent.requests[1]!.init.signal!.aborted).toBe(true);
    const proxied = serverHoldingWaits(() => Promise.resolve(new Response('Bad Gateway', { status: 502 })));
    const refused = fetchWithTimeLimits(proxied.base, LIMITS)(WAIT_URL).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(longpollLimitMs(LIMITS.longpollMs));
    expect(unansweredSinceOf(await refused)).toEqual(expect.any(String));
  });

  it('passes on an answer that comes within the limit as it came, and a refusal too', async () => {
    const answers = [
      Response.json({ results: [{ seq: 6, id: 'a', changes: [] }], last_seq: 6 }),
      Response.json({ error: 'unauthorized', reason: 'Name or password is incorrect.' }, { status: 401 }),
    ];
    const limited = fetchWithTimeLimits(() => Promise.resolve(answers.shift()!), LIMITS);
    const inTime = await limited(WAIT_URL);
    expect([inTime.status, await inTime.json()]).toEqual([
      200,
      { results: [{ seq: 6, id: 'a', changes: [] }], last_seq: 6 },
    ]);
    const refusal = await limited(WAIT_URL);
    expect([refusal.status, await refusal.json()]).toEqual([
      401,
      { error: 'unauthorized', reason: 'Name or password is incorrect.' },
    ]);
  });
});
