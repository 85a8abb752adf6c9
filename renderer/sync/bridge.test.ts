import { afterEach, describe, expect, it } from 'vitest';
import { memoryPouchDatabase, MemoryPouch } from '../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import { stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from '../db/db';
import { createAgreement } from '../db/repositories/agreements';
import { createStakeholder, updateStakeholder } from '../db/repositories/stakeholders';
import { listConflicts } from './conflicts';
import { applyInbound, INBOUND_CHECKPOINT_ID, readInboundCheckpoint } from './inboundApply';
import { pumpOutbox } from './outboxPump';
import type { PouchDatabase } from './pouchdb';
import { SYNC_OUTBOX_TABLE, SYNC_REVISIONS_TABLE } from './syncTables';

// The bridge between one laptop's app database and its local PouchDB, without a server: two
// local PouchDBs replicated by hand stand for two laptops.

interface Side {
  db: TramaDatabase;
  local: PouchDatabase;
}
const opened: Side[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(async (side) => Promise.all([side.db.delete(), side.local.destroy()])));
});

function side(member: string): Side {
  const opening = { db: openSyncTestDatabase(() => member), local: memoryPouchDatabase() };
  opened.push(opening);
  return opening;
}

/** Both ways, once. */
async function replicate(a: Side, b: Side): Promise<void> {
  await MemoryPouch.replicate(a.local, b.local);
  await MemoryPouch.replicate(b.local, a.local);
}

async function bridge(laptop: Side): Promise<void> {
  await pumpOutbox(laptop.db, laptop.local);
  await applyInbound(laptop.db, laptop.local);
}

describe('the bridge between the app database and the local PouchDB', () => {
  it('writes a record once, however often its outbox rows are handled', async () => {
    const a = side('anna');
    const stakeholder = await createStakeholder(a.db, stakeholderInput());
    await updateStakeholder(a.db, stakeholder.id, stakeholderInput({ name: 'ASL Napoli 2' }));
    expect(await pumpOutbox(a.db, a.local)).toMatchObject({ written: [`stakeholders:${stakeholder.id}`], handled: 2 });
    const doc = await a.local.get(`stakeholders:${stakeholder.id}`);
    expect(doc._rev).toMatch(/^1-/);
    // As after a crash between the PouchDB write and the outbox's clean-up: the row is back.
    await a.db
      .table(SYNC_OUTBOX_TABLE)
      .add({ table: 'stakeholders', key: stakeholder.id, changedBy: 'anna', changedAt: doc.changedAt as string });
    expect(await pumpOutbox(a.db, a.local)).toMatchObject({ written: [], handled: 1 });
    expect((await a.local.get(`stakeholders:${stakeholder.id}`))._rev).toBe(doc._rev);
    expect(await a.db.table(SYNC_OUTBOX_TABLE).count()).toBe(0);
  });

  it('applies a change again without writing when the checkpoint was lost before it moved', async () => {
    const [a, b] = [side('anna'), side('marco')];
    await createStakeholder(a.db, stakeholderInput());
    await bridge(a);
    await replicate(a, b);
    expect(await applyInbound(b.db, b.local)).toMatchObject({ applied: 1 });
    const checkpoint = await b.local.get(INBOUND_CHECKPOINT_ID);
    await b.local.put({ ...checkpoint, since: 0 });
    expect(await applyInbound(b.db, b.local)).toMatchObject({ applied: 0 });
    expect(await b.db.table(SYNC_OUTBOX_TABLE).count()).toBe(0);
  });

  it('sends an agreement without its index mirror and rebuilds the mirror where it arrives', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const [first, second] = [
      await createStakeholder(a.db, stakeholderInput()),
      await createStakeholder(a.db, stakeholderInput({ name: 'Prefettura' })),
    ];
    const agreement = await createAgreement(a.db, {
      title: 'Protocollo',
      kind: 'memorandum-of-understanding',
      status: 'in-force',
      parties: [
        { stakeholderId: first.id, role: 'promoter' },
        { stakeholderId: second.id, role: 'signatory' },
      ],
    });
    await bridge(a);
    await replicate(a, b);
    await bridge(b);
    const doc = await b.local.get(`agreements:${agreement.id}`);
    expect(doc.record).not.toHaveProperty('partyIds');
    expect((await b.db.agreements.get(agreement.id))?.partyIds).toEqual([first.id, second.id]);
    expect(await b.db.agreements.where('partyIds').equals(second.id).count()).toBe(1);
  });

  it('keeps an edit made here while a change to the same record was arriving: a conflict, not an overwrite', async () => {
    const [a, b] = [side('anna'), side('marco')];
    const stakeholder = await createStakeholder(a.db, stakeholderInput({ name: 'Originale' }));
    await bridge(a);
    await replicate(a, b);
    await bridge(b);
    await updateStakeholder(b.db, stakeholder.id, stakeholderInput({ name: 'Di Marco' }));
    await bridge(b);
    await replicate(a, b);
    // Anna edits before her bridge has seen Marco's revision, which is already in her PouchDB.
    await updateStakeholder(a.db, stakeholder.id, stakeholderInput({ name: 'Di Anna' }));
    expect(await applyInbound(a.db, a.local)).toMatchObject({ applied: 0 });
    expect((await a.db.stakeholders.get(stakeholder.id))?.name).toBe('Di Anna');
    await bridge(a);
    await replicate(a, b);
    await bridge(b);
    const conflictsOnA = await listConflicts(a.local, (await readInboundCheckpoint(a.local)).conflicted);
    const conflictsOnB = await listConflicts(b.local, (await readInboundCheckpoint(b.local)).conflicted);
    expect(conflictsOnA).toHaveLength(1);
    expect(conflictsOnB.map((conflict) => conflict.revisions)).toEqual(conflictsOnA.map((c) => c.revisions));
    expect(conflictsOnA[0]!.versions.map((version) => version.record.name).sort()).toEqual(['Di Anna', 'Di Marco']);
    const winner = conflictsOnA[0]!.versions[0]!.record;
    expect(await a.db.stakeholders.get(stakeholder.id)).toEqual(winner);
    expect(await b.db.stakeholders.get(stakeholder.id)).toEqual(winner);
  });

  it('remembers which revision each row reflects, with the row', async () => {
    const a = side('anna');
    const stakeholder = await createStakeholder(a.db, stakeholderInput());
    await bridge(a);
    const doc = await a.local.get(`stakeholders:${stakeholder.id}`);
    expect(await a.db.table(SYNC_REVISIONS_TABLE).get(`stakeholders:${stakeholder.id}`)).toEqual({
      docId: `stakeholders:${stakeholder.id}`,
      rev: doc._rev,
    });
  });
});
