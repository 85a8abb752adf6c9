// `npm run team:dev [-- --port <port>]`: a team server to try sync on this computer. It lives in
// memory (everything is gone when it stops) and listens on 127.0.0.1 only.
import { startTeamServer, type TeamServer } from '../../test/support/teamServer';
import { describeReport } from './setupCli';
import { setUpTeam, type TeamSetupReport } from './teamSetup';
import { TeamSetupError } from './teamRules';

export const DEV_TEAM = 'demo';
export const DEV_MEMBERS = [
  { name: 'anna', password: 'anna-demo-password' },
  { name: 'marco', password: 'marco-demo-password' },
] as const;
const DEFAULT_PORT = 5984;

export async function startDevTeam(port: number): Promise<{ server: TeamServer; report: TeamSetupReport }> {
  const server = await startTeamServer({ port });
  try {
    const report = await setUpTeam({
      url: server.url,
      team: DEV_TEAM,
      admin: server.admin,
      members: DEV_MEMBERS.map((member) => ({ ...member })),
      // pouchdb-server drops replicated deletions under a write rule (teamSetup.ts `writeRule`).
      writeRule: false,
    });
    return { server, report };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export function parsePort(argv: readonly string[]): number {
  if (argv.length === 0) return DEFAULT_PORT;
  const [flag, value] = argv[0]?.startsWith('--port=') ? ['--port', argv[0].slice(7)] : argv;
  const port = Number(value);
  if (flag !== '--port' || argv.length > 2 || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new TeamSetupError('Usage: npm run team:dev [-- --port <1-65535>]');
  }
  return port;
}

export async function main(argv: readonly string[]): Promise<void> {
  let port: number;
  try {
    port = parsePort(argv);
  } catch (error) {
    console.error(`team:dev: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  let started: Awaited<ReturnType<typeof startDevTeam>>;
  try {
    started = await startDevTeam(port);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`team:dev: could not start the team server on 127.0.0.1:${port}: ${message}`);
    process.exitCode = 1;
    return;
  }
  const { server, report } = started;
  console.log(describeReport(report));
  console.log(`
Team server for trying Trama's sync (in memory: everything is lost when it stops)
  Server address: ${server.url}
  Team:           ${DEV_TEAM}
${DEV_MEMBERS.map((member) => `  Member:         ${member.name} / ${member.password}`).join('\n')}
  Server admin:   ${server.admin.name} / ${server.admin.password}
Press Ctrl-C to stop.`);
  const crashed = await Promise.race([
    new Promise<undefined>((resolve) => {
      process.once('SIGINT', () => resolve(undefined));
      process.once('SIGTERM', () => resolve(undefined));
    }),
    server.exited,
  ]);
  await server.stop();
  if (crashed === undefined) return void console.log('Team server stopped.');
  console.error(`team:dev: the team server stopped unexpectedly; its last output:\n${crashed}`);
  process.exitCode = 1;
}
