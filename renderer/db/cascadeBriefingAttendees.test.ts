import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import { findDanglingReferences } from './danglingReferences';
import type { TramaDatabase } from './db';
import { createBriefing, deleteBriefing } from './repositories/briefings';
import { createStakeholder, deleteStakeholders, previewStakeholderDeletion } from './repositories/stakeholders';
import { stampChange, undoChange } from './undo';

// A briefing made for some stakeholders, with others the coordinator added by hand: deleting
// the last stakeholder it was made for leaves the hand-picked ones as its list (the registry's
// `fallbackList`), agenda and all, rather than taking the briefing with it.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function briefingWithHandPicked() {
  const [asl, cas, sai] = await Promise.all(
    ['ASL Napoli 1', 'CAS Napoli Est', 'SAI Caserta'].map(async (name) =>
      createStakeholder(db, stakeholderInput({ name })),
    ),
  );
  const briefing = await createBriefing(db, {
    title: 'Incontro con la ASL',
    source: { kind: 'stakeholders', stakeholderIds: [asl!.id] },
    agenda: '1. Percorso di presa in carico',
    addedStakeholderIds: [cas!.id, sai!.id],
    removedStakeholderIds: [],
  });
  return { asl: asl!, cas: cas!, sai: sai!, briefing };
}

describe('deleting the last stakeholder a briefing was made for', () => {
  it('keeps the briefing when stakeholders were added by hand: they become its list', async () => {
    const { asl, cas, sai, briefing } = await briefingWithHandPicked();
    expect(await previewStakeholderDeletion(db, [asl.id]), 'the confirmation counts it as deleted').toEqual({
      deleted: [],
      changed: [{ table: 'briefings', count: 1 }],
    });
    const { reach } = await deleteStakeholders(db, [asl.id]);
    expect(reach).toEqual({ deleted: [], changed: [{ table: 'briefings', count: 1 }] });
    const kept = await db.briefings.get(briefing.id);
    expect(
      kept,
      'the briefing went with its last source stakeholder, hand-picked attendees and agenda too',
    ).toMatchObject({
      source: { kind: 'stakeholders', stakeholderIds: [cas.id, sai.id] },
      addedStakeholderIds: [],
      agenda: '1. Percorso di presa in carico',
    });
    expect(await findDanglingReferences(db)).toEqual([]);
  });

  it('comes back exactly as it was on Undo', async () => {
    const { asl, briefing } = await briefingWithHandPicked();
    const before = await db.briefings.get(briefing.id);
    const { change } = await deleteStakeholders(db, [asl.id]);
    const outcome = await undoChange(db, await stampChange(change));
    expect(outcome).toMatchObject({ isApplied: true, isComplete: true, conflicts: [] });
    expect(await db.briefings.get(briefing.id)).toEqual(before);
  });

  it('takes a hand-picked stakeholder deleted with it off too, and goes when none is left', async () => {
    const { asl, cas, sai, briefing } = await briefingWithHandPicked();
    await deleteStakeholders(db, [asl.id, cas.id]);
    expect((await db.briefings.get(briefing.id))?.source).toEqual({ kind: 'stakeholders', stakeholderIds: [sai.id] });
    const { reach } = await deleteStakeholders(db, [sai.id]);
    expect(reach.deleted).toEqual([{ table: 'briefings', count: 1 }]);
    expect(await db.briefings.get(briefing.id)).toBeUndefined();
  });

  it('still goes when every stakeholder it names, by source or by hand, is deleted at once', async () => {
    const { asl, cas, sai, briefing } = await briefingWithHandPicked();
    const { reach } = await deleteStakeholders(db, [asl.id, cas.id, sai.id]);
    expect(reach.deleted).toEqual([{ table: 'briefings', count: 1 }]);
    expect(await db.briefings.get(briefing.id)).toBeUndefined();
  });

  it('keeps the attendees it had when one of those added by hand was also listed as removed', async () => {
    const { asl, cas, sai, briefing } = await briefingWithHandPicked();
    await db.briefings.update(briefing.id, { removedStakeholderIds: [asl.id, cas.id] });
    await deleteStakeholders(db, [asl.id]);
    expect(await db.briefings.get(briefing.id)).toMatchObject({
      source: { kind: 'stakeholders', stakeholderIds: [cas.id, sai.id] },
      addedStakeholderIds: [],
      removedStakeholderIds: [],
    });
  });
});

describe('undo of a briefing deletion after its last source stakeholder was deleted', () => {
  it('brings the briefing back with those added by hand as its list', async () => {
    const { asl, cas, sai, briefing } = await briefingWithHandPicked();
    const change = await stampChange(await deleteBriefing(db, briefing.id));
    await deleteStakeholders(db, [asl.id]);
    const outcome = await undoChange(db, change);
    expect(
      outcome.conflicts.map(({ reason, missing }) => ({ reason, missing })),
      'Undo held the briefing back for the stakeholder deleted since',
    ).toEqual([]);
    expect(await db.briefings.get(briefing.id)).toMatchObject({
      source: { kind: 'stakeholders', stakeholderIds: [cas.id, sai.id] },
      addedStakeholderIds: [],
      agenda: '1. Percorso di presa in carico',
    });
    expect(outcome.trimmed?.map(({ table, missing, count }) => ({ table, missing, count }))).toEqual([
      { table: 'briefings', missing: 'stakeholders', count: 1 },
    ]);
    expect(await findDanglingReferences(db)).toEqual([]);
  });

  it('still holds it back when the stakeholders added by hand were deleted too', async () => {
    const { asl, cas, sai, briefing } = await briefingWithHandPicked();
    const change = await stampChange(await deleteBriefing(db, briefing.id));
    await deleteStakeholders(db, [asl.id, cas.id, sai.id]);
    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts.map(({ table, reason, missing }) => ({ table, reason, missing }))).toEqual([
      { table: 'briefings', reason: 'dangling', missing: 'stakeholders' },
    ]);
    expect(await db.briefings.get(briefing.id)).toBeUndefined();
  });
});
