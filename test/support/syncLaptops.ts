import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { TramaDatabase } from '../../renderer/db/db';
import type { FetchLike } from '../../renderer/sync/remoteFetch';
import { createSyncEngine, type SyncEngine } from '../../renderer/sync/syncEngine';
import { MemoryPouch } from './memoryPouch';
import { openSyncTestDatabase } from './syncDatabase';
import { startTeamServer, type TeamServer } from './teamServer';
import type { KeptCopyStores } from '../../renderer/db/erasureCopies';

// Laptops of a team for sync tests: each its own app database, in-memory PouchDB and engine,
// all replicating with one team database on a test server (test/support/teamServer.ts). A test
// file opens them through teamPerFile(), which starts the server and closes the laptops.

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

async function createTeamDatabase(server: TeamServer, name = `trama-test-${crypto.randomUUID()}`) {
  await adminRequest(server, `/${name}`, { method: 'PUT' });
  return name;
}

export interface LaptopOptions {
  /** Where the laptop finds the server: a relay in front of it, say. */
  url?: string;
  /** The copies its app keeps (backups folder, browser safety copies), which a teammate's erasure reaches. */
  keptCopyStores?: KeptCopyStores;
  /** How it asks the server: through a network a test can lose, say. */
  fetch?: FetchLike;
}

/** A laptop of `member`, syncing with `database` on `server`. */
function openLaptop(
  server: TeamServer,
  database: string,
  member: string,
  { url = server.url, keptCopyStores, fetch }: LaptopOptions = {},
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
      ...(fetch && { remoteOptions: { fetch } }),
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

async function closeLaptop(laptop: Laptop): Promise<void> {
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

export interface TeamPerFile {
  /** The file's server: it runs from before the first test to after the last. */
  readonly server: TeamServer;
  /** A new team database on the server, for one test's laptops alone. */
  database(): Promise<string>;
  /**
   * A laptop as openLaptop's, closed after the test once its copies are checked. `server`
   * stands in for the file's (a wrong password, say).
   */
  laptop(database: string, member: string, options?: LaptopOptions & { server?: TeamServer }): Laptop;
}

/**
 * One team server for the tests of a file, and the laptops each test opens on it. Call it
 * once at the top of the file. Tests keep apart by their databases, not by their servers:
 * starting a server takes seconds on a loaded machine.
 */
export function teamPerFile(): TeamPerFile {
  let server: TeamServer | null = null;
  const open: Laptop[] = [];
  beforeAll(async () => {
    server = await startTeamServer();
  });
  afterAll(async () => {
    await server?.stop();
    server = null;
  });
  afterEach(async () => {
    const laptops = open.splice(0);
    // A teammate's erasure may still be being checked in a laptop's copies, which read its database.
    await Promise.all(laptops.map((laptop) => laptop.engine.copiesChecked()));
    await Promise.all(laptops.map(closeLaptop));
  });
  const team: TeamPerFile = {
    get server() {
      if (!server) throw new Error('The team server runs only while the file’s tests run.');
      return server;
    },
    database: () => createTeamDatabase(team.server),
    laptop(database, member, { server = team.server, ...options } = {}) {
      const opened = openLaptop(server, database, member, options);
      open.push(opened);
      return opened;
    },
  };
  return team;
}
