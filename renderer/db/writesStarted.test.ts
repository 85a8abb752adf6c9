import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import { memoryPouchDatabase, MemoryPouch } from '../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import { applyInbound } from '../sync/inboundApply';
import { pumpOutbox } from '../sync/outboxPump';
import type { TramaDatabase } from './db';
import { createStakeholder } from './repositories/stakeholders';
import { parseBackup } from '../../shared/io/backup';
import { createBackupJson, restoreBackup } from './backup';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { noteWriteStarted, writesStarted } from './writesStarted';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** What another window or worker of the app says on the channel. */
function fromElsewhere(message: unknown): Promise<void> {
  const other = new BroadcastChannel('trama-writes-started');
  other.postMessage(message);
  other.close();
  // Delivered as a task of its own: a message sent after it to this context arrives after it.
  const marker = new BroadcastChannel('trama-writes-started');
  const arrived = new Promise<void>((resolve) => {
    const listener = new BroadcastChannel('trama-writes-started');
    listener.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === 'marker') {
        listener.close();
        resolve();
      }
    };
  });
  marker.postMessage('marker');
  marker.close();
  return arrived;
}

describe('the writes started on a database', () => {
  it('count every read-write transaction the app opens, and no reads', async () => {
    await db.open();
    const before = writesStarted(db.name);
    await db.stakeholders.toArray();
    await db.transaction('r', db.meta, () => db.meta.get('x'));
    expect(writesStarted(db.name)).toBe(before);
    await db.meta.put({ key: 'a', value: 1 });
    expect(writesStarted(db.name)).toBe(before + 1);
    await db.transaction('rw', db.meta, db.stakeholders, async () => {
      await db.meta.put({ key: 'b', value: 2 });
      await db.meta.delete('a');
    });
    expect(writesStarted(db.name)).toBe(before + 2);
  });

  it('count a write as soon as its transaction opens, before it commits', async () => {
    await db.open();
    const before = writesStarted(db.name);
    let seenInside = -1;
    await db.transaction('rw', db.meta, async () => {
      seenInside = writesStarted(db.name);
      await db.meta.put({ key: 'a', value: 1 });
    });
    expect(seenInside).toBe(before + 1);
  });

  it('count a write that fails and is rolled back (it may have been seen)', async () => {
    await db.open();
    const before = writesStarted(db.name);
    await expect(
      db.transaction('rw', db.meta, async () => {
        await db.meta.put({ key: 'a', value: 1 });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(writesStarted(db.name)).toBe(before + 1);
  });

  it('are counted per database', async () => {
    const other = freshDatabase();
    try {
      const before = writesStarted(db.name);
      await other.meta.put({ key: 'a', value: 1 });
      expect(writesStarted(db.name)).toBe(before);
      expect(writesStarted(other.name)).toBeGreaterThan(0);
    } finally {
      await other.delete();
    }
  });

  it('count the writes other windows and workers tell of, and ignore messages of any other shape', async () => {
    const before = writesStarted(db.name);
    await fromElsewhere({ database: db.name });
    expect(writesStarted(db.name)).toBe(before + 1);
    for (const hostile of [null, 'x', 42, { database: 7 }, { database: null }, [db.name], { name: db.name }])
      await fromElsewhere(hostile);
    await fromElsewhere({ database: '__proto__' });
    expect(writesStarted(db.name)).toBe(before + 1);
    expect(writesStarted('__proto__')).toBe(1);
    expect(({} as Record<string, unknown>).database).toBeUndefined();
  });

  it('tell the app’s other windows and workers of the writes opened here', async () => {
    const listener = new BroadcastChannel('trama-writes-started');
    const heard = new Promise<unknown>((resolve) => (listener.onmessage = (event) => resolve(event.data)));
    try {
      noteWriteStarted('told-elsewhere');
      expect(await heard).toEqual({ database: 'told-elsewhere' });
    } finally {
      listener.close();
    }
  });

  it('count a change that came from the team, though the outbox does not record it', async () => {
    const [anna, marco] = [openSyncTestDatabase(() => 'anna'), openSyncTestDatabase(() => 'marco')];
    const [annaLocal, marcoLocal] = [memoryPouchDatabase(), memoryPouchDatabase()];
    try {
      const stakeholder = await createStakeholder(anna, stakeholderInput({ name: 'Da Anna' }));
      await pumpOutbox(anna, annaLocal);
      await MemoryPouch.replicate(annaLocal, marcoLocal);
      await marco.open();
      const before = writesStarted(marco.name);
      expect(await applyInbound(marco, marcoLocal)).toMatchObject({ applied: 1 });
      expect((await marco.stakeholders.get(stakeholder.id))?.name).toBe('Da Anna');
      expect(writesStarted(marco.name)).toBeGreaterThan(before);
    } finally {
      await Promise.all([anna.delete(), marco.delete(), annaLocal.destroy(), marcoLocal.destroy()]);
    }
  });

  it('count a restore, which writes on a connection of its own', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Held here' }));
    const backup = parseBackup(await createBackupJson(db), CURRENT_SCHEMA_VERSION);
    const before = writesStarted(db.name);
    await restoreBackup(db, backup, 'replace');
    expect(writesStarted(db.name)).toBeGreaterThan(before);
  });
});
