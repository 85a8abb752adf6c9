import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNCED_TABLES } from '../../shared/domain/entities';
import { contactInput, stakeholderInput } from '../../test/support/builders';
import { MemoryPouch, memoryPouchDatabase } from '../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import type { TramaDatabase } from '../db/db';
import { collectPersonalData, erasePerson } from '../db/privacy';
import { createAction } from '../db/repositories/actions';
import { createContact } from '../db/repositories/contacts';
import { createStakeholder, deleteStakeholders, updateStakeholder } from '../db/repositories/stakeholders';
import { applyInbound, readInboundCheckpoint } from './inboundApply';
import { pumpOutbox } from './outboxPump';
import type { PouchDatabase } from './pouchdb';
import { SYNC_REVISIONS_TABLE } from './syncTables';

// The inbound applier takes a batch of the local PouchDB's changes in one transaction (its
// records and the revisions they reflect), then a teammate's erasure, then moves the
// checkpoint. A batch mixing every kind of change leaves what one change at a time leaves,
// and a batch that fails part-way leaves nothing of itself, the checkpoint where it was.

interface Side {
  db: TramaDatabase;
  local: PouchDatabase;
  /** Per read-write transaction of this side's database, the tables it wrote. */
  writes: Map<object, Set<string>>;
  /** A table whose writes fail while set (a disk that fills up mid-batch). */
  failing: { table: string | null };
}

const opened: Side[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(async (side) => Promise.all([side.db.delete(), side.local.destroy()])));
});

