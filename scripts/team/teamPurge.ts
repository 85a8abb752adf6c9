// Purges erased contact persons from a team's database on CouchDB 3, idempotently. A deletion
// replicates as a tombstone, and CouchDB keeps a deleted document's revision tree (and, until
// compaction, the bodies of its earlier versions); only `_purge`, which needs an admin of the
// database, removes them. The laptops say which records were erased through erasure markers
// (shared/sync/erasureMarker.ts): every revision of each erased record is purged, the markers
// stay (they hold no personal data, and a laptop that was away still learns of the erasure
// from them), then compaction drops the old versions' bodies from the file, including earlier
// versions of records where mentions of the person were replaced.
import {
  erasureMarkerDocId,
  isErasureMarkerDocId,
  isPastErasure,
  parseErasureMarker,
  type RevisionPath,
} from '../../shared/sync/erasureMarker';
import { docIdOf } from '../../shared/sync/syncDocs';
import { couchRequest, describeAnswer, fail, type CouchAnswer, type Credentials } from './couchRequest';
import { TeamSetupError, checkServerUrl, checkTeamName, teamDatabaseName } from './teamRules';

export interface TeamPurgeRequest {
  url: string;
  team: string;
  admin: Credentials;
}

export type PurgeOutcome =
  /** Every revision of the record removed from the server. */
  | { kind: 'purged'; revisions: number }
  /** Nothing of it is on the server (an earlier run purged it, or it never reached the server). */
  | { kind: 'gone' }
  /** A version of the record is live on the server: the erasure was undone, or a member changed it offline. */
  | { kind: 'live' }
  /**
   * The erasure was taken back (a version made on top of its deletion) and the record since
   * deleted the ordinary way: no erased record. Purged, a laptop away meanwhile would never
   * receive the deletion and keep the record.
   */
  | { kind: 'taken-back' };

export interface TeamPurgeReport {
  url: string;
  database: string;
  /** Per erased contact id, what this run did. */
  records: Array<{ contactId: string; outcome: PurgeOutcome }>;
  /** Documents named like markers that are not one: left as they are. */
  invalidMarkers: string[];
  isCompactionStarted: boolean;
}

/** Markers read per request, and records purged per `_purge` (CouchDB's default limit is 100 documents). */
const PAGE = 500;
const PURGE_BATCH = 100;

type Couch = (path: string, options?: { method?: string; body?: unknown }) => Promise<CouchAnswer>;

export async function purgeErasedRecords(request: TeamPurgeRequest): Promise<TeamPurgeReport> {
  const url = checkServerUrl(request.url);
  const database = teamDatabaseName(checkTeamName(request.team));
  const databasePath = `/${encodeURIComponent(database)}`;
  const couch: Couch = (path, options = {}) => couchRequest(url, path, { ...options, credentials: request.admin });
  const report: TeamPurgeReport = { url, database, records: [], invalidMarkers: [], isCompactionStarted: false };

  const info = await couch(databasePath);
  if (info.status === 401)
    throw new TeamSetupError(`The server refused the name or password of ${request.admin.name} (HTTP 401).`);
  if (info.status === 404) throw new TeamSetupError(`There is no team database ${database} on ${url}.`);
  if (info.status !== 200) fail(`read the team database ${database}`, info);

  const { markers, invalid } = await readMarkers(couch, databasePath);
  const contactIds = markers.map(({ contactId }) => contactId);
  report.invalidMarkers = invalid;
  const toPurge: Record<string, string[]> = {};
  for (const { contactId, deletedRev } of markers) {
    const leaves = await leafRevisions(couch, databasePath, docIdOf('contacts', contactId));
    if (leaves.length === 0) report.records.push({ contactId, outcome: { kind: 'gone' } });
    else if (leaves.some((leaf) => !leaf.isDeleted)) report.records.push({ contactId, outcome: { kind: 'live' } });
    else if (leaves.some((leaf) => isPastErasure(leaf.path, deletedRev)))
      report.records.push({ contactId, outcome: { kind: 'taken-back' } });
    else toPurge[contactId] = leaves.map((leaf) => leaf.rev);
  }
  const waiting = Object.keys(toPurge);
  for (let start = 0; start < waiting.length; start += PURGE_BATCH) {
    const batch = waiting.slice(start, start + PURGE_BATCH);
    const body = Object.fromEntries(batch.map((contactId) => [docIdOf('contacts', contactId), toPurge[contactId]!]));
    const answer = await couch(`${databasePath}/_purge`, { method: 'POST', body });
    if (answer.status === 403)
      throw new TeamSetupError(`${request.admin.name} is not an admin of ${database}: purging needs one.`);
    if (answer.status !== 200 && answer.status !== 201 && answer.status !== 202)
      throw new TeamSetupError(
        `The server did not purge (${describeAnswer(answer)}). If it is pouchdb-server (team:dev, the tests): ` +
          'it has no _purge (it reads POST _purge as a document); run this against CouchDB 3.',
      );
    const purged = ((answer.body ?? {}) as { purged?: Record<string, unknown> }).purged ?? {};
    for (const contactId of batch) {
      const revisions = purged[docIdOf('contacts', contactId)];
      report.records.push({
        contactId,
        outcome: { kind: 'purged', revisions: Array.isArray(revisions) ? revisions.length : 0 },
      });
    }
  }
  const order = new Map(contactIds.map((contactId, index) => [contactId, index]));
  report.records.sort((a, b) => order.get(a.contactId)! - order.get(b.contactId)!);
  // Always: a run stopped after the purge and before compaction is finished by the next one.
  const compaction = await couch(`${databasePath}/_compact`, { method: 'POST', body: {} });
  if (compaction.status !== 202 && compaction.status !== 200) fail(`start the compaction of ${database}`, compaction);
  report.isCompactionStarted = true;
  return report;
}

