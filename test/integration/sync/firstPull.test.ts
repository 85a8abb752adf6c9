import { describe, expect, it } from 'vitest';
import { createStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { INBOUND_BATCH_SIZE } from '../../../renderer/sync/inboundApply';
import type { PouchDatabase } from '../../../renderer/sync/pouchdb';
import type { SyncStatus } from '../../../renderer/sync/syncStatus';
import { docIdOf, syncDocBody } from '../../../shared/sync/syncDocs';
import { freshDatabase, stakeholderInput } from '../../support/builders';
import { MemoryPouch } from '../../support/memoryPouch';
import { adminRequest, CONVERGENCE_LIMIT_MS, eventually, teamPerFile, type Laptop } from '../../support/syncLaptops';

// A member with an empty laptop receives the whole network: the status says how far it has
// come, and says "synced" only once every record is in the app's database.

const NETWORK_SIZE = 1_200;

const team = teamPerFile();

/** The team database holding `count` stakeholders, written straight to the server. */
async function teamWithNetwork(count: number): Promise<string> {
  const database = await team.database();
  await addToTeam(database, count);
  return database;
}

/** `count` more stakeholders written straight to the team database, named from `Ente <first>` on. */
async function addToTeam(database: string, count: number, first = 0): Promise<void> {
  const source = freshDatabase();
  for (let index = first; index < first + count; index++) {
    await createStakeholder(source, stakeholderInput({ name: `Ente ${index}` }));
  }
  const docs = (await source.stakeholders.toArray()).map((record) => ({
    _id: docIdOf('stakeholders', record.id),
    ...syncDocBody('stakeholders', record, 'anna', record.updatedAt),
  }));
  await source.delete();
  await adminRequest(team.server, `/${database}/_bulk_docs`, { method: 'POST', body: { docs } });
}

/**
 * Starts the laptop's engine until it says synced: every status it told, and the laptop's
 * stakeholders counted at each "synced".
 */
async function startUntilSynced(laptop: Laptop) {
  const seen: SyncStatus[] = [];
  const countsWhenSynced: Array<Promise<number>> = [];
  laptop.engine.subscribe((status) => {
    seen.push(status);
    if (status.kind === 'synced') countsWhenSynced.push(laptop.db.stakeholders.count());
  });
  await laptop.engine.start();
  await eventually(
    async () => laptop.engine.status(),
    (status) => expect(status).toEqual({ kind: 'synced' }),
  );
  return { seen, countsWhenSynced };
}

/** The team database pulled into the laptop's PouchDB, none of it applied: a laptop closed mid-pull. */
async function pullWithoutApplying(laptop: Laptop, database: string): Promise<void> {
  const { admin, url } = team.server;
  const auth = { username: admin.name, password: admin.password };
  const remote = new MemoryPouch(`${url}/${database}`, { auth, skip_setup: true });
  await MemoryPouch.replicate(remote, laptop.engine.local);
  await remote.close();
}

/**
 * Holds the inbound applier's reads (it alone asks the local changes for conflicts) until the
 * returned function is called: what waits stays waiting, however fast the machine.
 */
function holdInboundReads(local: PouchDatabase): () => void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  type ChangesOptions = { conflicts?: boolean; live?: boolean };
  const changes = local.changes.bind(local) as (options: ChangesOptions) => unknown;
  local.changes = ((options: ChangesOptions) =>
    options.conflicts && !options.live
      ? released.then(() => changes(options))
      : changes(options)) as unknown as PouchDatabase['changes'];
  return release;
}

/**
 * Holds the laptop's applier until its status shows `total`: the count asked of the server at
 * start has arrived before any record is applied, however loaded the machine. Call before start;
 * the returned function ends the hang guard (which lets the applier go if that total never shows).
 */
function applyOnceTotalShown(laptop: Laptop, total: number): () => void {
  const release = holdInboundReads(laptop.engine.local);
  laptop.engine.subscribe((status) => {
    if (status.kind === 'receiving' && status.total === total) release();
  });
  // Half the wait for "synced": code that never shows that total still syncs in time, and fails on what it showed.
  const guard = setTimeout(release, CONVERGENCE_LIMIT_MS / 2);
  return () => clearTimeout(guard);
}