function watching(side: Pick<Side, 'writes' | 'failing'>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'TestWatch',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            if (side.failing.table === name) return Promise.reject(new Error(`No room left to write ${name}`));
            const tables = side.writes.get(request.trans) ?? new Set<string>();
            side.writes.set(request.trans, tables.add(name));
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

function side(member: string): Side {
  const watched = { writes: new Map<object, Set<string>>(), failing: { table: null as string | null } };
  const db = openSyncTestDatabase(() => member);
  db.use(watching(watched));
  const opening = { db, local: memoryPouchDatabase(), ...watched };
  opened.push(opening);
  return opening;
}

async function applyAll(laptop: Side, batchSize: number): Promise<void> {
  while ((await applyInbound(laptop.db, laptop.local, batchSize)).hasMore);
}

/** Anna's and Carla's changes waiting in each receiver's PouchDB: a new record, a change, a deletion, a conflict, an erasure. */
async function teamChanges(receivers: Side[]) {
  const [anna, carla] = [side('anna'), side('carla')];
  const asl = await createStakeholder(anna.db, stakeholderInput({ name: 'ASL Roma 1' }));
  const gone = await createStakeholder(anna.db, stakeholderInput({ name: 'Da togliere' }));
  const ada = await createContact(anna.db, contactInput(asl.id, { name: 'Ada Neri' }));
  const action = await createAction(anna.db, {
    title: 'Incontro',
    kind: 'bilateral-meeting',
    date: '2026-09-10',
    status: 'done',
    targetIds: [asl.id],
    participantIds: [ada.id],
    outcome: 'Richiamare Ada Neri',
  });
  await pumpOutbox(anna.db, anna.local, undefined, 'anna');
  for (const laptop of [carla, ...receivers]) {
    await MemoryPouch.replicate(anna.local, laptop.local);
    await applyAll(laptop, 100);
  }
  const fresh = await createStakeholder(anna.db, stakeholderInput({ name: 'Nuovo ente' }));
  await updateStakeholder(anna.db, asl.id, stakeholderInput({ name: 'ASL di Anna' }));
  await updateStakeholder(carla.db, asl.id, stakeholderInput({ name: 'ASL di Carla' }));
  await deleteStakeholders(anna.db, [gone.id]);
  const report = await collectPersonalData(anna.db, ada.id);
  await erasePerson(anna.db, ada.id, { mentions: report.mentions, marker: '[erased]' });
  await pumpOutbox(anna.db, anna.local, undefined, 'anna');
  await pumpOutbox(carla.db, carla.local, undefined, 'carla');
  for (const laptop of receivers) {
    await MemoryPouch.replicate(anna.local, laptop.local);
    await MemoryPouch.replicate(carla.local, laptop.local);
    laptop.writes.clear();
  }
  return { asl, gone, ada, action, fresh };
}

const byJson = (left: unknown, right: unknown) => JSON.stringify(left).localeCompare(JSON.stringify(right));

/** Everything the applier leaves, in an order that does not depend on how it was batched. */
async function outcomeOf(laptop: Side) {
  const tables = Object.fromEntries(
    await Promise.all(
      [...SYNCED_TABLES, SYNC_REVISIONS_TABLE, 'meta'].map(
        async (table) => [table, (await laptop.db.table(table).toArray()).sort(byJson)] as const,
      ),
    ),
  );
  // One entry may name several records created together: per record, however they were grouped.
  // A deletion names no author nor time (its document holds none): it is dated when applied.
  const history = (await laptop.db.table('history').toArray())
    .flatMap(({ recordIds, id: _id, at, ...entry }: { recordIds: string[]; id: string; at: string; kind: string }) =>
      recordIds.map((recordId) => ({ recordId, ...entry, at: entry.kind === 'deleted' ? 'when applied' : at })),
    )
    .sort(byJson);
  const checkpoint = await readInboundCheckpoint(laptop.local);
  return { tables, history, conflicted: [...checkpoint.conflicted].sort() };
}

describe('a batch of incoming changes', () => {
  it('holding a new record, a change, a deletion, a conflict and an erasure leaves what one at a time leaves', async () => {
    const [together, oneByOne] = [side('marco'), side('marco')];
    const { asl, gone, ada, action, fresh } = await teamChanges([together, oneByOne]);
    await applyAll(together, 500);
    await applyAll(oneByOne, 1);
    // The records and the revisions they reflect were written in one transaction.
    const recordWrites = [...together.writes.values()].filter((tables) => tables.has(SYNC_REVISIONS_TABLE));
    expect(recordWrites).toHaveLength(1);
    expect([...recordWrites[0]!]).toEqual(expect.arrayContaining(['stakeholders', 'contacts']));
    expect(await outcomeOf(together)).toEqual(await outcomeOf(oneByOne));
    expect(await together.db.stakeholders.get(fresh.id)).toMatchObject({ name: 'Nuovo ente' });
    expect(await together.db.stakeholders.get(gone.id)).toBeUndefined();
    expect(await together.db.contacts.get(ada.id)).toBeUndefined();
    expect((await together.db.actions.get(action.id))?.outcome).toBe('Richiamare [erased]');
    expect(['ASL di Anna', 'ASL di Carla']).toContain((await together.db.stakeholders.get(asl.id))?.name);
    expect((await readInboundCheckpoint(together.local)).conflicted).toEqual([`stakeholders:${asl.id}`]);
  });

  it('that fails part-way leaves nothing of itself, and the checkpoint where it was', async () => {
    const [failing, reference] = [side('marco'), side('marco')];
    const { asl, gone, ada, fresh } = await teamChanges([failing, reference]);
    const before = await outcomeOf(failing);
    const since = (await readInboundCheckpoint(failing.local)).since;
    // The revisions are the batch's last write: the records before them go back with it.
    failing.failing.table = SYNC_REVISIONS_TABLE;
    await expect(applyInbound(failing.db, failing.local, 500)).rejects.toThrow(/No room left/);
    expect(await outcomeOf(failing)).toEqual(before);
    expect((await readInboundCheckpoint(failing.local)).since).toEqual(since);
    expect(await failing.db.stakeholders.get(fresh.id)).toBeUndefined();
    expect(await failing.db.stakeholders.get(gone.id)).toBeDefined();
    expect(await failing.db.contacts.get(ada.id)).toBeDefined();
    expect((await failing.db.stakeholders.get(asl.id))?.name).toBe('ASL Roma 1');
    // Once it can write again, the same batch applies whole.
    failing.failing.table = null;
    await applyAll(failing, 500);
    await applyAll(reference, 500);
    expect(await outcomeOf(failing)).toEqual(await outcomeOf(reference));
  });
});
