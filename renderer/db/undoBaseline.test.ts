import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreviewRow } from '../../shared/io/importPreview';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import { deletionTables } from './cascade';
import { findDanglingReferences } from './danglingReferences';
import type { TramaDatabase } from './db';
import { importStakeholders } from './importStakeholders';
import { deleteAction, saveActionWithFollowUps } from './repositories/actions';
import { createContact, deleteContacts } from './repositories/contacts';
import { createStakeholder, deleteStakeholders, updateStakeholder } from './repositories/stakeholders';
import { emptyChange, recordCreated, stampChange, undoChange, type UndoableChange } from './undo';

// Undo compares with the state the change's own transaction left, never with what it finds
// later: an edit saved while a long change ran is a later edit, not part of the change.

let db: TramaDatabase;
let clock = Date.parse('2026-11-23T09:00:00.000Z');
function nextMinute() {
  clock += 60_000;
  vi.setSystemTime(clock);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  nextMinute();
  db = freshDatabase();
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db.delete();
});

/** The change as the notice offering Undo holds it. */
const stamp = (change: UndoableChange) => stampChange(change);

function updateRow(rowNumber: number, name: string, existingId: string): ImportPreviewRow {
  return {
    rowNumber,
    name,
    status: 'update',
    reasons: [],
    stakeholder: stakeholderInput({ name }),
    existingId,
    contact: null,
    overLimit: [],
    roundedNumbers: [],
  };
}

describe('an edit saved while a change is running', () => {
  it('is a later edit: Undo of the import leaves it and names it', async () => {
    const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura' }));
    nextMinute();
    let userEdit: Promise<unknown> | undefined;
    const result = await importStakeholders(db, [updateRow(2, 'Prefettura (import)', prefettura.id)], (share) => {
      // The user saves an edit while the import's transaction is still writing.
      if (share === 1 && !userEdit) {
        userEdit = Dexie.ignoreTransaction(() => {
          nextMinute();
          return updateStakeholder(db, prefettura.id, stakeholderInput({ name: 'Prefettura – user edit' }));
        });
      }
    });
    const change = await stamp(result.change);
    await userEdit;

    const outcome = await undoChange(db, change, 'safe-part');
    expect((await db.stakeholders.get(prefettura.id))?.name).toBe('Prefettura – user edit');
    expect(outcome.conflicts).toEqual([
      { table: 'stakeholders', key: prefettura.id, label: 'Prefettura – user edit', reason: 'changed' },
    ]);
  });

  it('deleting what a restored row points at: Undo does not bring the row back pointing at nothing', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 5' }));
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Prova' }));
    let later: Promise<unknown> | undefined;
    const unstamped = await db.transaction('rw', deletionTables('stakeholders', 'contacts'), async () => {
      const { change } = await deleteContacts(db, [anna.id]);
      later = Dexie.ignoreTransaction(() => deleteStakeholders(db, [asl.id]));
      return change;
    });
    const change = await stamp(unstamped);
    await later;

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts).toEqual([
      { table: 'contacts', key: anna.id, label: 'Anna Prova', reason: 'dangling', missing: 'stakeholders' },
    ]);
    expect(await db.contacts.get(anna.id)).toBeUndefined();
    expect(await findDanglingReferences(db)).toEqual([]);
  });

  it('when the change cannot tell whether a target existed, a row that would point at nothing is held back', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 6' }));
    const { action } = await saveActionWithFollowUps(
      db,
      null,
      { title: 'Incontro', kind: 'bilateral-meeting', date: '2026-11-20', status: 'done', targetIds: [asl.id] },
      [],
    );
    let later: Promise<unknown> | undefined;
    // Deleting an action holds actions, follow-ups and briefings only; a deletion of the
    // stakeholder already waits behind it, so no read of stakeholders can tell how the change left them.
    const unstamped = await db.transaction(
      'rw',
      [...deletionTables('stakeholders', 'contacts'), 'followUps'],
      async () => {
        later = Dexie.ignoreTransaction(() => deleteStakeholders(db, [asl.id]));
        return deleteAction(db, action.id);
      },
    );
    const change = await stamp(unstamped);
    expect(change.targetsThen.get('stakeholders')?.has(asl.id)).toBeFalsy();
    await later;

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts).toEqual([
      { table: 'actions', key: action.id, label: 'Incontro', reason: 'dangling', missing: 'stakeholders' },
    ]);
    expect(await findDanglingReferences(db)).toEqual([]);
  });

  it('a reference already broken when the change was made is no reason to hold a row back, even outside the change’s tables', async () => {
    const { action } = await saveActionWithFollowUps(
      db,
      null,
      {
        title: 'Incontro',
        kind: 'bilateral-meeting',
        date: '2026-11-20',
        status: 'done',
        targetIds: ['never-existed'],
      },
      [],
    );
    const change = await stamp(await deleteAction(db, action.id));
    expect(change.targetsThen.get('stakeholders')?.get('never-existed')).toBe(false);
    expect(await undoChange(db, change)).toMatchObject({ isApplied: true, isComplete: true });
    expect(await db.actions.get(action.id)).toEqual(action);
  });

  it('a contact whose stakeholder was already gone when the change was made comes back', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 7' }));
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Prova' }));
    // Left broken by something outside the app (a hand-edited backup, an old bug).
    await db.stakeholders.delete(asl.id);
    const change = await stamp((await deleteContacts(db, [anna.id])).change);

    const outcome = await undoChange(db, change);
    expect(outcome).toMatchObject({ isApplied: true, isComplete: true });
    expect(await db.contacts.get(anna.id)).toEqual(anna);
  });
});

describe('stamping a change', () => {
  it('reads nothing from the database: the change’s transaction noted what it wrote', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => ({
      ...updateRow(index + 2, `Ente ${index}`, ''),
      status: 'new' as const,
      existingId: null,
    }));
    const { change } = await importStakeholders(db, rows);
    const transaction = vi.spyOn(db, 'transaction');
    const stamped = await stamp(change);
    expect(transaction).not.toHaveBeenCalled();
    expect(stamped.after.stakeholders?.size).toBe(50);
  });

  it('refuses a change recorded outside one read-write transaction, and Undo refuses a change not stamped', async () => {
    const row = await createStakeholder(db, stakeholderInput({ name: 'Temporaneo' }));
    await db.stakeholders.delete(row.id);
    await db.stakeholders.add(row);
    const outside = emptyChange();
    recordCreated(outside, 'stakeholders', [row.id]);
    await expect(stamp(outside)).rejects.toThrow(/cannot be checked against later edits/);

    const unstamped = emptyChange();
    recordCreated(unstamped, 'stakeholders', [row.id]);
    // @ts-expect-error Undo takes only a stamped change: there is no blind Undo.
    await expect(undoChange(db, unstamped)).rejects.toThrow(/stamped/);
    expect(await db.stakeholders.get(row.id)).toBeDefined();
  });

  it('refuses a change whose transaction failed', async () => {
    const template = await createStakeholder(db, stakeholderInput({ name: 'Modello' }));
    let built: UndoableChange | undefined;
    await db
      .transaction('rw', db.stakeholders, async () => {
        built = emptyChange();
        recordCreated(built, 'stakeholders', ['never-written']);
        await db.stakeholders.add({ ...template, id: 'never-written' });
        throw new Error('interrupted');
      })
      .catch(() => undefined);
    expect(await db.stakeholders.get('never-written')).toBeUndefined();
    await expect(stamp(built!)).rejects.toThrow(/did not go through/);
  });
});
