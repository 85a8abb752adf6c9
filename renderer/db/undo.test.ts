import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreviewRow } from '../../shared/io/importPreview';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { importStakeholders } from './importStakeholders';
import { createContact, deleteContacts, updateContact } from './repositories/contacts';
import { createRelationship } from './repositories/relationships';
import { createStakeholder, deleteStakeholders, updateStakeholder } from './repositories/stakeholders';
import { findDanglingReferences } from './danglingReferences';
import { savePositions } from './repositories/mapPositions';
import { emptyChange, recordBefore, recordCreated, stampChange, undoChange, type UndoableChange } from './undo';

let db: TramaDatabase;
let clock = Date.parse('2026-11-23T09:00:00.000Z');

/** Each write a minute after the last: updatedAt tells them apart without waiting. */
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
  await db.delete();
});

function importRow(
  rowNumber: number,
  name: string,
  options: { contact?: string; existingId?: string } = {},
): ImportPreviewRow {
  return {
    rowNumber,
    name,
    status: options.existingId ? 'update' : 'new',
    reasons: [],
    stakeholder: stakeholderInput({ name }),
    existingId: options.existingId ?? null,
    contact: options.contact ? { name: options.contact, role: '', emails: [], phones: [] } : null,
    overLimit: [],
    roundedNumbers: [],
  };
}

/** The change as the notice offering Undo holds it: with the state its own transaction left. */
const stamp = (change: UndoableChange) => stampChange(change);

/** An import as the app makes it: written, then stamped when its notice offers Undo. */
async function importWithUndo(rows: ImportPreviewRow[]) {
  const { change } = await importStakeholders(db, rows);
  const stamped = await stamp(change);
  nextMinute();
  return stamped;
}

async function idOf(name: string): Promise<string> {
  const row = await db.stakeholders.where('name').equals(name).first();
  if (!row) throw new Error(`no stakeholder ${name}`);
  return row.id;
}

/** References to records that do not exist: none may be left by Undo. */
const danglingReferences = () => findDanglingReferences(db);

