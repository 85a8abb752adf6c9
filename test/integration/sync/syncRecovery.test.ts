import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createStakeholder, updateStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { readInboundCheckpoint } from '../../../renderer/sync/inboundApply';
import { SYNC_OUTBOX_TABLE } from '../../../renderer/sync/syncTables';
import { stakeholderInput } from '../../support/builders';
import {
  adminRequest,
  closeLaptop,
  createTeamDatabase,
  eventually,
  openLaptop,
  type Laptop,
} from '../../support/syncLaptops';
import { startTcpProxy } from '../../support/tcpProxy';
import { startTeamServer, type TeamServer } from '../../support/teamServer';

// What survives a server going away and a laptop stopping between its two writes.

const servers: TeamServer[] = [];
let laptops: Laptop[] = [];
afterEach(async () => {
  await Promise.all(laptops.map(closeLaptop));
  laptops = [];
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

async function server(): Promise<TeamServer> {
  const started = await startTeamServer();
  servers.push(started);
  return started;
}

function laptop(teamServer: TeamServer, database: string, member: string, url?: string): Laptop {
  const opened = openLaptop(teamServer, database, member, url);
  laptops.push(opened);
  return opened;
}

describe('sync when things go wrong', () => {
  it('loses nothing local when the server stops mid-sync, says offline, and resumes when it is back', async () => {
    const teamServer = await server();
    const database = await createTeamDatabase(teamServer);
    const relay = await startTcpProxy(teamServer.url);
    onTestFinished(() => relay.close());
    const [a, b] = [laptop(teamServer, database, 'anna', relay.url), laptop(teamServer, database, 'marco', relay.url)];
    await Promise.all([a.engine.start(), b.engine.start()]);
    const stakeholder = await createStakeholder(a.db, stakeholderInput({ name: 'Prima' }));
    await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toBeDefined(),
    );
    // Cut while these are on their way.
    const written = await Promise.all(
      Array.from({ length: 20 }, (_, index) => createStakeholder(a.db, stakeholderInput({ name: `Nuovo ${index}` }))),
    );
    await relay.cut();
    await updateStakeholder(a.db, stakeholder.id, stakeholderInput({ name: 'Scritta offline' }));
    const status = await eventually(
      async () => a.engine.status(),
      (current) => expect(current.kind).toBe('offline'),
    );
    expect(status).toMatchObject({ kind: 'offline', since: expect.any(String) });
    expect(await a.db.stakeholders.count()).toBe(21);
    expect((await a.db.stakeholders.get(stakeholder.id))?.name).toBe('Scritta offline');
    await relay.restore();
    await eventually(
      () => Promise.all([b.db.stakeholders.get(stakeholder.id), b.db.stakeholders.count()]),
      ([found, count]) => {
        expect(found?.name).toBe('Scritta offline');
        expect(count).toBe(21);
      },
    );
    expect((await b.db.stakeholders.bulkGet(written.map((one) => one.id))).every(Boolean)).toBe(true);
    await eventually(
      async () => a.engine.status(),
      (current) => expect(current).toEqual({ kind: 'synced' }),
    );
  });

  it('gives up on connections that went silent (a laptop that slept) and syncs again over new ones', async () => {
    const teamServer = await server();
    const database = await createTeamDatabase(teamServer);
    const relay = await startTcpProxy(teamServer.url);
    onTestFinished(() => relay.close());
    const [a, b] = [laptop(teamServer, database, 'anna', relay.url), laptop(teamServer, database, 'marco', relay.url)];
    await Promise.all([a.engine.start(), b.engine.start()]);
    const before = await createStakeholder(a.db, stakeholderInput({ name: 'Prima' }));
    await eventually(
      () => b.db.stakeholders.get(before.id),
      (found) => expect(found).toBeDefined(),
    );
    relay.freezeOpenConnections();
    const after = await createStakeholder(a.db, stakeholderInput({ name: 'Dopo il sonno' }));
    await eventually(
      () => b.db.stakeholders.get(after.id),
      (found) => expect(found).toEqual(after),
    );
  });

  it('pushes, once, a change whose outbox row a crash left before it reached PouchDB', async () => {
    const teamServer = await server();
    const database = await createTeamDatabase(teamServer);
    const a = laptop(teamServer, database, 'anna');
    const b = laptop(teamServer, database, 'marco');
    // Saved here, then the app stopped before its engine ran: only the outbox knows.
    const stakeholder = await createStakeholder(a.db, stakeholderInput());
    expect(await a.db.table(SYNC_OUTBOX_TABLE).count()).toBe(1);
    await Promise.all([a.engine.start(), b.engine.start()]);
    await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toEqual(stakeholder),
    );
    await a.engine.settle();
    const onServer = (await adminRequest(teamServer, `/${database}/stakeholders:${stakeholder.id}?revs_info=true`)) as {
      _rev: string;
      _revs_info: unknown[];
    };
    expect(onServer._rev).toMatch(/^1-/);
    expect(onServer._revs_info).toHaveLength(1);
    expect(await a.db.table(SYNC_OUTBOX_TABLE).count()).toBe(0);
  });

  it('resumes from its checkpoint after a restart and receives what changed meanwhile', async () => {
    const teamServer = await server();
    const database = await createTeamDatabase(teamServer);
    const a = laptop(teamServer, database, 'anna');
    const b = laptop(teamServer, database, 'marco');
    await Promise.all([a.engine.start(), b.engine.start()]);
    const before = await createStakeholder(a.db, stakeholderInput({ name: 'Prima' }));
    await eventually(
      () => b.db.stakeholders.get(before.id),
      (found) => expect(found).toBeDefined(),
    );
    await b.engine.stop();
    const after = await updateStakeholder(a.db, before.id, stakeholderInput({ name: 'Dopo' }));
    const engine = b.restartEngine();
    const checkpoint = await readInboundCheckpoint(engine.local);
    expect(checkpoint.since).not.toBe(0);
    await engine.start();
    await eventually(
      () => b.db.stakeholders.get(before.id),
      (found) => expect(found).toEqual(after.stakeholder),
    );
  });
});
