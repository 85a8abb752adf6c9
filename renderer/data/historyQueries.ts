import type { HistoryEntry } from '../../shared/domain/history';
import { referencesFrom, type EntityTable } from '../../shared/domain/entities';
import { valuesAt } from '../../shared/domain/references';
import type { BackupTables } from '../../shared/io/backup';
import type { TramaDatabase } from '../db/db';

// The history of one record (issue 18), newest first, with the records its values point at
// (an action's targets, an owner) so that the page names them rather than showing ids.

export interface RecordHistory {
  entries: HistoryEntry[];
  /** Only the records the entries' values point at, by table: a name index's source. */
  named: Partial<BackupTables>;
}

/** The newest entries shown at first; the page asks for more. */
export const HISTORY_PAGE = 50;

export async function recordHistory(
  db: TramaDatabase,
  table: EntityTable,
  id: string,
  limit = HISTORY_PAGE,
): Promise<RecordHistory & { total: number }> {
  // Ids are unique within a table only: the index finds the id, the table is checked here.
  // Read in one request (a filter would walk a cursor, one round trip per entry) and sorted
  // here: this runs again after every edit of the record, while its page redraws.
  const all = (await db.history.where('recordIds').equals(id).toArray())
    .filter((entry) => entry.table === table)
    .sort((left, right) => (left.at < right.at ? -1 : left.at > right.at ? 1 : 0));
  const entries = all.reverse().slice(0, limit);
  const idsByTable = new Map<EntityTable, Set<string>>();
  for (const reference of referencesFrom(table)) {
    // A reference's path starts with the field an entry names (`parties[].stakeholderId`).
    const field = reference.path.split(/[.[]/)[0]!;
    for (const entry of entries)
      for (const change of entry.changes)
        if (change.field === field)
          for (const value of [change.before, change.after]) {
            const ids = valuesAt({ [field]: value }, reference.path);
            if (ids.length === 0) continue;
            const known = idsByTable.get(reference.to) ?? new Set<string>();
            for (const referenced of ids) known.add(referenced);
            idsByTable.set(reference.to, known);
          }
  }
  const named: Record<string, unknown[]> = {};
  for (const [target, ids] of idsByTable) {
    const rows = await db.table(target).bulkGet([...ids]);
    named[target] = rows.filter((row) => row !== undefined);
  }
  return { entries, named: named as Partial<BackupTables>, total: all.length };
}

/** A recorded change of a stakeholder's guidelines stage. */
export const isStageChange = (entry: HistoryEntry): boolean =>
  entry.table === 'stakeholders' &&
  entry.kind === 'changed' &&
  entry.changes.some((change) => change.field === 'guidelinesStage');

/** Every recorded change of a stakeholder's guidelines stage: what "as of a date" needs from the history. */
export async function stageHistory(db: TramaDatabase): Promise<HistoryEntry[]> {
  // Read whole and filtered here: Dexie's filter walks a cursor, one round trip per entry.
  return (await db.history.toArray()).filter(isStageChange);
}
