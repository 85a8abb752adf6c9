import { SYNCED_TABLES } from '../../shared/domain/entities';
import { isSameValue } from '../../shared/io/restoreDiff';
import { docIdOf, parseDocId, type SyncedTable } from '../../shared/sync/syncDocs';
import type { TramaDatabase } from '../db/tramaDatabase';
import { recordOfRow } from './syncRows';
import { isOfferedToTeam } from './syncOutbox';
import { basicAuth, type TeamCredentials } from './teamAccess';

// Before a laptop that already holds records joins, the person sees, per table, what will
// arrive from the team, what will be sent, and what both already hold — the same, or not
// (those become conflicts to resolve, never silent overwrites). Read from the server with
// plain CouchDB requests; nothing is written anywhere.

export interface TableJoinPreview {
  table: SyncedTable;
  /** On the server and not here. */
  arriving: number;
  /** Here and not on the server. */
  sending: number;
  /** Here and on the server, with the same content. */
  same: number;
  /** Here and on the server, different: listed as conflicts after joining. */
  differing: number;
}

export interface JoinPreview {
  tables: TableJoinPreview[];
  /** Nothing here to send or compare: joining only receives. */
  isEmptyHere: boolean;
}

const PAGE = 5_000;

async function getJson(url: string, credentials: TeamCredentials, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: basicAuth(credentials) },
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`The team server answered ${response.status}.`);
  return response.json();
}

interface AllDocsRow {
  id: string;
  value?: { deleted?: boolean };
  doc?: { record?: unknown } | null;
}

/** Every live document id of the team database, page by page. */
async function serverDocIds(databaseUrl: string, credentials: TeamCredentials): Promise<Set<string>> {
  const ids = new Set<string>();
  let startKey: string | null = null;
  for (;;) {
    const query = new URLSearchParams({ limit: String(PAGE + 1) });
    if (startKey !== null) query.set('startkey', JSON.stringify(startKey));
    const page = (await getJson(`${databaseUrl}/_all_docs?${query}`, credentials)) as { rows?: AllDocsRow[] };
    const rows = page.rows ?? [];
    for (const row of rows.slice(0, PAGE)) if (!row.value?.deleted) ids.add(row.id);
    if (rows.length <= PAGE) return ids;
    startKey = rows[PAGE]!.id;
  }
}

async function serverRecords(databaseUrl: string, credentials: TeamCredentials, docIds: string[]) {
  const records = new Map<string, unknown>();
  for (let start = 0; start < docIds.length; start += PAGE) {
    const keys = docIds.slice(start, start + PAGE);
    const page = (await getJson(`${databaseUrl}/_all_docs?include_docs=true`, credentials, {
      method: 'POST',
      body: JSON.stringify({ keys }),
    })) as { rows?: AllDocsRow[] };
    for (const row of page.rows ?? []) if (row.doc) records.set(row.id, row.doc.record);
  }
  return records;
}

export async function previewJoin(
  db: TramaDatabase,
  databaseUrl: string,
  credentials: TeamCredentials,
): Promise<JoinPreview> {
  const onServer = await serverDocIds(databaseUrl, credentials);
  const tables: TableJoinPreview[] = [];
  for (const table of SYNCED_TABLES as readonly SyncedTable[]) {
    const rows = ((await db.table(table).toArray()) as Array<Record<string, unknown> & { id: string }>).filter((row) =>
      isOfferedToTeam(table, row),
    );
    const inBoth = rows.filter((row) => onServer.has(docIdOf(table, row.id)));
    const remote = await serverRecords(
      databaseUrl,
      credentials,
      inBoth.map((row) => docIdOf(table, row.id)),
    );
    const differing = inBoth.filter((row) => !isSameValue(recordOfRow(table, row), remote.get(docIdOf(table, row.id))));
    const serverCount = [...onServer].filter((docId) => parseDocId(docId)?.table === table).length;
    tables.push({
      table,
      arriving: serverCount - inBoth.length,
      sending: rows.length - inBoth.length,
      same: inBoth.length - differing.length,
      differing: differing.length,
    });
  }
  return { tables, isEmptyHere: tables.every((table) => table.sending + table.same + table.differing === 0) };
}
