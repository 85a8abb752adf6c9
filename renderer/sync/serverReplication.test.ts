import { describe, expect, it } from 'vitest';
import type { PouchConstructor, PouchDatabase, PouchEmitter, PouchSync } from './pouchdb';
import { createServerReplication } from './serverReplication';
import { statusOf, type SyncFacts } from './syncStatus';

// The replication's events drive the status. PouchDB's own sync is replaced by emitters the
// test fires, as PouchDB would: the point is what each event tells the user.

class FakeEmitter implements PouchEmitter {
  cancelled = false;
  private readonly listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  on(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as (...args: unknown[]) => void]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  cancel(): void {
    this.cancelled = true;
  }
}

function setUp(databases: { local?: object; remote?: object } = {}) {
  const syncs: Array<FakeEmitter & { push: FakeEmitter; pull: FakeEmitter }> = [];
  const Pouch = {
    sync: () => {
      const sync = Object.assign(new FakeEmitter(), { push: new FakeEmitter(), pull: new FakeEmitter() });
      syncs.push(sync);
      return sync satisfies PouchSync;
    },
  } as unknown as PouchConstructor;
  const facts: SyncFacts = {
    isRunning: true,
    hasReachedServer: false,
    offlineSince: null,
    error: null,
    pending: 0,
    receiving: null,
  };
  const unsent = new Set<string>();
  let caughtUp = 0;
  let published = 0;
  const replication = createServerReplication({
    Pouch,
    local: (databases.local ?? {}) as PouchDatabase,
    remote: (databases.remote ?? {}) as PouchDatabase,
    facts,
    unsent,
    longpollMs: 1_000,
    now: () => new Date('2026-12-06T10:00:00Z'),
    publish: () => void published++,
    onCaughtUp: () => void caughtUp++,
  });
  return { replication, syncs, facts, unsent, caughtUp: () => caughtUp, published: () => published };
}

