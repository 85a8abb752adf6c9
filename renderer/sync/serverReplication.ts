import type { PouchConstructor, PouchDatabase, PouchSync } from './pouchdb';
import { unansweredSinceOf } from './remoteFetch';
import { errorKindOf, type SyncFacts } from './syncStatus';

// The live, two-way replication between this laptop's PouchDB and the team's database, and
// what it tells the status: reaching the server, going offline, a refusal, the first pull's
// progress. PouchDB retries on its own, waiting longer after each failure up to a limit.

export const MAX_BACK_OFF_MS = 60_000;
const FIRST_BACK_OFF_MS = 1_000;
/**
 * Documents per replication round. Each round costs about seven requests (changes, revision
 * differences, documents, both checkpoints read and written, the source's info) and two
 * checkpoint writes here, whatever its size: PouchDB's 100 made a first pull of 60,000
 * documents some 4,000 requests. A round of 500 is about half a megabyte, well within the
 * time any request may take (REQUEST_LIMIT_MS) on a slow line.
 */
export const REPLICATION_BATCH_SIZE = 500;

export function backOffFrom(previous: number, limit = MAX_BACK_OFF_MS): number {
  return previous <= 0 ? FIRST_BACK_OFF_MS : Math.min(previous * 2, limit);
}

export interface ServerReplicationOptions {
  Pouch: PouchConstructor;
  local: PouchDatabase;
  remote: PouchDatabase;
  /** The engine's facts, which this replication keeps up to date (the engine publishes them). */
  facts: SyncFacts;
  /** Documents written locally and not yet acknowledged by the server. */
  unsent: Set<string>;
  /** How long the server may hold a wait for changes. */
  longpollMs: number;
  maxBackOffMs?: number;
  now: () => Date;
  publish: () => void;
  /** The pull has caught up with the server for the first time since `resetCatchUp`. */
  onCaughtUp: () => void;
}

export interface ServerReplication {
  start(): void;
  stop(): void;
  /** Back on a network: try at once rather than at the end of a back-off of up to a minute. */
  retryNow(): void;
  /**
   * A new start: what the pull brings counts as "receiving" until it catches up again, after
   * the `waiting` records an earlier pull left here unapplied (inboundBacklog.ts) and the
   * `handedOver` changes of this laptop's own that the start put there.
   */
  resetCatchUp(waiting: number, handedOver: number): void;
  hasCaughtUp(): boolean;
  /**
   * An empty laptop, or one restarted in the middle of a pull, learns at once how much the team
   * holds, for its progress bar (a server that gives no count of what is pending, as
   * pouchdb-server, would leave it at what waited here).
   */
  estimateFirstPull(hereBefore: { update_seq: number | string; doc_count: number }): Promise<void>;
}

