import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import type { TramaDatabase } from '../db/db';
import { createStakeholder, patchStakeholder } from '../db/repositories/stakeholders';
import { recordHistory } from './historyQueries';

const database = databasePerTest();

/** Lets the writes' notices reach the live queries (Dexie signals them from a later task). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A live read of one record's history: how many times it ran, and its latest answer. */
function watchHistory(db: TramaDatabase, id: string) {
  let runs = 0;
  let latest: Awaited<ReturnType<typeof recordHistory>> | undefined;
  const waiters: Array<() => void> = [];
  const subscription = liveQuery(() => {
    runs += 1;
    return recordHistory(db, 'stakeholders', id);
  }).subscribe((answer) => {
    latest = answer;
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    runs: () => runs,
    latest: () => latest,
    /** Resolves once an answer satisfies `isDone`. */
    until: (isDone: () => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => (isDone() ? resolve() : waiters.push(check));
        check();
      }),
    stop: () => subscription.unsubscribe(),
  };
}

describe('a record’s history', () => {
  it('lists only that record’s entries of that table, newest first, each field before → after, with the total', async () => {
    const db = database();
    const stakeholder = await createStakeholder(
      db,
      stakeholderInput({ name: 'ASL Caserta', guidelinesStage: 'aware' }),
    );
    const other = await createStakeholder(db, stakeholderInput({ name: 'CAS Aversa' }));
    await patchStakeholder(db, stakeholder.id, { guidelinesStage: 'engaged' });
    await patchStakeholder(db, other.id, { name: 'CAS Aversa 2' });
    await patchStakeholder(db, stakeholder.id, { guidelinesStage: 'committed' });
    // An entry of another table naming the same id is not this record's.
    await db.history.add({
      id: 'other-table-entry',
      at: new Date(Date.now() + 60_000).toISOString(),
      table: 'actions',
      recordIds: [stakeholder.id],
      kind: 'changed',
      by: null,
      source: 'here',
      changes: [{ field: 'title', before: 'a', after: 'b' }],
    });

    const history = await recordHistory(db, 'stakeholders', stakeholder.id);
    expect(history.total).toBe(3);
    expect(history.entries.map((entry) => entry.kind)).toEqual(['changed', 'changed', 'created']);
    expect(
      history.entries.map((entry) => entry.changes.map(({ field, before, after }) => [field, before, after])),
    ).toEqual([[['guidelinesStage', 'engaged', 'committed']], [['guidelinesStage', 'aware', 'engaged']], []]);
    const firstPage = await recordHistory(db, 'stakeholders', stakeholder.id, 1);
    expect(firstPage.entries.map((entry) => entry.changes[0]?.after)).toEqual(['committed']);
    expect(firstPage.total).toBe(3);
  });

  it('answers for hostile ids with nothing', async () => {
    const db = database();
    await createStakeholder(db, stakeholderInput());
    for (const id of ['__proto__', 'constructor', '', '\u0000\u001f', 'x'.repeat(10_000)])
      expect(await recordHistory(db, 'stakeholders', id)).toEqual({ entries: [], named: {}, total: 0 });
  });

  it('read live, runs again for a write of that record, not for a write of another', async () => {
    const db = database();
    const shown = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const other = await createStakeholder(db, stakeholderInput({ name: 'CAS Aversa' }));
    const watch = watchHistory(db, shown.id);
    try {
      await watch.until(() => watch.latest()?.total === 1);
      await settle();
      const runsBefore = watch.runs();

      await patchStakeholder(db, other.id, { name: 'CAS Aversa 2' });
      await settle();
      expect(watch.runs()).toBe(runsBefore);

      await patchStakeholder(db, shown.id, { name: 'ASL Caserta 2' });
      await watch.until(() => watch.latest()?.total === 2);
      expect(watch.latest()!.entries[0]!.changes).toEqual([
        { field: 'name', before: 'ASL Caserta', after: 'ASL Caserta 2' },
      ]);
    } finally {
      watch.stop();
    }
  });
});
