import { liveQuery, type Subscription } from 'dexie';
import { isErasureMarkerDocId } from '../../shared/sync/erasureMarker';
import { dropIdenticalVersions, listConflicts, resolveConflict } from './conflicts';
import { deleteRecordInConflict } from './conflictDeletion';
import { readHeldRecords } from './heldRecords';
import { applyInbound, readInboundCheckpoint } from './inboundApply';
import { countInboundBacklog } from './inboundBacklog';
import { pumpOutbox } from './outboxPump';
import type { PouchEmitter } from './pouchdb';
import { fetchWithTimeLimits, LONGPOLL_MS, REQUEST_LIMIT_MS, type FetchLike } from './remoteFetch';
import { createServerReplication } from './serverReplication';
import { SYNC_OUTBOX_TABLE } from './syncTables';
import { statusOf, type SyncFacts, type SyncStatus } from './syncStatus';
import type { SetAsideDocs, SyncEngine, SyncEngineOptions } from './syncEngineTypes';
import { followTeamErasures, type TeamErasure } from './teamErasure';

// One laptop's team sync: its app database (Dexie), a local PouchDB that replicates live both
// ways with the team's database on the server, and between the two the outbox pump and the
// inbound applier, run one at a time. The replication with the server (serverReplication.ts)
// retries on its own; the local side goes on regardless, so working offline changes nothing
// but the status.

