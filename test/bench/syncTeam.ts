import { setUpTeam } from '../../scripts/team/teamSetup';
import { teamDatabaseName } from '../../scripts/team/teamRules';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { docIdOf, syncDocBody, type SyncedRecord, type SyncedTable } from '../../shared/sync/syncDocs';
import { startTeamServer, type TeamServer } from '../support/teamServer';

// The team the sync scenarios join: pouchdb-server in memory on 127.0.0.1 (the tests' server),
// one team database holding the size's network written as the app writes it — `<table>:<id>`,
// body {table, record, changedBy, changedAt} — through the admin's _bulk_docs.

export const BENCH_TEAM = 'bench';
export const BENCH_MEMBERS = [
  { userName: 'anna', password: 'anna-bench-password-1' },
  { userName: 'marco', password: 'marco-bench-password-1' },
] as const;
export type BenchMember = (typeof BENCH_MEMBERS)[number];

/** Documents per _bulk_docs request while the team's network is loaded. */
const LOAD_SLICE = 5_000;

export interface BenchTeam {
  server: TeamServer;
  team: string;
  databaseUrl: string;
  /** Documents the team database holds (the network's records). */
  documents: number;
  /** Records per synced table, as a laptop must end up holding them. */
  expected: Record<string, number>;
  loadMs: number;
  stop(): Promise<void>;
}

const basic = (name: string, password: string) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

function networkDocs(network: SampleNetwork, author: string): Array<Record<string, unknown>> {
  const docs: Array<Record<string, unknown>> = [];
  for (const [table, records] of Object.entries(network) as Array<[SyncedTable, SyncedRecord[]]>) {
    for (const record of records) {
      const changedAt = typeof record.updatedAt === 'string' ? record.updatedAt : '2026-01-01T08:00:00.000Z';
      docs.push({ _id: docIdOf(table, record.id), ...syncDocBody(table, record, author, changedAt) });
    }
  }
  return docs;
}

/** Starts the server, sets the team up (no write rule: pouchdb-server drops replicated deletions under one) and loads the network. */
export async function startBenchTeam(network: SampleNetwork, appOrigin: string): Promise<BenchTeam> {
  const server = await startTeamServer();
  try {
    await setUpTeam({
      url: server.url,
      team: BENCH_TEAM,
      admin: server.admin,
      origins: [appOrigin],
      writeRule: false,
      members: BENCH_MEMBERS.map((member) => ({ name: member.userName, password: member.password })),
    });
    const databaseUrl = `${server.url}/${teamDatabaseName(BENCH_TEAM)}`;
    const docs = networkDocs(network, BENCH_MEMBERS[0].userName);
    const start = Date.now();
    for (let from = 0; from < docs.length; from += LOAD_SLICE) {
      const response = await fetch(`${databaseUrl}/_bulk_docs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: basic(server.admin.name, server.admin.password) },
        body: JSON.stringify({ docs: docs.slice(from, from + LOAD_SLICE) }),
      });
      if (!response.ok) throw new Error(`Loading the team's network: HTTP ${response.status} ${await response.text()}`);
      const outcomes = (await response.json()) as Array<{ ok?: boolean; id?: string; error?: string }>;
      const failed = outcomes.filter((outcome) => !outcome.ok);
      if (failed.length > 0)
        throw new Error(`Loading the team's network: ${failed.length} refused, first ${JSON.stringify(failed[0])}`);
    }
    const loadMs = Date.now() - start;
    const info = (await (
      await fetch(databaseUrl, { headers: { Authorization: basic(server.admin.name, server.admin.password) } })
    ).json()) as { doc_count?: number };
    if (info.doc_count !== docs.length)
      throw new Error(`The team database holds ${info.doc_count} documents, ${docs.length} were loaded`);
    const expected = Object.fromEntries(
      Object.entries(network)
        .filter(([, records]) => (records as unknown[]).length > 0)
        .map(([table, records]) => [table, (records as unknown[]).length]),
    );
    return {
      server,
      team: BENCH_TEAM,
      databaseUrl,
      documents: docs.length,
      expected,
      loadMs,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
