import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/domain/history';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import { createSyncOutboxMiddleware, isWrittenFromTeam, writeUnrecorded } from '../sync/syncOutbox';
import { SYNC_ENGINE_STORES, SYNC_OUTBOX_TABLE, type OutboxRow } from '../sync/syncTables';
import type { TramaDatabase } from './db';
import { createHistoryMiddleware, noteTeamAuthors } from './historyMiddleware';
import { createContact } from './repositories/contacts';
import { createStakeholder, deleteStakeholders, patchStakeholder } from './repositories/stakeholders';
import { CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION } from './schema';
import { stampChange, undoChange } from './undo';
import { writeLogMiddleware } from './writeLog';

const opened: TramaDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A laptop whose member is `member` (null: in no team), with the middlewares as db.ts installs them. */
function laptop(member: string | null = null, below?: Middleware<DBCore>): TramaDatabase {
  const db = new Dexie(`history-test-${crypto.randomUUID()}`) as TramaDatabase;
  db.version(CURRENT_SCHEMA_VERSION).stores({ ...CURRENT_SCHEMA, ...SYNC_ENGINE_STORES });
  db.use(writeLogMiddleware);
  db.use(createSyncOutboxMiddleware({ member: () => member }));
  db.use(createHistoryMiddleware({ member: () => member, isFromTeam: isWrittenFromTeam }));
  if (below) db.use(below);
  opened.push(db);
  return db;
}

/** Counts the reads by key of stakeholders that reach the database, below the history. */
function stakeholderReads() {
  let count = 0;
  const counter: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'CountStakeholderReads',
    level: 1,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'stakeholders') return table;
        return {
          ...table,
          get: (request) => ((count += 1), table.get(request)),
          getMany: (request) => ((count += 1), table.getMany(request)),
        };
      },
    }),
  };
  return { counter, count: () => count };
}

const historyOf = async (db: TramaDatabase, table: string, id: string): Promise<HistoryEntry[]> =>
  db.history
    .where('recordIds')
    .equals(id)
    .filter((entry) => entry.table === table)
    .sortBy('at');