describe('undo after later edits', () => {
  it('does not delete an imported stakeholder that a contact added since points at', async () => {
    const change = await importWithUndo([
      importRow(2, 'ASL Roma 1', { contact: 'Anna Prova' }),
      importRow(3, 'CAS Tiburtino'),
    ]);
    const asl = await idOf('ASL Roma 1');
    const later = await createContact(db, contactInput(asl, { name: 'Marco Nuovo' }));

    const outcome = await undoChange(db, change);

    expect(await db.contacts.get(later.id)).toBeDefined();
    expect(await db.stakeholders.get(asl)).toBeDefined();
    expect(outcome).toEqual({
      isApplied: false,
      isComplete: false,
      conflicts: [
        {
          table: 'stakeholders',
          key: asl,
          label: 'ASL Roma 1',
          reason: 'referenced',
          by: { table: 'contacts', label: 'Marco Nuovo' },
        },
      ],
      dependents: [],
      safeRowCount: 2,
    });
    // Refused as a whole: nothing at all was undone.
    expect(await db.stakeholders.count()).toBe(2);
    expect(await db.contacts.count()).toBe(2);
  });

  it('leaves alone a record edited after the import, and says so', async () => {
    const existing = await createStakeholder(
      db,
      stakeholderInput({ name: 'Prefettura di Roma', categoryId: 'prefecture', sector: 'public-order-and-asylum' }),
    );
    nextMinute();
    const change = await importWithUndo([
      importRow(2, 'Prefettura di Roma', { existingId: existing.id }),
      importRow(3, 'CAS Tiburtino'),
    ]);
    const edited = await updateStakeholder(
      db,
      existing.id,
      stakeholderInput({
        name: 'Prefettura di Roma – Area IV',
        categoryId: 'prefecture',
        sector: 'public-order-and-asylum',
      }),
    );

    const refused = await undoChange(db, change);
    expect(refused.conflicts).toEqual([
      { table: 'stakeholders', key: existing.id, label: 'Prefettura di Roma – Area IV', reason: 'changed' },
    ]);
    expect(refused.isApplied).toBe(false);

    const partly = await undoChange(db, change, 'safe-part');
    expect(partly).toMatchObject({ isApplied: true, isComplete: false, safeRowCount: 1 });
    expect(await db.stakeholders.get(existing.id)).toEqual(edited.stakeholder);
    expect(await db.stakeholders.count()).toBe(1);
  });

  it('does not bring back a record deleted after the change', async () => {
    const existing = await createStakeholder(db, stakeholderInput({ name: 'Comune di Roma' }));
    nextMinute();
    const change = await importWithUndo([importRow(2, 'Comune di Roma', { existingId: existing.id })]);
    await deleteStakeholders(db, [existing.id]);

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts).toEqual([
      { table: 'stakeholders', key: existing.id, label: 'Comune di Roma', reason: 'deleted' },
    ]);
    expect(outcome.isApplied).toBe(false);
    expect(await db.stakeholders.count()).toBe(0);
  });

  it('undoes everything when nothing changed since', async () => {
    const existing = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 2' }));
    nextMinute();
    const change = await importWithUndo([
      importRow(2, 'ASL Roma 2', { existingId: existing.id, contact: 'Anna Prova' }),
      importRow(3, 'CAS Tiburtino', { contact: 'Luca Modello' }),
    ]);
    // Someone else's record, created after the import, that points at nothing the import made.
    const unrelated = await createStakeholder(db, stakeholderInput({ name: 'Questura di Roma' }));

    const outcome = await undoChange(db, change);
    expect(outcome).toEqual({ isApplied: true, isComplete: true, conflicts: [], dependents: [], safeRowCount: 4 });
    expect(await db.stakeholders.get(existing.id)).toEqual(existing);
    expect((await db.stakeholders.toArray()).map((row) => row.name).sort()).toEqual(['ASL Roma 2', unrelated.name]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('undoes only what is safe: keeps the conflicts and what they need, and leaves no reference to nothing', async () => {
    const change = await importWithUndo([
      importRow(2, 'ASL Roma 1', { contact: 'Anna Prova' }),
      importRow(3, 'CAS Tiburtino', { contact: 'Luca Modello' }),
      importRow(4, 'SAI Ostia'),
      importRow(5, 'Associazione Esempio'),
    ]);
    const [asl, cas, sai] = await Promise.all([idOf('ASL Roma 1'), idOf('CAS Tiburtino'), idOf('SAI Ostia')]);
    const outside = await createStakeholder(db, stakeholderInput({ name: 'Questura di Roma' }));
    await createContact(db, contactInput(asl, { name: 'Marco Nuovo' }));
    await createRelationship(db, relationshipInput(outside.id, sai));
    const luca = (await db.contacts.where('name').equals('Luca Modello').first())!;
    await updateContact(db, luca.id, contactInput(cas, { name: 'Luca Modello', emails: ['luca.modello@example.org'] }));

    const refused = await undoChange(db, change);
    expect(refused.conflicts.map((conflict) => `${conflict.label}: ${conflict.reason}`).sort()).toEqual([
      'ASL Roma 1: referenced',
      'Luca Modello: changed',
      'SAI Ostia: referenced',
    ]);
    expect(refused.conflicts.find((conflict) => conflict.label === 'SAI Ostia')?.by).toEqual({
      table: 'relationships',
      label: 'Questura di Roma – SAI Ostia',
    });

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome).toMatchObject({ isApplied: true, isComplete: false, safeRowCount: 2 });
    // CAS Tiburtino stays: the edited Luca Modello needs it, and the dialog names it. Anna Prova and the untouched stakeholder go.
    expect(outcome.dependents).toEqual([
      {
        table: 'stakeholders',
        key: cas,
        label: 'CAS Tiburtino',
        reason: 'needed-by',
        by: { table: 'contacts', label: 'Luca Modello' },
      },
    ]);
    expect((await db.stakeholders.toArray()).map((row) => row.name).sort()).toEqual([
      'ASL Roma 1',
      'CAS Tiburtino',
      'Questura di Roma',
      'SAI Ostia',
    ]);
    expect((await db.contacts.toArray()).map((row) => row.name).sort()).toEqual(['Luca Modello', 'Marco Nuovo']);
    expect(await danglingReferences()).toEqual([]);
  });

  it('does not restore a contact whose stakeholder was deleted since', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 3' }));
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Prova' }));
    nextMinute();
    const change = await stamp((await deleteContacts(db, [anna.id])).change);
    nextMinute();
    await deleteStakeholders(db, [asl.id]);

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts).toEqual([
      { table: 'contacts', key: anna.id, label: 'Anna Prova', reason: 'dangling', missing: 'stakeholders' },
    ]);
    expect(outcome.isApplied).toBe(false);
    expect(await danglingReferences()).toEqual([]);
  });

  it('compares whole rows where there is no updatedAt (map positions, settings)', async () => {
    await db.mapPositions.put({ viewId: 'regions', stakeholderId: 'asl', x: 1, y: 1 });
    await db.meta.put({ key: 'mapOptions', value: { colourBy: 'sector', filters: ['a'] } });
    const unstamped = await db.transaction('rw', db.mapPositions, db.meta, async () => {
      const written = emptyChange();
      recordBefore(written, 'mapPositions', [await db.mapPositions.get(['regions', 'asl'])]);
      recordBefore(written, 'meta', [await db.meta.get('mapOptions')]);
      await db.mapPositions.put({ viewId: 'regions', stakeholderId: 'asl', x: 50, y: 50 });
      await db.meta.put({ key: 'mapOptions', value: { colourBy: 'stage', filters: ['a'] } });
      return written;
    });
    const change = await stamp(unstamped);
    // The same setting written again with equal content is no change; the node dragged again is.
    await db.meta.put({ key: 'mapOptions', value: { colourBy: 'stage', filters: ['a'] } });
    await db.mapPositions.put({ viewId: 'regions', stakeholderId: 'asl', x: 80, y: 20 });

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts).toEqual([
      { table: 'mapPositions', key: '["regions","asl"]', label: 'asl', reason: 'changed' },
    ]);
    expect(await db.mapPositions.get(['regions', 'asl'])).toMatchObject({ x: 80, y: 20 });
    expect(await db.meta.get('mapOptions')).toEqual({
      key: 'mapOptions',
      value: { colourBy: 'sector', filters: ['a'] },
    });
  });

  it('handles ids that are prototype keys', async () => {
    const template = await createStakeholder(db, stakeholderInput());
    await db.stakeholders.delete(template.id);
    const change = await stamp(
      await db.transaction('rw', db.stakeholders, async () => {
        await db.stakeholders.bulkAdd([
          { ...template, id: '__proto__', name: 'Proto' },
          { ...template, id: 'constructor', name: 'Constructor' },
        ]);
        const written = emptyChange();
        recordCreated(written, 'stakeholders', ['__proto__', 'constructor']);
        return written;
      }),
    );
    nextMinute();
    await createContact(db, contactInput('__proto__', { name: 'Maria Esempio' }));

    const outcome = await undoChange(db, change, 'safe-part');
    expect(outcome.conflicts.map((conflict) => conflict.key)).toEqual(['__proto__']);
    expect(await db.stakeholders.toCollection().primaryKeys()).toEqual(['__proto__']);
    expect(Object.prototype).not.toHaveProperty('name');
  });

  it('deletes the positions the map stored for imported stakeholders with them, instead of refusing', async () => {
    const change = await importWithUndo([importRow(2, 'ASL Roma 1'), importRow(3, 'CAS Tiburtino')]);
    const ids = await db.stakeholders.toCollection().primaryKeys();
    // The map stores a place for every node it draws, without asking (useNodePlacement).
    await savePositions(
      db,
      ids.map((stakeholderId, index) => ({ viewId: 'default:regions', stakeholderId, x: index, y: 2 })),
    );

    const outcome = await undoChange(db, change);
    expect(outcome).toEqual({ isApplied: true, isComplete: true, conflicts: [], dependents: [], safeRowCount: 2 });
    expect(await db.stakeholders.count()).toBe(0);
    expect(await db.mapPositions.count()).toBe(0);
  });

  // A stakeholder whose programme was deleted since comes back without it, its contact with it;
  // a record that needs one held back, and those that need it: undoDroppedReferences.test.ts.
});
