import { docIdOf, type SyncedTable } from '../../shared/sync/syncDocs';
import { pouchErrorOf, type PouchDatabase } from './pouchdb';

// Who changed a record and when, as this laptop's copy of the team database knows it: each
// revision's body names its author (changedBy) and time. Replication brings the latest
// revision of a record, not every one before it, so older steps made elsewhere may be
// missing: the list says what is known, newest first, and how many steps it could not read.

export interface RecordChange {
  changedBy: string | null;
  changedAt: string;
  isDeletion: boolean;
}

export interface RecordChanges {
  changes: RecordChange[];
  /** Earlier revisions (among the `limit` latest) whose body this laptop does not hold. */
  unknownEarlier: number;
}

const NONE: RecordChanges = { changes: [], unknownEarlier: 0 };

function changeOf(body: Record<string, unknown>): RecordChange | null {
  const { changedBy, changedAt } = body;
  if (typeof changedAt !== 'string') return null;
  return {
    changedBy: typeof changedBy === 'string' && changedBy !== '' ? changedBy : null,
    changedAt,
    isDeletion: body._deleted === true,
  };
}

export async function recordChanges(
  local: PouchDatabase,
  table: SyncedTable,
  id: string,
  limit = 10,
): Promise<RecordChanges> {
  const docId = docIdOf(table, id);
  // A deleted record's latest revision is found by its id's row (get answers 404 for it).
  const [row] = (await local.allDocs({ keys: [docId] })).rows;
  const latestRev = row?.value?.rev;
  if (!latestRev) return NONE;
  let latest;
  try {
    latest = await local.get(docId, { rev: latestRev, revs: true });
  } catch (error) {
    if (pouchErrorOf(error).status === 404) return NONE;
    throw error;
  }
  const { start, ids } = latest._revisions ?? { start: 0, ids: [] };
  const changes: RecordChange[] = [];
  let unknownEarlier = 0;
  for (const [index, hash] of ids.slice(0, limit).entries()) {
    const rev = `${start - index}-${hash}`;
    const body = index === 0 ? latest : await local.get(docId, { rev }).catch(() => null);
    const change = body ? changeOf(body) : null;
    if (change) changes.push(change);
    else unknownEarlier += 1;
  }
  return { changes, unknownEarlier };
}