describe('the history of records', () => {
  it('records a stage change: who, when, and the field before and after', async () => {
    const db = freshDatabase();
    opened.push(db);
    const stakeholder = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'aware' }));
    await patchStakeholder(db, stakeholder.id, { guidelinesStage: 'engaged' });
    const entries = await historyOf(db, 'stakeholders', stakeholder.id);
    expect(entries.map((entry) => entry.kind)).toEqual(['created', 'changed']);
    expect(entries[1]).toMatchObject({
      table: 'stakeholders',
      recordIds: [stakeholder.id],
      by: null,
      source: 'here',
      changes: [{ field: 'guidelinesStage', before: 'aware', after: 'engaged' }],
    });
    expect(Number.isFinite(Date.parse(entries[1]!.at))).toBe(true);
  });

  it('names the team member this laptop writes as, and shares no entry with the team', async () => {
    const db = laptop('anna');
    const stakeholder = await createStakeholder(db, stakeholderInput());
    await patchStakeholder(db, stakeholder.id, { notes: 'Met the director' });
    const entries = await historyOf(db, 'stakeholders', stakeholder.id);
    expect(entries.map((entry) => entry.by)).toEqual(['anna', 'anna']);
    const outbox = await db.table<OutboxRow, number>(SYNC_OUTBOX_TABLE).toArray();
    expect(outbox.map((row) => row.table)).toEqual(['stakeholders', 'stakeholders']);
  });

  it('notes deletions, the cascade’s included, and leaves no entry for a record written unchanged', async () => {
    const db = laptop();
    const stakeholder = await createStakeholder(db, stakeholderInput());
    const contact = await createContact(db, contactInput(stakeholder.id));
    await db.stakeholders.put({ ...stakeholder });
    await deleteStakeholders(db, [stakeholder.id]);
    expect((await historyOf(db, 'stakeholders', stakeholder.id)).map((entry) => entry.kind)).toEqual([
      'created',
      'deleted',
    ]);
    expect((await historyOf(db, 'contacts', contact.id)).map((entry) => entry.kind)).toEqual(['created', 'deleted']);
    await db.stakeholders.bulkDelete(['never-there']);
    expect(await historyOf(db, 'stakeholders', 'never-there')).toEqual([]);
  });

  it('notes a bulk write’s creations in one entry, each change in its own, and clear() every record deleted', async () => {
    const db = laptop();
    const rows = Array.from({ length: 300 }, (_, index) => ({
      ...stakeholderInput({ name: `Ente ${index}` }),
      id: `s-${index}`,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }));
    await db.stakeholders.bulkPut(rows as never);
    await db.stakeholders.bulkPut(rows.map((row) => ({ ...row, city: 'Napoli' })) as never);
    await db.stakeholders.clear();
    const entries = await db.history.toArray();
    const ofKind = (kind: string) => entries.filter((entry) => entry.kind === kind);
    expect(ofKind('created')).toHaveLength(1);
    expect(ofKind('created')[0]!.recordIds).toEqual(rows.map((row) => row.id));
    expect(ofKind('changed')).toHaveLength(300);
    expect(ofKind('changed')[0]!.changes).toEqual([{ field: 'city', after: 'Napoli' }]);
    expect(
      ofKind('deleted')
        .flatMap((entry) => entry.recordIds)
        .sort(),
    ).toEqual(rows.map((row) => row.id).sort());
  });

  it('is written in the same transaction: an aborted write leaves no entry', async () => {
    const db = laptop();
    const stakeholder = await createStakeholder(db, stakeholderInput());
    await expect(
      db.transaction('rw', db.stakeholders, async () => {
        await db.stakeholders.put({ ...stakeholder, name: 'Half-written' });
        throw new Error('crash mid-way');
      }),
    ).rejects.toThrow('crash mid-way');
    expect((await historyOf(db, 'stakeholders', stakeholder.id)).map((entry) => entry.kind)).toEqual(['created']);
  });

  it('keeps no change whose entry the database refused: the whole transaction is undone', async () => {
    // Below the history: its entries are added under an id the history already holds, which
    // IndexedDB refuses (Dexie reports the refusal and lets the transaction go on).
    const takenId = 'entry-already-there';
    const refusingEntries: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'EntriesUnderATakenId',
      level: 1,
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'history') return table;
          return {
            ...table,
            mutate: (request) =>
              table.mutate(
                request.type === 'add' && !(request.values as HistoryEntry[]).some((entry) => entry.id === takenId)
                  ? { ...request, values: request.values.map((entry: HistoryEntry) => ({ ...entry, id: takenId })) }
                  : request,
              ),
          };
        },
      }),
    };
    const db = laptop(null, refusingEntries);
    const stakeholder = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'aware' }));
    await expect(patchStakeholder(db, stakeholder.id, { guidelinesStage: 'engaged' })).rejects.toThrow();
    expect((await db.stakeholders.get(stakeholder.id))!.guidelinesStage).toBe('aware');
    expect((await historyOf(db, 'stakeholders', stakeholder.id)).map((entry) => entry.kind)).toEqual(['created']);
  });

  it('keeps its entries through Undo, which is one more change', async () => {
    const db = laptop();
    const stakeholder = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'aware' }));
    const { change } = await patchStakeholder(db, stakeholder.id, { guidelinesStage: 'committed' });
    await undoChange(db, await stampChange(change));
    const entries = await historyOf(db, 'stakeholders', stakeholder.id);
    expect(entries.map((entry) => entry.changes.map(({ before, after }) => `${before}→${after}`))).toEqual([
      [],
      ['aware→committed'],
      ['committed→aware'],
    ]);
  });

  it('names the teammate whose change arrived from the team, at the time of their change', async () => {
    const db = laptop('anna');
    const stakeholder = await createStakeholder(db, stakeholderInput());
    await writeUnrecorded(db, ['stakeholders'], async (tx) => {
      noteTeamAuthors(tx, (table, id) =>
        table === 'stakeholders' && id === stakeholder.id ? { by: 'marco', at: '2026-12-01T10:00:00.000Z' } : undefined,
      );
      await db.stakeholders.put({ ...stakeholder, guidelinesStage: 'implementing' });
    });
    const arrived = (await historyOf(db, 'stakeholders', stakeholder.id)).find((entry) => entry.kind === 'changed');
    expect(arrived).toMatchObject({ by: 'marco', at: '2026-12-01T10:00:00.000Z', source: 'team' });
  });

  it('says "a teammate" (no name) for a change from the team whose author was not given', async () => {
    const db = laptop('anna');
    const stakeholder = await createStakeholder(db, stakeholderInput());
    await writeUnrecorded(db, ['stakeholders'], () => db.stakeholders.delete(stakeholder.id));
    const [, deleted] = await historyOf(db, 'stakeholders', stakeholder.id);
    expect(deleted).toMatchObject({ kind: 'deleted', by: null, source: 'team' });
  });

  it('takes the values before a change from the transaction’s own reading, not from a second one', async () => {
    const reads = stakeholderReads();
    const db = laptop(null, reads.counter);
    const stakeholder = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const before = reads.count();
    await patchStakeholder(db, stakeholder.id, { name: 'ASL Caserta Nord' });
    // patchStakeholder reads once outside its transaction and once inside it (updateStakeholder).
    expect(reads.count() - before).toBe(2);
    const [, changed] = await historyOf(db, 'stakeholders', stakeholder.id);
    expect(changed!.changes).toEqual([{ field: 'name', before: 'ASL Caserta', after: 'ASL Caserta Nord' }]);
  });

  it('records before → after even when the record read is changed in place and written back, or written twice', async () => {
    const db = laptop();
    const stakeholder = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', city: 'Caserta' }));
    await db.transaction('rw', db.stakeholders, async () => {
      const read = (await db.stakeholders.get(stakeholder.id))!;
      read.name = '__proto__';
      await db.stakeholders.put(read);
      await db.stakeholders.put({ ...read, city: 'Aversa' });
      read.city = 'Never written';
    });
    const [, first, second] = await historyOf(db, 'stakeholders', stakeholder.id);
    expect(first!.changes).toEqual([{ field: 'name', before: 'ASL Caserta', after: '__proto__' }]);
    expect(second!.changes).toEqual([{ field: 'city', before: 'Caserta', after: 'Aversa' }]);
  });

  it('records nothing for writes that failed and were caught within the transaction', async () => {
    const db = laptop();
    const stakeholder = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const fresh = { ...stakeholder, id: 'fresh-one', name: 'CAS Aversa' };
    await db.transaction('rw', db.stakeholders, async () => {
      const read = (await db.stakeholders.get(stakeholder.id))!;
      // Already there: refused, and the refusal caught.
      await db.stakeholders.bulkAdd([fresh, { ...read, name: 'Refused' }]).catch(() => undefined);
      // Not storable (a function): refused before it reaches the store.
      await db.stakeholders.put({ ...read, notes: (() => 1) as never }).catch(() => undefined);
      await db.stakeholders.put({ ...read, notes: 'Stored' });
    });
    expect((await historyOf(db, 'stakeholders', stakeholder.id)).map((entry) => entry.changes)).toEqual([
      [],
      [{ field: 'notes', before: '', after: 'Stored' }],
    ]);
    expect((await historyOf(db, 'stakeholders', fresh.id)).map((entry) => entry.kind)).toEqual(['created']);
    expect((await db.stakeholders.get(stakeholder.id))!.name).toBe('ASL Caserta');
  });

  it('keeps hostile values as they are, as data', async () => {
    const db = laptop();
    const stakeholder = await createStakeholder(db, stakeholderInput());
    const notes = `${'x'.repeat(20_000 - 40)}\u0000\u202e{"__proto__":{"polluted":1}}`.slice(0, 20_000);
    await patchStakeholder(db, stakeholder.id, { notes });
    const [, changed] = await historyOf(db, 'stakeholders', stakeholder.id);
    expect(changed!.changes).toEqual([{ field: 'notes', before: '', after: notes }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
