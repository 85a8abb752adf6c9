import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { writesOf, writtenStamp, type TransactionWrites } from './writeLog';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** Runs `write` in a read-write transaction and hands back what the transaction noted. */
async function writesDuring(tables: string[], write: () => Promise<unknown>): Promise<TransactionWrites> {
  let writes: TransactionWrites | undefined;
  await db.transaction('rw', tables, async () => {
    writes = writesOf(Dexie.currentTransaction.idbtrans);
    await write();
  });
  expect(await writes!.settled).toBe(true);
  return writes!;
}

describe('the writes a transaction notes', () => {
  it('notes puts, deletes, whole-table clears and writes after them, as the rows stand at the end', async () => {
    await db.meta.bulkPut([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 },
    ]);
    const writes = await writesDuring(['meta'], async () => {
      await db.meta.put({ key: 'c', value: { nested: [1] } });
      await db.meta.clear();
      await db.meta.put({ key: 'b', value: 3 });
      await db.meta.delete('b');
      await db.meta.put({ key: 'd', value: 4 });
    });
    expect(writtenStamp(writes, 'meta', 'a')).toEqual({ kind: 'absent' });
    expect(writtenStamp(writes, 'meta', 'b')).toEqual({ kind: 'absent' });
    expect(writtenStamp(writes, 'meta', 'c')).toEqual({ kind: 'absent' });
    expect(writtenStamp(writes, 'meta', 'd')).toEqual({ kind: 'row', row: { key: 'd', value: 4 } });
    expect(writtenStamp(writes, 'stakeholders', 'a')).toBeUndefined();
  });

  it('keeps a copy of rows without updatedAt: changing the object afterwards changes nothing noted', async () => {
    const position = { viewId: 'default:regions', stakeholderId: 's1', x: 1, y: 2 };
    const writes = await writesDuring(['mapPositions'], () => db.mapPositions.put(position));
    position.x = 99;
    expect(writtenStamp(writes, 'mapPositions', ['default:regions', 's1'])).toEqual({
      kind: 'row',
      row: { viewId: 'default:regions', stakeholderId: 's1', x: 1, y: 2 },
    });
  });

  it('leaves out what a bulk add could not write when the caller goes on', async () => {
    await db.meta.put({ key: 'taken', value: 'old' });
    const writes = await writesDuring(['meta'], () =>
      db.meta
        .bulkAdd([
          { key: 'new', value: 1 },
          { key: 'taken', value: 'new' },
        ])
        .catch(() => undefined),
    );
    expect(writtenStamp(writes, 'meta', 'new')).toEqual({ kind: 'row', row: { key: 'new', value: 1 } });
    expect(writtenStamp(writes, 'meta', 'taken')).toBeUndefined();
    expect((await db.meta.get('taken'))?.value).toBe('old');
  });

  it('says when a transaction did not go through', async () => {
    let writes: TransactionWrites | undefined;
    await db
      .transaction('rw', db.meta, async () => {
        writes = writesOf(Dexie.currentTransaction.idbtrans);
        await db.meta.put({ key: 'x', value: 1 });
        throw new Error('stop');
      })
      .catch(() => undefined);
    expect(await writes!.settled).toBe(false);
    expect(writes!.state()).toBe('aborted');
  });

  it('notes nothing for a read-only transaction', async () => {
    await db.transaction('r', db.meta, () => {
      expect(writesOf(Dexie.currentTransaction.idbtrans)).toBeUndefined();
    });
  });
});
