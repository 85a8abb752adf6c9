import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { createBriefing } from './repositories/briefings';
import { createStakeholder } from './repositories/stakeholders';
import { createAction, createFollowUp } from './repositories/actions';
import { clearSampleNetwork, loadSampleNetwork, SAMPLE_ID_PREFIX } from './sample';
import { stampChange, undoChange } from './undo';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** Every row of every table, in key order. */
async function everyTable(database: TramaDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    // History is append-only: clearing the sample adds its "deleted" entries, and Undo takes none back.
    await Promise.all(
      database.tables
        .filter((table) => table.name !== 'history')
        .map(async (table) => [table.name, await table.toArray()] as const),
    ),
  );
}

describe('clearing the sample network', () => {
  it("removes the sample and the briefings prepared from its meetings, keeps the user's own records, and undo restores it", async () => {
    const today = '2026-11-23';
    await loadSampleNetwork(db, buildSampleNetwork(today), today);
    const own = await createStakeholder(db, stakeholderInput({ name: 'Comune di Matera' }));
    const [sampleMeeting] = await db.actions.where('kind').equals('network-meeting').toArray();
    const fromSample = await createBriefing(db, {
      title: 'Tavolo Campania',
      source: { kind: 'action', actionId: sampleMeeting!.id },
    });
    const ownBriefing = await createBriefing(db, {
      title: 'Incontro a Matera',
      source: { kind: 'stakeholders', stakeholderIds: [own.id] },
    });
    const stakeholdersBefore = await db.stakeholders.count();

    const change = await clearSampleNetwork(db);

    expect(await db.stakeholders.toCollection().primaryKeys()).toEqual([own.id]);
    expect(await db.actions.count()).toBe(0);
    expect(await db.briefings.get(fromSample.id)).toBeUndefined();
    expect(await db.briefings.get(ownBriefing.id)).toBeDefined();

    await undoChange(db, await stampChange(change));
    expect(await db.stakeholders.count()).toBe(stakeholdersBefore);
    expect(await db.briefings.get(fromSample.id)).toEqual(fromSample);
  });

  it('clears sample records of every table, whatever points at them, and undo puts everything back', async () => {
    const today = '2026-11-23';
    await loadSampleNetwork(db, buildSampleNetwork(today), today);
    const [sampleStaff] = await db.staff.toArray();
    const now = new Date().toISOString();
    await db.programmes.add({
      id: `${SAMPLE_ID_PREFIX}programme`,
      name: 'Programma di esempio',
      shortName: '',
      description: '',
      createdAt: now,
      updatedAt: now,
    });
    const own = await createStakeholder(
      db,
      stakeholderInput({ name: 'Comune di Matera', programmeIds: [`${SAMPLE_ID_PREFIX}programme`] }),
    );
    const ownAction = await createAction(db, {
      title: 'Incontro a Matera',
      kind: 'bilateral-meeting',
      date: '2026-03-04',
      status: 'done',
      targetIds: [own.id],
      ownerId: sampleStaff!.id,
    });
    const ownFollowUp = await createFollowUp(db, {
      actionId: ownAction.id,
      text: 'Richiamare',
      ownerId: sampleStaff!.id,
    });
    const before = await everyTable(db);

    const change = await clearSampleNetwork(db);

    const after = await everyTable(db);
    const sampleIds = Object.entries(after).flatMap(([table, rows]) =>
      rows.flatMap((row) =>
        JSON.stringify(row).includes(SAMPLE_ID_PREFIX) ? [`${table}: ${JSON.stringify(row)}`] : [],
      ),
    );
    expect(sampleIds).toEqual([]);
    expect((await db.stakeholders.get(own.id))?.programmeIds).toEqual([]);
    expect((await db.actions.get(ownAction.id))?.ownerId).toBeNull();
    expect((await db.followUps.get(ownFollowUp.id))?.ownerId).toBeNull();
    expect(await db.meta.get('sample')).toBeUndefined();

    await undoChange(db, await stampChange(change));
    expect(await everyTable(db)).toEqual(before);
  });
});
