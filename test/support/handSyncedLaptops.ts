import { afterEach } from 'vitest';
import type { TramaDatabase } from '../../renderer/db/db';
import { listConflicts } from '../../renderer/sync/conflicts';
import { applyInbound, readInboundCheckpoint } from '../../renderer/sync/inboundApply';
import { pumpOutbox } from '../../renderer/sync/outboxPump';
import type { PouchDatabase } from '../../renderer/sync/pouchdb';
import { memoryPouchDatabase, MemoryPouch } from './memoryPouch';
import { openSyncTestDatabase } from './syncDatabase';

// Two (or more) laptops of a team without a server: each its app database and a local
// in-memory PouchDB, replicated by hand, so that a test decides what each has sent and seen.
// The team server keeps the same revision trees, so what stays live here stays live there.
// For laptops syncing through a server by their engines, see syncLaptops.ts.

export interface HandSyncedLaptop {
  db: TramaDatabase;
  local: PouchDatabase;
  member: string;
}

/** Opens laptops for the tests of one file; each is deleted after its test. */
export function handSyncedLaptops(): (member: string) => HandSyncedLaptop {
  const opened: HandSyncedLaptop[] = [];
  afterEach(async () => {
    await Promise.all(
      opened.splice(0).map(async (laptop) => Promise.all([laptop.db.delete(), laptop.local.destroy()])),
    );
  });
  return (member) => {
    const laptop = { db: openSyncTestDatabase(() => member), local: memoryPouchDatabase(), member };
    opened.push(laptop);
    return laptop;
  };
}

export async function replicate(a: HandSyncedLaptop, b: HandSyncedLaptop): Promise<void> {
  await MemoryPouch.replicate(a.local, b.local);
  await MemoryPouch.replicate(b.local, a.local);
}

/** What the laptop's outbox holds goes to its PouchDB, and what its PouchDB received is applied. */
export async function bridge(laptop: HandSyncedLaptop): Promise<void> {
  await pumpOutbox(laptop.db, laptop.local, undefined, laptop.member);
  await applyInbound(laptop.db, laptop.local);
}

/** Both laptops hand over, replicate and apply, twice (what one arrives with may need sending back). */
export async function syncBoth(a: HandSyncedLaptop, b: HandSyncedLaptop): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await bridge(a);
    await bridge(b);
    await replicate(a, b);
    await bridge(a);
    await bridge(b);
  }
}

export const conflictsOn = async (laptop: HandSyncedLaptop) =>
  listConflicts(laptop.local, (await readInboundCheckpoint(laptop.local)).conflicted);
