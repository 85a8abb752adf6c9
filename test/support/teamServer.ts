// A team sync server for tests and `npm run team:dev`: pouchdb-server in memory, in a child
// process on 127.0.0.1, with a server admin. It speaks CouchDB's HTTP protocol, but it is not
// a security boundary (members can rewrite it; see scripts/team/teamSetup.ts): tests use it to check what our code sends
// and how it reads the answers, not to prove that CouchDB keeps strangers out.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TeamServerOptions {
  /** A fixed port (team:dev); by default a free one is chosen. */
  port?: number;
  admin?: { name: string; password: string };
}

export interface TeamServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  port: number;
  admin: { name: string; password: string };
  /** Ends the server and waits until its process has exited; its temporary folder is removed. */
  stop(): Promise<void>;
  /** Settles when the server's process ends, with its last output (a crash's stack trace). */
  exited: Promise<string>;
}

const HOST = '127.0.0.1';
const STARTUP_LIMIT_MS = 30_000;
const STOP_LIMIT_MS = 5_000;
const PORT_ATTEMPTS = 5;
const OUTPUT_KEPT = 4_000;

const FOLDER_PREFIX = 'trama-team-server-';

// Runs inside the child (`node -e`), whose working folder is its temporary folder: it ends
// with its parent and removes that folder, because a parent that dies without stop() (a
// killed test worker) closes the stdin pipe. pouchdb-server reads its options from
// process.argv.slice(2), which `node -e` shortens by one, hence the rewrite.
const CHILD_PROGRAM = `
const { basename } = require('node:path');
const { rmSync } = require('node:fs');
const serverMain = process.argv[1];
process.argv = [process.argv[0], 'pouchdb-server', ...process.argv.slice(2)];
const end = () => {
  if (basename(process.cwd()).startsWith(${JSON.stringify(FOLDER_PREFIX)})) {
    rmSync(process.cwd(), { recursive: true, force: true });
  }
  process.exit(0);
};
process.stdin.on('end', end);
process.stdin.on('error', end);
process.stdin.resume();
require(serverMain);
`;

class PortInUse extends Error {}

export async function startTeamServer(options: TeamServerOptions = {}): Promise<TeamServer> {
  const admin = options.admin ?? { name: 'admin', password: randomBytes(18).toString('base64url') };
  const attempts = options.port === undefined ? PORT_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await startOn(port, admin);
    } catch (error) {
      // Another process may take a free port between our look and the server's bind.
      if (!(error instanceof PortInUse) || attempt >= attempts) throw error;
    }
  }
}

async function startOn(port: number, admin: { name: string; password: string }): Promise<TeamServer> {
  const folder = mkdtempSync(join(tmpdir(), FOLDER_PREFIX));
  // The config file names the log file (else ./log.txt in the working folder) and carries a
  // token that GET / echoes, so we know the server answering is ours and not a stranger's.
  const token = `trama-test-${randomBytes(8).toString('hex')}`;
  const configFile = join(folder, 'config.json');
  writeFileSync(configFile, JSON.stringify({ log: { file: join(folder, 'log.txt') }, vendor: { name: token } }));
  const child = spawn(
    process.execPath,
    [
      '-e',
      CHILD_PROGRAM,
      pouchdbServerMain(),
      '--in-memory',
      '--no-stdout-logs',
      '--host',
      HOST,
      '--port',
      String(port),
      '--config',
      configFile,
      '--dir',
      join(folder, 'databases'),
    ],
    // Detached: its own process group, so a Ctrl-C in team:dev's terminal reaches only us and
    // we stop it ourselves; stdin tells it when we are gone.
    { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => keep(Buffer.from(`\n${String(error)}`)));
  // 'close' comes after the process's last output has been read.
  const exited = new Promise<string>((resolve) => child.once('close', () => resolve(output)));
  const url = `http://${HOST}:${port}`;
  const stop = async (): Promise<void> => {
    await endProcess(child, exited);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(url, token, child, () => output);
    await createServerAdmin(url, admin);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, admin, stop, exited };
}

function pouchdbServerMain(): string {
  // Resolved from this module's place, which also works from the bundle that team:dev runs
  // (it is written inside node_modules/.cache, so the project's node_modules is found).
  const packageJson = createRequire(import.meta.url).resolve('pouchdb-server/package.json');
  return join(dirname(packageJson), 'lib', 'index.js');
}

/** A port nothing listens on at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port')),
      );
    });
  });
}

async function waitUntilAnswering(url: string, token: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (/already in use/i.test(output())) throw new PortInUse(`Port of ${url} is in use`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`pouchdb-server exited while starting (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    const vendor = await vendorName(url);
    if (vendor === token) return;
    if (vendor !== undefined) throw new PortInUse(`Another server answers on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`pouchdb-server did not answer on ${url} within ${STARTUP_LIMIT_MS / 1000} s:\n${output()}`);
}

/** The vendor name of the server answering GET /, or undefined when nothing answers yet. */
async function vendorName(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
    const body = (await response.json()) as { vendor?: { name?: unknown } };
    return typeof body.vendor?.name === 'string' ? body.vendor.name : '';
  } catch {
    return undefined;
  }
}

async function createServerAdmin(url: string, admin: { name: string; password: string }): Promise<void> {
  // The server starts in "admin party" (everyone is admin) until the first admin exists.
  const created = await fetch(`${url}/_config/admins/${encodeURIComponent(admin.name)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin.password),
  });
  if (!created.ok) throw new Error(`Could not create the server admin: HTTP ${created.status} ${await created.text()}`);
  const session = await fetch(`${url}/_session`, {
    headers: { Authorization: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}` },
  });
  const body = (await session.json()) as { userCtx?: { roles?: string[] } };
  if (!body.userCtx?.roles?.includes('_admin')) throw new Error('The new server admin cannot log in');
}

async function endProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_LIMIT_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
