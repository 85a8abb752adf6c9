import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdvocacyActionInput } from '../../../shared/domain/action';
import { ValidationError } from '../../../shared/domain/validation';
import { freshDatabase } from '../../../test/support/builders';
import type { TramaDatabase } from '../../db/db';
import { listOpenFollowUps } from '../../data/actionQueries';
import { deleteAction, markFollowUpDone, saveActionWithFollowUps } from '../../db/repositories/actions';
import { stampChange, undoChange } from '../../db/undo';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const meeting: AdvocacyActionInput = {
  title: 'Incontro con ASL Salerno',
  kind: 'bilateral-meeting',
  date: '2026-11-20',
  status: 'done',
  targetIds: ['asl-sa'],
};

describe('saving an action with its follow-ups', () => {
  it('creates both in one go, and undo removes both', async () => {
    const { action, change } = await saveActionWithFollowUps(db, null, meeting, [
      { text: 'Inviare la bozza di protocollo', dueDate: '2026-11-22' },
      { text: 'Richiamare il DSM', dueDate: null },
    ]);
    const stored = await db.followUps.where('actionId').equals(action.id).toArray();
    expect(stored.map((row) => row.text).sort()).toEqual(['Inviare la bozza di protocollo', 'Richiamare il DSM']);
    await undoChange(db, await stampChange(change));
    expect(await db.actions.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
  });

  it('updates kept rows, adds new ones and deletes removed ones; undo restores the previous state', async () => {
    const first = await saveActionWithFollowUps(db, null, meeting, [{ text: 'Keep me' }, { text: 'Remove me' }]);
    const kept = first.followUps.find((row) => row.text === 'Keep me')!;
    const { change } = await saveActionWithFollowUps(db, first.action.id, { ...meeting, title: 'Renamed' }, [
      { id: kept.id, text: 'Kept and edited', dueDate: '2026-12-01' },
      { text: 'Added' },
    ]);
    expect((await db.actions.get(first.action.id))?.title).toBe('Renamed');
    expect((await db.followUps.get(kept.id))?.text).toBe('Kept and edited');
    expect((await db.followUps.toArray()).map((row) => row.text).sort()).toEqual(['Added', 'Kept and edited']);

    await undoChange(db, await stampChange(change));
    expect((await db.actions.get(first.action.id))?.title).toBe('Incontro con ASL Salerno');
    expect((await db.followUps.toArray()).map((row) => row.text).sort()).toEqual(['Keep me', 'Remove me']);
  });

  it('reports invalid fields of the action and of each follow-up row together, and writes nothing', async () => {
    const attempt = saveActionWithFollowUps(db, null, { ...meeting, title: ' ' }, [
      { text: 'fine' },
      { text: '', dueDate: 'soon' },
    ]);
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).byField()).sort()).toEqual([
      'followUps.1.dueDate',
      'followUps.1.text',
      'title',
    ]);
    expect(await db.actions.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
  });
});

describe('marking a follow-up done', () => {
  it('takes it off the open list, and undo puts it back', async () => {
    const { followUps } = await saveActionWithFollowUps(db, null, meeting, [
      { text: 'Send the draft', dueDate: '2026-11-22' },
    ]);
    const { change } = await markFollowUpDone(db, followUps[0]!.id, '2026-11-23');
    expect(await listOpenFollowUps(db)).toEqual([]);
    expect((await db.followUps.get(followUps[0]!.id))?.doneOn).toBe('2026-11-23');
    await undoChange(db, await stampChange(change!));
    expect((await listOpenFollowUps(db)).map((row) => row.text)).toEqual(['Send the draft']);
  });

  it('leaves one already done as it is, with no change to undo', async () => {
    const { followUps } = await saveActionWithFollowUps(db, null, meeting, [{ text: 'Send the draft' }]);
    await markFollowUpDone(db, followUps[0]!.id, '2026-11-23');
    const before = await db.followUps.get(followUps[0]!.id);

    const again = await markFollowUpDone(db, followUps[0]!.id, '2026-11-24');

    expect(again.change).toBeNull();
    expect(await db.followUps.get(followUps[0]!.id)).toEqual(before);
  });
});

describe('deleting an action', () => {
  it('takes its follow-ups with it, and undo brings both back', async () => {
    const { action } = await saveActionWithFollowUps(db, null, meeting, [{ text: 'Send the draft' }]);
    const change = await deleteAction(db, action.id);
    expect(await db.followUps.count()).toBe(0);
    await undoChange(db, await stampChange(change));
    expect(await db.actions.get(action.id)).toBeDefined();
    expect(await db.followUps.count()).toBe(1);
  });
});