export function createServerReplication(options: ServerReplicationOptions): ServerReplication {
  const { Pouch, local, remote, facts, unsent, publish } = options;
  let replication: PouchSync | null = null;
  let hasPullCaughtUp = false;
  /** Records an earlier pull left here unapplied: received before anything this pull reads. */
  let waitingHere = 0;
  /** The server has counted what this pull brings: no estimate replaces its count. */
  let hasServerCount = false;

  /** A batch pulled while catching up: the server (CouchDB) says how many more wait after it. */
  function noteCatchingUp(change: { docs_read?: number; pending?: number }): void {
    facts.receiving ??= { received: 0, total: null };
    if (typeof change.pending !== 'number' || typeof change.docs_read !== 'number') return;
    const counted = waitingHere + change.docs_read + change.pending;
    // Its first count replaces the estimate made at start; a retry counts `docs_read` from 0 again, so the larger stays.
    facts.receiving.total = hasServerCount ? Math.max(facts.receiving.total ?? 0, counted) : counted;
    hasServerCount = true;
  }

  function start(): void {
    if (replication) return;
    const sync = Pouch.sync(local, remote, {
      live: true,
      retry: true,
      back_off_function: (previous) => backOffFrom(previous, options.maxBackOffMs),
      // The server answers each wait within this time; no heartbeat keeps a dead connection looking alive.
      heartbeat: false,
      timeout: options.longpollMs,
      batch_size: REPLICATION_BATCH_SIZE,
    });
    replication = sync;
    const unreachable = { push: false, pull: false };
    const reached = (direction: 'push' | 'pull') => {
      unreachable[direction] = false;
      facts.hasReachedServer = true;
      // A team database missing a moment ago exists now; wrong passwords end the replication instead.
      if (facts.error === 'not-found') facts.error = null;
      if (!unreachable.push && !unreachable.pull) facts.offlineSince = null;
    };
    for (const direction of ['push', 'pull'] as const) {
      const events = sync[direction];
      events.on('change', (change: { docs?: Array<{ _id?: string }>; docs_read?: number; pending?: number }) => {
        if (direction === 'push') {
          for (const doc of change.docs ?? []) if (doc._id) unsent.delete(doc._id);
        } else if (!hasPullCaughtUp) noteCatchingUp(change);
        reached(direction);
        publish();
      });
      events.on('paused', (error: unknown) => {
        // The server answered, and said no (no such team database…): retrying will not change it by itself.
        const refusal = error ? errorKindOf(error) : null;
        if (refusal && refusal !== 'other') facts.error = refusal;
        else if (error) {
          unreachable[direction] = true;
          // Since the first question the server left unanswered, which a wait for changes held
          // past its limit may have been (remoteFetch.ts), rather than since this retry's failure.
          const since = unansweredSinceOf(error) ?? options.now().toISOString();
          if (!facts.offlineSince || since < facts.offlineSince) facts.offlineSince = since;
        } else {
          reached(direction);
          if (direction === 'push') unsent.clear();
          else if (!hasPullCaughtUp) {
            hasPullCaughtUp = true;
            options.onCaughtUp();
          }
        }
        publish();
      });
      events.on('denied', () => {
        facts.error = 'forbidden';
        publish();
      });
    }
    sync.on('error', (error: unknown) => {
      facts.error = errorKindOf(error);
      replication = null;
      publish();
    });
  }

  function stop(): void {
    replication?.cancel();
    replication = null;
  }

  return {
    start,
    stop,
    retryNow() {
      if (!replication || !facts.offlineSince) return;
      stop();
      start();
    },
    resetCatchUp(waiting, handedOver) {
      hasPullCaughtUp = false;
      hasServerCount = false;
      waitingHere = waiting;
      // Counting from the start: a laptop that holds records of its own must not say "synced"
      // while the team's records are still on their way (statusOf says "connecting" until
      // something arrives or the server says how much will).
      facts.receiving = { received: 0, total: waiting > 0 ? waiting : null, handedOver };
    },
    hasCaughtUp: () => hasPullCaughtUp,
    async estimateFirstPull(hereBefore) {
      const isEmpty = Number.parseInt(String(hereBefore.update_seq), 10) === 0;
      // A laptop that synced before, with nothing left unapplied: what comes is what changed since, which no count here tells.
      if (!isEmpty && waitingHere === 0) return;
      const there = await remote.info();
      if (hasPullCaughtUp || hasServerCount) return;
      facts.receiving ??= { received: 0, total: null };
      // Restarted in the middle of a pull: what waits here, and the records the server holds that this
      // laptop had not before it handed its own over (those count apart, as handed over). Deletions are
      // not counted (PouchDB gives a laptop no count of its own): CouchDB's count, after its first
      // round, replaces the estimate. An empty laptop receives everything, deletions too.
      const total = isEmpty
        ? there.doc_count + (there.doc_del_count ?? 0)
        : waitingHere + Math.max(0, there.doc_count - hereBefore.doc_count);
      facts.receiving.total = Math.max(facts.receiving.total ?? 0, total);
      publish();
    },
  };
}
