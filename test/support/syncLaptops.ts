import { vi } from 'vitest';
import type { TramaDatabase } from '../../renderer/db/db';
import { createSyncEngine, type SyncEngine } from '../../renderer/sync/syncEngine';
import { MemoryPouch } from './memoryPouch';
import { openSyncTestDatabase } from './syncDatabase';
import type { TeamServer } from './teamServer';
import type { KeptCopyStores } from '../../renderer/db/erasureCopies';

// Laptops of a team for sync tests: each its own app database, in-memory PouchDB and engine,
// all replicating with one team database on a test server (test/support/teamServer.ts).

export interface Laptop {
  member: string;
  db: TramaDatabase;
  engine: SyncEngine;
  /** Opens an engine like the first, on the same databases: the app started again. */
  restartEngine(): SyncEngine;
}

/** Quick retries: a test waits for the replication, it does not time it. */
const TEST_BACK_OFF_MS = 300;
/** Short waits for changes: a connection that died silently is given up on soon. */
const TEST_LONGPOLL_MS = 1_000;
const TEST_REQUEST_LIMIT_MS = 3_000;
/** How long a test waits for two laptops to agree before failing: a hang guard, not a speed check. */
export const CONVERGENCE_LIMIT_MS = 20_000;

function authorization(server: TeamServer): string {
  return `Basic ${btoa(`${server.admin.name}:${server.admin.password}`)}`;
}

/** Asks the test server as its admin; throws on an answer other than `expected`. */
export async function adminRequest(
  server: TeamServer,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: authorization(server), 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export async function createTeamDatabase(server: TeamServer, name = `trama-test-${crypto.randomUUID()}`) {
  await adminRequest(server, `/${name}`, { method: 'PUT' });
  return name;
}

/**
 * A laptop of `member`; `url` is where it finds the server (a relay in front of it, say);
 * `keptCopyStores`, the copies its app keeps (backups folder, browser safety copies), which a
 * teammate's erasure reaches.
 */
export function openLaptop(
  server: TeamServer,
  database: string,
  member: string,
  url = server.url,
  keptCopyStores?: KeptCopyStores,
): Laptop {
  const db = openSyncTestDatabase(() => member);
  // The memory adapter keeps a database's contents by name until it is destroyed, like a disk.
  const localName = `laptop-${member}-${crypto.randomUUID()}`;
  const openEngine = () =>
    createSyncEngine({
      db,
      Pouch: MemoryPouch,
      localName,
      localOptions: { adapter: 'memory' },
      remoteUrl: `${url}/${database}`,
      auth: { username: server.admin.name, password: server.admin.password },
      member,
      maxBackOffMs: TEST_BACK_OFF_MS,
      longpollMs: TEST_LONGPOLL_MS,
      requestLimitMs: TEST_REQUEST_LIMIT_MS,
      ...(keptCopyStores && { keptCopyStores }),
    });
  const laptop: Laptop = {
    member,
    db,
    engine: openEngine(),
    restartEngine: () => (laptop.engine = openEngine()),
  };
  return laptop;
}

export async function closeLaptop(laptop: Laptop): Promise<void> {
  await laptop.engine.stop();
  await laptop.db.delete();
}

/** Waits until `read` gives what `check` accepts (it throws otherwise). */
export function eventually<T>(read: () => Promise<T>, check: (value: T) => void): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await read();
      check(value);
      return value;
    },
    { timeout: CONVERGENCE_LIMIT_MS, interval: 50 },
  );
}