/** The erased contact ids the live markers name, with the deletion each names, page by page; markers that do not parse are listed apart. */
async function readMarkers(
  couch: Couch,
  databasePath: string,
): Promise<{ markers: Array<{ contactId: string; deletedRev: string }>; invalid: string[] }> {
  const markers = new Map<string, string>();
  const invalid: string[] = [];
  const prefix = erasureMarkerDocId('');
  let startKey = prefix;
  for (;;) {
    const query = new URLSearchParams({
      startkey: JSON.stringify(startKey),
      endkey: JSON.stringify(`${prefix}\ufff0`),
      include_docs: 'true',
      limit: String(PAGE + 1),
    });
    const page = await couch(`${databasePath}/_all_docs?${query}`);
    if (page.status !== 200) fail('read the erasure markers', page);
    const rows = ((page.body ?? {}) as { rows?: Array<{ id?: unknown; doc?: unknown }> }).rows ?? [];
    for (const row of rows.slice(0, PAGE)) {
      if (!isErasureMarkerDocId(row.id)) continue;
      const parsed = parseErasureMarker(row.doc);
      if (parsed.kind === 'marker' && !markers.has(parsed.marker.id))
        markers.set(parsed.marker.id, parsed.marker.deletedRev);
      else if (parsed.kind === 'rejected') invalid.push(row.id.slice(0, 200));
    }
    if (rows.length <= PAGE)
      return { markers: [...markers].map(([contactId, deletedRev]) => ({ contactId, deletedRev })), invalid };
    startKey = String(rows[PAGE]!.id);
  }
}

/** Every leaf revision of a document, deleted or not, with its path; none when the server holds nothing of it. */
async function leafRevisions(
  couch: Couch,
  databasePath: string,
  docId: string,
): Promise<Array<{ rev: string; isDeleted: boolean; path: RevisionPath | undefined }>> {
  const answer = await couch(`${databasePath}/${encodeURIComponent(docId)}?open_revs=all&revs=true`);
  if (answer.status === 404) return [];
  if (answer.status !== 200 || !Array.isArray(answer.body)) fail(`read the revisions of ${docId}`, answer);
  return (answer.body as Array<{ ok?: { _rev?: unknown; _deleted?: unknown; _revisions?: unknown } }>).flatMap(
    ({ ok }) =>
      typeof ok?._rev === 'string'
        ? [{ rev: ok._rev, isDeleted: ok._deleted === true, path: pathOf(ok._revisions) }]
        : [],
  );
}

/** A leaf's path of revisions as the server sent it; undefined when it is not one. */
function pathOf(revisions: unknown): RevisionPath | undefined {
  const { start, ids } = (revisions ?? {}) as { start?: unknown; ids?: unknown };
  if (!Number.isSafeInteger(start) || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    return undefined;
  return { start: start as number, ids: ids as string[] };
}
