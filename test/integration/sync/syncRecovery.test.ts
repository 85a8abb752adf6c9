import { describe, expect, it, onTestFinished } from 'vitest';
import { createStakeholder, updateStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { readInboundCheckpoint } from '../../../renderer/sync/inboundApply';
import { SYNC_OUTBOX_TABLE } from '../../../renderer/sync/syncTables';
import { stakeholderInput } from '../../support/builders';
import { adminRequest, eventually, teamPerFile } from '../../support/syncLaptops';
import { startTcpProxy } from '../../support/tcpProxy';

// What survives a server going away and a laptop stopping between its two writes. The server
// goes away for the laptops behind a relay (tcpProxy.ts) that is cut, so the tests can share one.
const team = teamPerFile();

/** Anna's and Marco's laptops, reaching the server through a relay, both holding a first stakeholder. */
async function twoLaptopsBehindARelay() {
  const database = await team.database();
  const relay = await startTcpProxy(team.server.url);
  onTestFinished(() => relay.close());
  const [a, b] = [
    team.laptop(database, 'anna', { url: relay.url }),
    team.laptop(database, 'marco', { url: relay.url }),
  ];
  await Promise.all([a.engine.start(), b.engine.start()]);
  const first = await createStakeholder(a.db, stakeholderInput({ name: 'Prima' }));
  await eventually(
    () => b.db.stakeholders.get(first.id),
    (found) => expect(found).toBeDefined(),
  );
  return { a, b, relay, first };
}

describe('sync when things go wrong', () => {
  it('loses nothing local when the server stops mid-sync, says offline, and resumes when it is back', async () => {
    const { a, b, relay, first: stakeholder } = await twoLaptopsBehindARelay();
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
    const { a, b, relay } = await twoLaptopsBehindARelay();
    relay.freezeOpenConnections();
    const after = await createStakeholder(a.db, stakeholderInput({ name: 'Dopo il sonno' }));
    await eventually(
      () => b.db.stakeholders.get(after.id),
      (found) => expect(found).toEqual(after),
    );
  });

  it('pushes, once, a change whose outbox row a crash left before it reached PouchDB', async () => {
    const database = await team.database();
    const a = team.laptop(database, 'anna');
    const b = team.laptop(database, 'marco');
    // Saved here, then the app stopped before its engine ran: only the outbox knows.
    const stakeholder = await createStakeholder(a.db, stakeholderInput());
    expect(await a.db.table(SYNC_OUTBOX_TABLE).count()).toBe(1);
    await Promise.all([a.engine.start(), b.engine.start()]);
    await eventually(
      () => b.db.stakeholders.get(stakeholder.id),
      (found) => expect(found).toEqual(stakeholder),
    );
    await a.engine.settle();
    const onServer = (await adminRequest(
      team.server,
      `/${database}/stakeholders:${stakeholder.id}?revs_info=true`,
    )) as {
      _rev: string;
      _revs_info: unknown[];
    };
    expect(onServer._rev).toMatch(/^1-/);
    expect(onServer._revs_info).toHaveLength(1);
    expect(await a.db.table(SYNC_OUTBOX_TABLE).count()).toBe(0);
  });

  it('resumes from its checkpoint after a restart and receives what changed meanwhile', async () => {
    const database = await team.database();
    const a = team.laptop(database, 'anna');
    const b = team.laptop(database, 'marco');
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
