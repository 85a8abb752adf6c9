import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../../test/support/builders';
import type { TramaDatabase } from '../../db/db';
import type { SafetyCopy, SafetyCopyBeingKept } from '../../db/safetyCopyBeforeRestore';
import { writesStarted } from '../../db/writesStarted';
import { safetyCopyFromPreview, type DataRead } from './safetyCopyFromPreview';

let db: TramaDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const keptFromRead: SafetyCopy = { where: 'browser', copyId: 1, isNew: true, pruned: [] };
const keptAfresh: SafetyCopy = { where: 'browser', copyId: 2, isNew: true, pruned: [] };

/** A preview's read of the data, noted before it began as backupInWorker.ts notes it. */
function dataReadNow() {
  const copy = vi.fn((): Promise<SafetyCopyBeingKept> => Promise.resolve({ kept: Promise.resolve(keptFromRead) }));
  const release = vi.fn();
  const read: DataRead = { writesBefore: writesStarted(db.name), copy, release };
  return { read, copy, release };
}

const afresh = () => vi.fn(() => Promise.resolve({ kept: Promise.resolve(keptAfresh) }));

async function keptBy(take: () => Promise<unknown>): Promise<unknown> {
  const taken = (await take()) as SafetyCopyBeingKept;
  return taken.kept;
}

describe('the copy taken before a restore, from the preview’s read', () => {
  it('is made from the data the preview read when nothing was written since: the database is not read again', async () => {
    const { read, copy, release } = dataReadNow();
    await db.stakeholders.toArray();
    const takeAfresh = afresh();
    const take = safetyCopyFromPreview(read, db.name, undefined, takeAfresh);
    expect(await keptBy(take)).toBe(keptFromRead);
    expect(copy).toHaveBeenCalledOnce();
    expect(takeAfresh).not.toHaveBeenCalled();
    expect(release).not.toHaveBeenCalled();
  });

  it('reads the data afresh once a write has opened since the preview read it, and lets the read go', async () => {
    const { read, copy, release } = dataReadNow();
    await db.meta.put({ key: 'written-after-the-preview', value: true });
    const takeAfresh = afresh();
    const take = safetyCopyFromPreview(read, db.name, undefined, takeAfresh);
    expect(await keptBy(take)).toBe(keptAfresh);
    expect(copy).not.toHaveBeenCalled();
    expect(takeAfresh).toHaveBeenCalledOnce();
    expect(release).toHaveBeenCalledOnce();
  });

  it('reads afresh when a write is still in progress: it counts from the moment it opens', async () => {
    const { read, copy } = dataReadNow();
    const takeAfresh = afresh();
    const take = safetyCopyFromPreview(read, db.name, undefined, takeAfresh);
    let taken: unknown;
    await db.transaction('rw', db.meta, async () => {
      taken = await keptBy(take);
      await db.meta.put({ key: 'a', value: 1 });
    });
    expect(taken).toBe(keptAfresh);
    expect(copy).not.toHaveBeenCalled();
  });

  it('uses the preview’s read once only: a restore tried again after a cancel reads afresh', async () => {
    const { read, copy } = dataReadNow();
    const takeAfresh = afresh();
    const take = safetyCopyFromPreview(read, db.name, undefined, takeAfresh);
    expect(await keptBy(take)).toBe(keptFromRead);
    expect(await keptBy(take)).toBe(keptAfresh);
    expect(copy).toHaveBeenCalledOnce();
  });

  it('reads afresh when no read was kept (the database held no work, or the worker could not keep it)', async () => {
    const takeAfresh = afresh();
    expect(await keptBy(safetyCopyFromPreview(null, db.name, undefined, takeAfresh))).toBe(keptAfresh);
  });

  it('hands the desktop’s backups folder on to the copy', async () => {
    const { read, copy } = dataReadNow();
    const store = { list: vi.fn(), read: vi.fn(), writeSafetyCopy: vi.fn() } as never;
    await keptBy(safetyCopyFromPreview(read, db.name, store, afresh()));
    expect(copy).toHaveBeenCalledWith(store);
  });
});
