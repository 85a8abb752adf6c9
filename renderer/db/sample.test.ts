import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { createBriefing } from './repositories/briefings';
import { createStakeholder } from './repositories/stakeholders';
import { clearSampleNetwork, loadSampleNetwork } from './sample';
import { stampChange, undoChange } from './undo';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('clearing the sample network', () => {
  it("removes the sample and the briefings prepared from its meetings, keeps the user's own records, and undo restores it", async () => {
    const today = '2026-11-23';
    await loadSampleNetwork(db, buildSampleNetwork(today), today);
    const own = await createStakeholder(db, stakeholderInput({ name: 'Comune di Matera' }));
    const [sampleMeeting] = await db.actions.where('kind').equals('network-meeting').toArray();
    const fromSample = await createBriefing(db, { title: 'Tavolo Campania', source: { kind: 'action', actionId: sampleMeeting!.id } });
    const ownBriefing = await createBriefing(db, { title: 'Incontro a Matera', source: { kind: 'stakeholders', stakeholderIds: [own.id] } });
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
});