/** Set-aside documents kept to show; the count goes on beyond. */
const REJECTIONS_KEPT = 100;
/** Rounds of writing the same documents again when replication keeps changing them meanwhile. */
const PUMP_RETRIES = 10;
export type { SetAsideDocs, SyncEngine, SyncEngineOptions } from './syncEngineTypes';

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, Pouch } = options;
  const now = options.now ?? (() => new Date());
  const erasureMarkerText = options.erasureMarkerText ?? '[erased]';
  const local = new Pouch(options.localName, options.localOptions);
  const longpollMs = options.longpollMs ?? LONGPOLL_MS;
  const baseFetch: FetchLike = options.remoteOptions?.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const remote = new Pouch(options.remoteUrl, {
    ...options.remoteOptions,
    auth: options.auth,
    skip_setup: true,
    fetch: fetchWithTimeLimits(
      baseFetch,
      { longpollMs, requestLimitMs: options.requestLimitMs ?? REQUEST_LIMIT_MS },
      now,
    ),
  });
  const facts: SyncFacts = {
    isRunning: false,
    hasReachedServer: false,
    offlineSince: null,
    error: null,
    pending: 0,
    receiving: null,
  };
  const listeners = new Set<(status: SyncStatus) => void>();
  const unsent = new Set<string>();
  const rejections: SetAsideDocs = { count: 0, latest: [] };
  let outboxCount = 0;
  let localChanges: PouchEmitter | null = null;
  let outboxWatch: Subscription | null = null;
  let running: Promise<void> | null = null;
  let isAgain = false;
  const teamErasures = followTeamErasures(db, local, { stores: options.keptCopyStores, markerText: erasureMarkerText });

  /** The status last told to the listeners, to tell whether a settle changed it. */
  let publishedStatus = '';
  const publish = () => {
    facts.pending = outboxCount + unsent.size;
    const status = statusOf(facts);
    publishedStatus = JSON.stringify(status);
    for (const listener of listeners) listener(status);
  };

  /** Documents of this laptop's own handed over to its PouchDB since the engine was made. */
  let handedOverCount = 0;

  /** Hands the outbox over to the local PouchDB; whether it found anything to do. */
  async function handOver(): Promise<boolean> {
    let didWork = false;
    for (let attempt = 0; attempt < PUMP_RETRIES; attempt++) {
      const pumped = await pumpOutbox(db, local, undefined, options.member);
      if (pumped.handled > 0 || pumped.written.length > 0) didWork = true;
      for (const docId of pumped.written) unsent.add(docId);
      handedOverCount += pumped.written.length;
      // The applier reads them too, counted as received: the total counts them as well.
      if (facts.receiving) facts.receiving.handedOver = (facts.receiving.handedOver ?? 0) + pumped.written.length;
      // An erasure made here: the person's earlier versions go from the local PouchDB too.
      if (pumped.written.some(isErasureMarkerDocId)) await local.compact();
      if (!pumped.hasMore && pumped.retried.length === 0) break;
    }
    return didWork;
  }

  /** Hands the outbox over and applies what waits locally; whether it found anything to do. */
  async function oneRound(): Promise<boolean> {
    let didWork = await handOver();
    const erased: TeamErasure[] = [];
    for (;;) {
      const inbound = await applyInbound(db, local, undefined, erasureMarkerText);
      if (inbound.read > 0 || inbound.rejections.length > 0 || inbound.erased.length > 0) didWork = true;
      erased.push(...inbound.erased);
      if (facts.receiving && inbound.read > 0) {
        facts.receiving.received += inbound.read;
        // Batch by batch, not at the end of the round: many may wait (a pull that outran the
        // applier, or what an earlier pull left here), and the progress bar would stand still.
        publish();
      }
      for (const docId of inbound.conflictedNow) await dropIdenticalVersions(local, docId);
      for (const rejection of inbound.rejections) {
        rejections.count += 1;
        rejections.latest = [...rejections.latest, rejection].slice(-REJECTIONS_KEPT);
      }
      if (!inbound.hasMore) break;
    }
    if (erased.length > 0) await teamErasures.follow(erased);
    return didWork;
  }

  function settle(): Promise<void> {
    if (running) {
      isAgain = true;
      return running;
    }
    running = (async () => {
      let didWork = false;
      try {
        do {
          isAgain = false;
          if (await oneRound()) didWork = true;
          if (facts.error === 'local') facts.error = null;
        } while (isAgain);
        // Everything the pull brought before it caught up is in the app's database now.
        if (replication.hasCaughtUp()) facts.receiving = null;
      } catch (error) {
        facts.error = 'local';
        didWork = true;
        throw error;
      } finally {
        running = null;
        // A settle that found nothing to do tells no one: a listener that settles on each
        // status (the conflicts list) would otherwise keep the engine going round for ever.
        facts.pending = outboxCount + unsent.size;
        if (didWork || JSON.stringify(statusOf(facts)) !== publishedStatus) publish();
      }
    })();
    return running;
  }

  /** Runs `work` alone: after any round under way, and with none starting until it ends. */
  async function exclusively<T>(work: () => Promise<T>): Promise<T> {
    while (running) await running.catch(() => undefined);
    let result: { value: T } | undefined;
    running = work().then((value) => {
      result = { value };
    });
    try {
      await running;
    } finally {
      running = null;
    }
    return result!.value;
  }

  const settleInBackground = () => {
    settle().catch((error: unknown) => console.error('Team sync could not apply a change here', error));
  };

  const replication = createServerReplication({
    Pouch,
    local,
    remote,
    facts,
    unsent,
    longpollMs,
    maxBackOffMs: options.maxBackOffMs,
    now,
    publish,
    // Everything the pull brought before it caught up is applied by the next settle.
    onCaughtUp: settleInBackground,
  });
  const retryNow = () => replication.retryNow();

  const browserEvents = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;

  return {
    local,
    async start() {
      facts.isRunning = true;
      facts.error = null;
      // What an earlier pull left here unapplied, and the documents here, counted before this
      // laptop's own changes join them (they count apart, as handed over).
      const hereBefore = await local.info();
      const waiting = await countInboundBacklog(local);
      // What this laptop changed before a crash is handed over before anything new comes in
      // (after any round already going: two hand-overs of one outbox would race).
      await running?.catch(() => undefined);
      const handedOverBefore = handedOverCount;
      await handOver();
      // The rest is applied in the background, as received: the status is heard once start
      // resolves, and shows that progress against what waited and what the server still holds.
      replication.resetCatchUp(waiting, handedOverCount - handedOverBefore);
      localChanges = local.changes({ since: 'now', live: true });
      localChanges.on('change', settleInBackground);
      outboxWatch = liveQuery(() => db.table(SYNC_OUTBOX_TABLE).count()).subscribe({
        next: (count) => {
          outboxCount = count;
          publish();
          if (count > 0) settleInBackground();
        },
        error: (error: unknown) => console.error('Team sync cannot read its outbox', error),
      });
      replication.estimateFirstPull(hereBefore).catch(() => undefined);
      replication.start();
      settleInBackground();
      browserEvents.addEventListener?.('online', retryNow);
      publish();
    },
    async stop() {
      browserEvents.removeEventListener?.('online', retryNow);
      replication.stop();
      localChanges?.cancel();
      outboxWatch?.unsubscribe();
      localChanges = null;
      outboxWatch = null;
      await running?.catch(() => undefined);
      facts.isRunning = false;
      publish();
      await local.close();
      await remote.close();
    },
    setReplicating(isOn) {
      if (isOn) replication.start();
      else replication.stop();
    },
    status: () => statusOf({ ...facts, pending: outboxCount + unsent.size }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settle,
    async conflicts() {
      // A settle under way takes in what arrives meanwhile (the local changes feed asks it to
      // go round again): waiting for it is enough, without a round of its own for each listing.
      await (running ?? settle());
      return listConflicts(local, (await readInboundCheckpoint(local)).conflicted);
    },
    async resolve(conflict, choice) {
      // This laptop's own edit of the record still in the outbox goes in first: written after
      // the resolution, on the revision it was made on, it would start a fresh conflict. Now in
      // the document, it makes the conflict as listed stale (changed meanwhile): listed again,
      // its latest version is the one the next choice builds on. No round runs meanwhile.
      const outcome = await exclusively(async () => {
        await handOver();
        return choice.kind === 'delete'
          ? deleteRecordInConflict(db, local, conflict, options.member, now())
          : resolveConflict(local, conflict, choice, options.member, now());
      });
      await settle();
      return outcome;
    },
    async heldRecords() {
      await (running ?? settle());
      return readHeldRecords(local, (await readInboundCheckpoint(local)).held);
    },
    setAside: () => ({ count: rejections.count, latest: [...rejections.latest] }),
    copiesChecked: () => teamErasures.copiesChecked,
  };
}
