import { afterEach, describe, expect, it } from 'vitest';
import { memoryPouchDatabase } from '../../test/support/memoryPouch';
import { openSyncTestDatabase } from '../../test/support/syncDatabase';
import { applyInbound } from './inboundApply';
import { countInboundBacklog } from './inboundBacklog';
import type { PouchDatabase } from './pouchdb';

// On a restart, what an earlier pull left unapplied gives the progress bar its total: the
// changes after the inbound checkpoint, none once the applier has read them.

const opened: PouchDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((local) => local.destroy()));
});

function localCopy(): PouchDatabase {
  const local = memoryPouchDatabase();
  opened.push(local);
  return local;
}

describe('the inbound backlog', () => {
  it('is nothing on an empty laptop', async () => {
    expect(await countInboundBacklog(localCopy())).toBe(0);
  });

  it('counts what came in after the checkpoint, and nothing once the applier has read it', async () => {
    const local = localCopy();
    const db = openSyncTestDatabase(() => 'marco');
    await local.bulkDocs([{ _id: 'unknown:1' }, { _id: 'unknown:2' }, { _id: 'unknown:3' }]);
    expect(await countInboundBacklog(local)).toBe(3);
    // Documents of no table are set aside, but read: the checkpoint moves past them.
    await applyInbound(db, local, 2);
    expect(await countInboundBacklog(local)).toBe(1);
    await applyInbound(db, local, 2);
    expect(await countInboundBacklog(local)).toBe(0);
    await db.delete();
  });
});