describe('the first pull of a team network', () => {
  it('reports receiving with a total, and says synced only when every record is in the app database', async () => {
    const database = await teamWithNetwork(NETWORK_SIZE);
    const newcomer = team.laptop(database, 'marco');
    const { seen, countsWhenSynced } = await startUntilSynced(newcomer);
    expect(await newcomer.db.stakeholders.count()).toBe(NETWORK_SIZE);
    const receiving = seen.filter((status) => status.kind === 'receiving');
    expect(receiving.length).toBeGreaterThan(0);
    expect(receiving.at(-1)).toMatchObject({ total: NETWORK_SIZE });
    // Progress only grows, and never beyond the total.
    const received = receiving.map((status) => (status.kind === 'receiving' ? status.received : -1));
    expect(received).toEqual([...received].sort((left, right) => left - right));
    expect(Math.max(...received)).toBeLessThanOrEqual(NETWORK_SIZE);
    // The first "synced" came after the last record: none was said while records were still on their way.
    expect(await Promise.all(countsWhenSynced)).toEqual(countsWhenSynced.map(() => NETWORK_SIZE));
  });

  it('a laptop holding records of its own says synced only once the team’s records are in too', async () => {
    const database = await teamWithNetwork(NETWORK_SIZE);
    const member = team.laptop(database, 'marco');
    // Its own record is handed over at start and read back with the team's: counted apart from the server's count.
    await createStakeholder(member.db, stakeholderInput({ name: 'Comune di Matera – Servizi sociali' }));
    const { seen, countsWhenSynced } = await startUntilSynced(member);
    expect(await member.db.stakeholders.count()).toBe(NETWORK_SIZE + 1);
    expect(await Promise.all(countsWhenSynced)).toEqual(countsWhenSynced.map(() => NETWORK_SIZE + 1));
    const received = seen.flatMap((status) => (status.kind === 'receiving' ? [status.received] : []));
    expect(Math.max(0, ...received)).toBeGreaterThan(0);
    expect(received).toEqual([...received].sort((left, right) => left - right));
    // Its own records are no measure of what comes: the bar never shows the team's network as nearly in.
    const totals = seen.flatMap((status) =>
      status.kind === 'receiving' && status.total !== null ? [status.total] : [],
    );
    expect(Math.min(NETWORK_SIZE, ...totals)).toBe(NETWORK_SIZE);
  });

  it('a pull that outran the applier still shows the team’s records coming in, batch by batch', async () => {
    const database = await teamWithNetwork(NETWORK_SIZE);
    const member = team.laptop(database, 'marco');
    await createStakeholder(member.db, stakeholderInput({ name: 'Comune di Matera – Servizi sociali' }));
    const seen: SyncStatus[] = [];
    member.engine.subscribe((status) => seen.push(status));
    await member.engine.start();
    // The applier waits until the whole network is in the local PouchDB: a loaded machine at its worst.
    const releaseApplier = holdInboundReads(member.engine.local);
    await eventually(
      async () => (await member.engine.local.info()).doc_count,
      (count) => expect(count).toBe(NETWORK_SIZE + 1),
    );
    releaseApplier();
    await eventually(
      async () => member.engine.status(),
      (status) => expect(status).toEqual({ kind: 'synced' }),
    );
    const received = seen.flatMap((status) =>
      status.kind === 'receiving' && status.received > 0 ? [status.received] : [],
    );
    expect(new Set(received).size).toBeGreaterThanOrEqual(Math.floor(NETWORK_SIZE / INBOUND_BATCH_SIZE));
    expect(await member.db.stakeholders.count()).toBe(NETWORK_SIZE + 1);
  });

  it(
    'a laptop restarted with records an earlier pull left unapplied shows them coming in, batch by batch',
    async () => {
      const backlog = 3 * INBOUND_BATCH_SIZE;
      const database = await teamWithNetwork(backlog);
      const member = team.laptop(database, 'marco');
      await pullWithoutApplying(member, database);
      // Applied only once the status says receiving (the server has answered): each batch then shows.
      const releaseApplier = holdInboundReads(member.engine.local);
      member.engine.subscribe((status) => {
        if (status.kind === 'receiving') releaseApplier();
      });
      // A hang guard for an engine that applies before asking the server: it fails below instead.
      const guard = setTimeout(releaseApplier, CONVERGENCE_LIMIT_MS);
      const { seen, countsWhenSynced } = await startUntilSynced(member).finally(() => clearTimeout(guard));
      expect(await member.db.stakeholders.count()).toBe(backlog);
      expect(await Promise.all(countsWhenSynced)).toEqual(countsWhenSynced.map(() => backlog));
      const progress = seen
        .flatMap((status) => (status.kind === 'receiving' ? [`${status.received} of ${status.total}`] : []))
        .filter((shown, index, all) => shown !== all[index - 1]);
      const batches = [0, 1, 2, 3].map((count) => `${count * INBOUND_BATCH_SIZE} of ${backlog}`);
      expect(progress).toEqual(batches);
    },
    3 * CONVERGENCE_LIMIT_MS,
  );

  it(
    'a laptop restarted with records left unapplied counts them and what the server still holds in one total',
    async () => {
      const backlog = 2 * INBOUND_BATCH_SIZE;
      const more = 2 * INBOUND_BATCH_SIZE;
      const database = await teamWithNetwork(backlog);
      const member = team.laptop(database, 'marco');
      await pullWithoutApplying(member, database);
      // The team went on while the laptop was closed.
      await addToTeam(database, more, backlog);
      const endGuard = applyOnceTotalShown(member, backlog + more);
      const { seen } = await startUntilSynced(member).finally(endGuard);
      expect(await member.db.stakeholders.count()).toBe(backlog + more);
      // Beyond what waited here, the records come from the server, which has said how many: the bar
      // stands full only at the end.
      const fromTheServer = seen.flatMap((status) =>
        status.kind === 'receiving' && status.received > backlog ? [`${status.received} of ${status.total}`] : [],
      );
      expect(fromTheServer.length).toBeGreaterThan(0);
      expect(fromTheServer.filter((shown) => !shown.endsWith(` of ${backlog + more}`))).toEqual([]);
    },
    3 * CONVERGENCE_LIMIT_MS,
  );

  it(
    'a laptop restarted with records of its own not yet sent counts them in the total as it reads them',
    async () => {
      const backlog = 2 * INBOUND_BATCH_SIZE;
      const more = 2 * INBOUND_BATCH_SIZE;
      const own = 300;
      const database = await teamWithNetwork(backlog);
      const member = team.laptop(database, 'marco');
      await pullWithoutApplying(member, database);
      for (let index = 0; index < own; index++)
        await createStakeholder(member.db, stakeholderInput({ name: `Comune ${index}` }));
      await addToTeam(database, more, backlog);
      const endGuard = applyOnceTotalShown(member, backlog + more + own);
      const { seen } = await startUntilSynced(member).finally(endGuard);
      expect(await member.db.stakeholders.count()).toBe(backlog + more + own);
      const fullTooSoon = seen.flatMap((status) =>
        status.kind === 'receiving' && status.total !== null && status.received >= status.total
          ? [`${status.received} of ${status.total}`]
          : [],
      );
      // Found by review: "2000 of 2000" then "2300 of 2300" while the team's last 300 still came.
      expect(fullTooSoon.filter((shown) => shown !== `${backlog + more + own} of ${backlog + more + own}`)).toEqual([]);
    },
    3 * CONVERGENCE_LIMIT_MS,
  );

  it(
    'a laptop joining with records of its own says connecting, not receiving, while the server never answers',
    async () => {
      const database = await teamWithNetwork(10);
      // A line that never answers (a captive portal, a dead connection): only the time limit ends each request.
      const hanging = (_url: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      const member = team.laptop(database, 'marco', { fetch: hanging });
      for (let index = 0; index < 300; index++)
        await createStakeholder(member.db, stakeholderInput({ name: `Comune ${index}` }));
      const seen: SyncStatus[] = [];
      member.engine.subscribe((status) => seen.push(status));
      await member.engine.start();
      await eventually(
        async () => member.engine.status().kind,
        (kind) => expect(kind).toBe('offline'),
      );
      expect(seen.filter((status) => status.kind === 'receiving')).toEqual([]);
      expect(seen.map((status) => status.kind)).toContain('connecting');
    },
    3 * CONVERGENCE_LIMIT_MS,
  );

  it('a laptop already in step says synced without a receiving phase for records it has', async () => {
    const database = await teamWithNetwork(30);
    const first = team.laptop(database, 'marco');
    await first.engine.start();
    await eventually(
      async () => first.engine.status(),
      (status) => expect(status).toEqual({ kind: 'synced' }),
    );
    await first.engine.stop();
    const seen: SyncStatus[] = [];
    const again = first.restartEngine();
    again.subscribe((status) => seen.push(status));
    await again.start();
    await eventually(
      async () => again.status(),
      (status) => expect(status).toEqual({ kind: 'synced' }),
    );
    expect(seen.filter((status) => status.kind === 'receiving')).toEqual([]);
    expect(await first.db.stakeholders.count()).toBe(30);
  });
});