describe('the replication with the team server', () => {
  it('shows a laptop that already holds data how much the pull still has to bring', () => {
    const { replication, syncs, facts } = setUp();
    replication.start();
    syncs[0]!.pull.emit('change', { docs: [{ _id: 'stakeholder:a' }], docs_read: 500, pending: 1_500 });
    expect(statusOf(facts)).toMatchObject({ kind: 'receiving', total: 2_000 });
    // A later round from a server that no longer says how many wait keeps the larger total.
    syncs[0]!.pull.emit('change', { docs: [], docs_read: 1_000 });
    expect(facts.receiving).toEqual({ received: 0, total: 2_000 });
  });

  it('counts what the server still holds on top of what an earlier pull left here unapplied', () => {
    const { replication, syncs, facts } = setUp();
    replication.resetCatchUp(1_000, 0);
    expect(facts.receiving).toMatchObject({ received: 0, total: 1_000 });
    replication.start();
    // CouchDB's count is of what this pull reads, not of what waited here since the restart.
    syncs[0]!.pull.emit('change', { docs: [{ _id: 'stakeholder:a' }], docs_read: 500, pending: 1_500 });
    expect(facts.receiving).toMatchObject({ received: 0, total: 3_000 });
  });

  it('lets the server’s first count replace the estimate made at start, larger or smaller', async () => {
    // Server: 2,000 live records and 1,000 deleted. The laptop pulled 1,000 live ones and every
    // deletion before it was closed; 500 of those changes wait here. Still to come: 500 + 1,000.
    const { replication, syncs, facts } = setUp({
      remote: { info: async () => ({ update_seq: '3000-g1', doc_count: 2_000, doc_del_count: 1_000 }) },
    });
    replication.resetCatchUp(500, 0);
    await replication.estimateFirstPull({ update_seq: 2_000, doc_count: 1_000 });
    expect(facts.receiving?.total).toBe(1_500);
    replication.start();
    syncs[0]!.pull.emit('change', { docs: [{ _id: 'stakeholders:x' }], docs_read: 500, pending: 300 });
    expect(facts.receiving?.total, 'CouchDB counts 800 more; the estimate said 1,000').toBe(1_300);
    // A retry reads from 0 again: its smaller count leaves the total as it was.
    syncs[0]!.pull.emit('change', { docs: [], docs_read: 100, pending: 200 });
    expect(facts.receiving?.total).toBe(1_300);
  });

  it('leaves this laptop’s own changes handed over out of what the server still holds, new records or edits', async () => {
    const { replication, facts } = setUp({
      remote: { info: async () => ({ update_seq: '2000-g1', doc_count: 2_000 }) },
    });
    // 1,000 documents here before the start handed its own over; all of them wait unapplied.
    replication.resetCatchUp(1_000, 300);
    await replication.estimateFirstPull({ update_seq: 1_000, doc_count: 1_000 });
    expect(facts.receiving).toEqual({ received: 0, total: 2_000, handedOver: 300 });
    expect(statusOf({ ...facts, hasReachedServer: true })).toMatchObject({ received: 0, total: 2_300 });
  });

  it('does not count its edits of records it already held as records still to come', async () => {
    // Found by review: 1,000 documents here, 500 of them waiting; 300 edits of them handed over at
    // start (the local count unchanged). The server holds 500 more: still to come, 500 + 500.
    const { replication, facts } = setUp({
      remote: { info: async () => ({ update_seq: '1500-g1', doc_count: 1_500 }) },
    });
    replication.resetCatchUp(500, 300);
    await replication.estimateFirstPull({ update_seq: 1_000, doc_count: 1_000 });
    expect(facts.receiving?.total).toBe(1_000);
    expect(statusOf({ ...facts, hasReachedServer: true })).toMatchObject({ kind: 'receiving', total: 1_300 });
  });

  it('counts pushed documents as sent, and never takes a push for a pull', () => {
    const { replication, syncs, facts, unsent } = setUp();
    unsent.add('stakeholder:a').add('stakeholder:b');
    replication.start();
    syncs[0]!.push.emit('change', {
      docs: [{ _id: 'stakeholder:a' }, {}, { _id: '__proto__' }],
      docs_read: 3,
      pending: 9,
    });
    expect([...unsent]).toEqual(['stakeholder:b']);
    expect(facts.receiving).toBeNull();
    expect(facts.hasReachedServer).toBe(true);
  });

  it('tells once that the pull caught up, and counts nothing as receiving after', () => {
    const { replication, syncs, facts, caughtUp } = setUp();
    replication.start();
    syncs[0]!.pull.emit('paused');
    syncs[0]!.pull.emit('paused');
    expect(caughtUp()).toBe(1);
    expect(replication.hasCaughtUp()).toBe(true);
    syncs[0]!.pull.emit('change', { docs: [{ _id: 'x' }], docs_read: 1, pending: 0 });
    expect(facts.receiving).toBeNull();
    replication.resetCatchUp(0, 0);
    expect(replication.hasCaughtUp()).toBe(false);
    // A new start: nothing known yet of what will come, so not "synced" either.
    expect(statusOf(facts)).toEqual({ kind: 'connecting', pending: 0 });
  });

  it('says offline since when a direction cannot reach the server, and retries at once when asked', () => {
    const { replication, syncs, facts } = setUp();
    replication.start();
    syncs[0]!.pull.emit('paused', new Error('Failed to fetch'));
    expect(statusOf(facts)).toMatchObject({ kind: 'offline', since: '2026-12-06T10:00:00.000Z' });
    replication.retryNow();
    expect(syncs[0]!.cancelled).toBe(true);
    expect(syncs).toHaveLength(2);
    syncs[1]!.pull.emit('change', { docs: [], docs_read: 0 });
    syncs[1]!.push.emit('paused');
    expect(facts.offlineSince).toBeNull();
  });

  it('says offline since the first question the server left unanswered, not since the failure that told', () => {
    const { replication, syncs, facts } = setUp();
    replication.start();
    // PouchDB hands on a copy of the error with its fields (remoteFetch.ts's ServerStoppedAnswering).
    syncs[0]!.push.emit('paused', new Error('Failed to fetch'));
    syncs[0]!.pull.emit('paused', { name: 'ServerStoppedAnswering', unansweredSince: '2026-12-06T09:59:20.000Z' });
    expect(statusOf(facts)).toMatchObject({ kind: 'offline', since: '2026-12-06T09:59:20.000Z' });
    syncs[0]!.pull.emit('paused', { name: 'ServerStoppedAnswering', unansweredSince: '2026-12-06T09:59:50.000Z' });
    expect(facts.offlineSince).toBe('2026-12-06T09:59:20.000Z');
  });

  it('keeps a refusal as the error rather than as being offline', () => {
    const { replication, syncs, facts } = setUp();
    replication.start();
    syncs[0]!.pull.emit('paused', { status: 401, name: 'unauthorized' });
    expect(facts).toMatchObject({ error: 'unauthorized', offlineSince: null });
    syncs[0]!.push.emit('denied', { id: 'stakeholder:a' });
    expect(facts.error).toBe('forbidden');
  });
});
