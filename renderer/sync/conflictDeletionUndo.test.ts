import { describe, expect, it } from 'vitest';
import { conflictsOn, handSyncedLaptops, replicate, syncBoth } from '../../test/support/handSyncedLaptops';
import { deletedByAnnaChangedByMarco as deletedHereChangedThere } from '../../test/support/deletedHereChangedThere';
import { findDanglingReferences } from '../db/danglingReferences';
import { stampChange, undoChange } from '../db/undo';
import { deleteRecordInConflict, previewConflictDeletion } from './conflictDeletion';
import { readConflict } from './conflicts';
import { pumpOutbox } from './outboxPump';
import type { PouchDatabase } from './pouchdb';
import { SYNC_OUTBOX_TABLE } from './syncTables';

// "Delete" in the Conflicts list is the app's own deletion: it can be previewed as any other
// (what goes with it, what stays changed), and taken back with the app's Undo, whose writes the
// outbox hands to the team like any other. A record this laptop does not hold is deleted in
// PouchDB only: nothing here to put back, so no Undo is offered for it.

const laptop = handSyncedLaptops();
const NOW = new Date('2026-12-06T12:00:00.000Z');

/** Ada deleted on Anna's laptop, changed and named in a meeting on Marco's, both synced. */
async function deletedByAnnaChangedByMarco() {
  const [anna, marco] = [laptop('anna'), laptop('marco')];
  const { ada, meeting } = await deletedHereChangedThere(anna, marco);
  const [conflict] = await conflictsOn(anna);
  expect(
    conflict?.deletions.map((deletion) => deletion.changedBy),
    'set-up: Anna’s deletion is listed',
  ).toEqual(['anna']);
  return { anna, marco, ada, meeting, conflict: conflict! };
}

describe('deleting from the Conflicts list a record this laptop holds', () => {
  it('is previewed as the deletion does it: the meeting stays, without her', async () => {
    const { anna, ada, conflict } = await deletedByAnnaChangedByMarco();
    expect(await previewConflictDeletion(anna.db, conflict)).toEqual({
      isHeldHere: true,
      reach: { deleted: [], changed: [{ table: 'actions', count: 1 }] },
    });
    expect(await anna.db.contacts.get(ada.id), 'the preview deleted her').toBeDefined();
  });

  it('is taken back by Undo, on this laptop and then the other', async () => {
    const { anna, marco, ada, meeting, conflict } = await deletedByAnnaChangedByMarco();
    const outcome = await deleteRecordInConflict(anna.db, anna.local, conflict, 'anna', NOW);
    expect(outcome.ok).toBe(true);
    const undo = outcome.ok ? outcome.undo : undefined;
    expect(undo, 'the deletion gives nothing to undo it with').toBeDefined();
    await syncBoth(anna, marco);
    expect(await marco.db.contacts.get(ada.id), 'set-up: deleted for Marco too').toBeUndefined();

    const undone = await undoChange(anna.db, await stampChange(undo!));
    expect(undone.isComplete, 'Undo met a conflict').toBe(true);
    await syncBoth(anna, marco);
    for (const [who, member] of [
      ['Anna', anna],
      ['Marco', marco],
    ] as const) {
      expect((await member.db.contacts.get(ada.id))?.role, `${who} does not have her back as changed`).toBe(
        'Psichiatra',
      );
      expect((await member.db.actions.get(meeting.id))?.participantIds, `${who}’s meeting does not name her`).toEqual([
        ada.id,
      ]);
      expect(await findDanglingReferences(member.db)).toEqual([]);
    }
    expect(await conflictsOn(anna), 'the conflict came back').toEqual([]);
  });

  it('is taken back by Undo too when the pump handed the deletion over before the conflict was settled', async () => {
    const { anna, marco, ada, conflict } = await deletedByAnnaChangedByMarco();
    // The engine pumps as soon as the outbox changes: here, before the first read that follows the deletion.
    let hasPumped = false;
    const pumpingFirst: PouchDatabase = Object.create(anna.local) as PouchDatabase;
    pumpingFirst.get = (async (...args: Parameters<PouchDatabase['get']>) => {
      if (!hasPumped && (await anna.db.table(SYNC_OUTBOX_TABLE).count()) > 0) {
        hasPumped = true;
        await pumpOutbox(anna.db, anna.local, undefined, 'anna');
      }
      return anna.local.get(...args);
    }) as PouchDatabase['get'];
    const outcome = await deleteRecordInConflict(anna.db, pumpingFirst, conflict, 'anna', NOW);
    expect(hasPumped, 'set-up: the pump ran first').toBe(true);
    await syncBoth(anna, marco);
    const undo = outcome.ok ? outcome.undo : undefined;
    expect(undo, 'the deletion gives nothing to undo it with').toBeDefined();
    await undoChange(anna.db, await stampChange(undo!));
    await syncBoth(anna, marco);
    expect((await marco.db.contacts.get(ada.id))?.role, 'Marco does not have her back').toBe('Psichiatra');
    expect(await conflictsOn(anna), 'the conflict came back').toEqual([]);
  });
});

describe('deleting from the Conflicts list a record this laptop does not hold', () => {
  it('is previewed as not held here, and its deletion offers no Undo', async () => {
    const { anna, ada, conflict } = await deletedByAnnaChangedByMarco();
    // A laptop whose PouchDB received the team's versions and whose database has not applied them.
    const newcomer = laptop('carla');
    await replicate(anna, newcomer);
    const listed = (await readConflict(newcomer.local, conflict.docId))!;
    expect(listed, 'set-up: the conflict is there').not.toBeNull();
    expect(await newcomer.db.contacts.get(ada.id), 'set-up: not held').toBeUndefined();
    expect(await previewConflictDeletion(newcomer.db, listed)).toEqual({
      isHeldHere: false,
      reach: { deleted: [], changed: [] },
    });
    expect(await deleteRecordInConflict(newcomer.db, newcomer.local, listed, 'carla', NOW)).toEqual({ ok: true });
  });
});
