import { describe, expect, it } from 'vitest';
import { memoryPouchDatabase, MemoryPouch } from '../../test/support/memoryPouch';
import { recordChanges } from './recordChanges';

// Who changed a record, newest first, from the revisions this laptop's copy holds.

const body = (changedBy: string, changedAt: string, name: string) => ({
  table: 'stakeholders',
  record: { id: 's1', name },
  changedBy,
  changedAt,
});

describe('the changes of a record', () => {
  it('lists each revision held here with its author and time, newest first, and the deletion', async () => {
    const local = memoryPouchDatabase();
    const first = await local.put({ _id: 'stakeholders:s1', ...body('anna', '2026-12-01T09:00:00.000Z', 'ASL') });
    const second = await local.put({
      _id: 'stakeholders:s1',
      _rev: first.rev,
      ...body('marco', '2026-12-02T10:00:00.000Z', 'ASL Roma 1'),
    });
    await local.put({
      _id: 'stakeholders:s1',
      _rev: second.rev,
      _deleted: true,
      table: 'stakeholders',
      changedBy: 'anna',
      changedAt: '2026-12-03T11:00:00.000Z',
    });
    expect(await recordChanges(local, 'stakeholders', 's1')).toEqual({
      changes: [
        { changedBy: 'anna', changedAt: '2026-12-03T11:00:00.000Z', isDeletion: true },
        { changedBy: 'marco', changedAt: '2026-12-02T10:00:00.000Z', isDeletion: false },
        { changedBy: 'anna', changedAt: '2026-12-01T09:00:00.000Z', isDeletion: false },
      ],
      unknownEarlier: 0,
    });
  });

  it('says how many earlier steps it cannot read, when only the latest came by replication', async () => {
    const elsewhere = memoryPouchDatabase();
    const first = await elsewhere.put({ _id: 'stakeholders:s1', ...body('anna', '2026-12-01T09:00:00.000Z', 'ASL') });
    await elsewhere.put({ _id: 'stakeholders:s1', _rev: first.rev, ...body('marco', '2026-12-02T10:00:00.000Z', 'B') });
    const here = memoryPouchDatabase();
    await MemoryPouch.replicate(elsewhere, here);
    const changes = await recordChanges(here, 'stakeholders', 's1');
    expect(changes.changes).toEqual([{ changedBy: 'marco', changedAt: '2026-12-02T10:00:00.000Z', isDeletion: false }]);
    expect(changes.unknownEarlier).toBe(1);
  });

  it('is empty for a record the team has never had, and ignores an author that is not a name', async () => {
    const local = memoryPouchDatabase();
    expect(await recordChanges(local, 'stakeholders', 'missing')).toEqual({ changes: [], unknownEarlier: 0 });
    await local.put({
      _id: 'stakeholders:s2',
      table: 'stakeholders',
      record: { id: 's2' },
      changedBy: { evil: 1 },
      changedAt: '2026-12-01T09:00:00.000Z',
    });
    expect((await recordChanges(local, 'stakeholders', 's2')).changes).toEqual([
      { changedBy: null, changedAt: '2026-12-01T09:00:00.000Z', isDeletion: false },
    ]);
  });
});
