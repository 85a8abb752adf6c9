import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, relationshipInput, stakeholderInput } from '../../test/support/builders';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import type { TramaDatabase } from '../db/db';
import { createContact } from '../db/repositories/contacts';
import { createRelationship } from '../db/repositories/relationships';
import { createStakeholder, deleteStakeholders, updateStakeholder } from '../db/repositories/stakeholders';
import { stampChange, undoChange } from '../db/undo';
import { writeUnrecorded } from './syncOutbox';
import { SYNC_OUTBOX_TABLE, type OutboxRow } from './syncTables';

const opened: TramaDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function open(member: () => string | null = () => 'anna'): TramaDatabase {
  const db = openSyncTestDatabase(member);
  opened.push(db);
  return db;
}

const outbox = (db: TramaDatabase) => db.table<OutboxRow, number>(SYNC_OUTBOX_TABLE).toArray();
const keysIn = async (db: TramaDatabase) => (await outbox(db)).map((row) => `${row.table}:${row.key}`);

describe('the outbox middleware', () => {
  it('writes one row per changed record, with who and when, in write order', async () => {
    const db = open();
    const stakeholder = await createStakeholder(db, stakeholderInput());
    await updateStakeholder(db, stakeholder.id, stakeholderInput({ name: 'ASL Napoli 2' }));
    const rows = await outbox(db);
    expect(rows).toEqual([
      { seq: 1, table: 'stakeholders', key: stakeholder.id, changedBy: 'anna', changedAt: expect.any(String) },
      { seq: 2, table: 'stakeholders', key: stakeholder.id, changedBy: 'anna', changedAt: expect.any(String) },
    ]);
    expect(Number.isFinite(Date.parse(rows[0]!.changedAt))).toBe(true);
  });

  it('records deletions, clear() and deletions over a range or an index, each key named', async () => {
    const db = open();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const base = { createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
    await db.programmes.bulkAdd(ids.map((id) => ({ id, name: `P ${id}`, shortName: id, description: '', ...base })));
    await db.table(SYNC_OUTBOX_TABLE).clear();
    await db.programmes.delete('a');
    await db.programmes.where('id').between('b', 'c', true, true).delete();
    await db.programmes.where('name').equals('P d').delete();
    await db.programmes.clear();
    expect(await keysIn(db)).toEqual(['programmes:a', 'programmes:b', 'programmes:c', 'programmes:d', 'programmes:e']);
  });

  it('records update(), bulkUpdate(), modify() and upsert() by key', async () => {
    const db = open();
    const base = { createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
    await db.programmes.bulkAdd(
      ['a', 'b', 'c'].map((id) => ({ id, name: id, shortName: id, description: '', ...base })),
    );
    await db.table(SYNC_OUTBOX_TABLE).clear();
    await db.programmes.update('a', { name: 'A' });
    await db.programmes.bulkUpdate([{ key: 'b', changes: { name: 'B' } }]);
    await db.programmes.where('id').equals('c').modify({ name: 'C' });
    await db.programmes.upsert('d', { name: 'D', shortName: 'd', description: '', ...base });
    expect(await keysIn(db)).toEqual(['programmes:a', 'programmes:b', 'programmes:c', 'programmes:d']);
  });

  it('records nothing for a write that fails, and keeps the rows of the ones that succeed in a bulk add', async () => {
    const db = open();
    const base = { createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
    const programme = (id: string) => ({ id, name: id, shortName: id, description: '', ...base });
    await db.programmes.add(programme('taken'));
    await db.programmes.bulkAdd([programme('taken'), programme('new')]).catch(() => undefined);
    expect(await keysIn(db)).toEqual(['programmes:taken', 'programmes:new']);
    await expect(
      db.transaction('rw', db.programmes, async () => {
        await db.programmes.put(programme('rolled-back'));
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    expect(await keysIn(db)).toEqual(['programmes:taken', 'programmes:new']);
  });

  it('records a cascade deletion and its Undo whole, in the transaction of each', async () => {
    const db = open();
    const [first, second] = [
      await createStakeholder(db, stakeholderInput()),
      await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' })),
    ];
    const contact = await createContact(db, contactInput(first.id));
    const relationship = await createRelationship(db, relationshipInput(first.id, second.id));
    await db.table(SYNC_OUTBOX_TABLE).clear();
    const { change } = await deleteStakeholders(db, [first.id]);
    const deleted = [`stakeholders:${first.id}`, `contacts:${contact.id}`, `relationships:${relationship.id}`];
    expect((await keysIn(db)).sort()).toEqual([...deleted].sort());
    await db.table(SYNC_OUTBOX_TABLE).clear();
    expect(await undoChange(db, await stampChange(change))).toMatchObject({ isApplied: true });
    expect((await keysIn(db)).sort()).toEqual([...deleted].sort());
  });

  it('leaves tables that stay on this laptop unrecorded', async () => {
    const db = open();
    await db.meta.put({ key: 'onboarding', value: true });
    await db.mapPositions.put({ viewId: 'default:regions', stakeholderId: 's', x: 1, y: 2 });
    expect(await outbox(db)).toEqual([]);
  });

  it('records nothing while this laptop is in no team', async () => {
    let member: string | null = null;
    const db = open(() => member);
    await createStakeholder(db, stakeholderInput());
    expect(await outbox(db)).toEqual([]);
    member = 'marco';
    const stakeholder = await createStakeholder(db, stakeholderInput());
    expect(await outbox(db)).toEqual([expect.objectContaining({ key: stakeholder.id, changedBy: 'marco' })]);
  });

  it('does not record the bridge’s writes of what came from the team, which live queries still see', async () => {
    const db = open();
    const seen: number[] = [];
    const subscription = liveQuery(() => db.stakeholders.count()).subscribe((count) => seen.push(count));
    const stakeholder = await createStakeholder(db, stakeholderInput());
    await writeUnrecorded(db, ['stakeholders'], async () => {
      await db.stakeholders.put({ ...stakeholder, id: 'from-the-team' });
      await db.stakeholders.delete(stakeholder.id);
    });
    expect(await keysIn(db)).toEqual([`stakeholders:${stakeholder.id}`]);
    await expect.poll(() => seen.at(-1)).toBe(1);
    expect(await db.stakeholders.get('from-the-team')).toBeDefined();
    subscription.unsubscribe();
  });
});
