import { REFERENCES, valuesAt, withoutIdsAt, type RecordTable } from '../domain/references';
import type { BackupTableName, BackupTables } from './backup';

// A backup Trama wrote holds every stakeholder its records point at; one edited by hand or cut
// short may not. Restored as it is, a contact person of a stakeholder the backup lacks would be
// in the database and in no contact list, a relationship on no map. So the restore treats such
// stakeholders as deleted, as the app's deletion would (shared/domain/references.ts): what
// needs one is left out (a contact person, a relationship, an agreement left with fewer than
// two parties), what only names one keeps everything else (an action's targets), and so on
// for what pointed at the records left out. The preview counts both. A merge keeps this
// database's stakeholders, so those held here count as present: only a replace removes them.

export interface TableCount {
  table: BackupTableName;
  count: number;
}

export interface MissingStakeholders {
  /** Stakeholders the backup's records point at but the backup does not hold. */
  stakeholders: number;
  /** Records left out, per table: they need a missing stakeholder, or a record left out for that. */
  leftOut: TableCount[];
  /** Records restored without their mention of a missing stakeholder or of a record left out, per table. */
  trimmed: TableCount[];
}

export const NO_MISSING_STAKEHOLDERS: MissingStakeholders = { stakeholders: 0, leftOut: [], trimmed: [] };

type Row = Record<string, unknown>;

/**
 * Restored as the backup holds them: a map position is layout the map stores by itself for a
 * node it draws, and it draws none for a stakeholder Trama does not have.
 */
const KEPT_AS_THEY_ARE: ReadonlySet<string> = new Set(['mapPositions']);
const REFERENCES_FOLLOWED = REFERENCES.filter((reference) => !KEPT_AS_THEY_ARE.has(reference.from));

/** The list a registry path's ids are items of (or inside items of): `parties` for `parties[].stakeholderId`. */
function listAt(row: Row, path: string): unknown[] {
  const listPath = path.slice(0, path.indexOf('[]'));
  let value: unknown = row;
  for (const key of listPath.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return [];
    value = (value as Row)[key];
  }
  return Array.isArray(value) ? value : [];
}

const counted = (indices: ReadonlyMap<BackupTableName, ReadonlySet<number>>): TableCount[] =>
  [...indices].filter(([, set]) => set.size > 0).map(([table, set]) => ({ table, count: set.size }));

export interface WithoutMissingStakeholders {
  tables: BackupTables;
  missingStakeholders: MissingStakeholders;
}

const NONE: ReadonlySet<string> = new Set();

/** The stakeholders the tables' records point at but do not hold: one pass through every reference. */
export function stakeholdersLacked(tables: BackupTables): ReadonlySet<string> {
  const held = new Set(tables.stakeholders.map((stakeholder) => stakeholder.id));
  const missing = new Set<string>();
  const note = (id: unknown) => typeof id === 'string' && id !== '' && !held.has(id) && missing.add(id);
  // Looked for in every restore, through tens of thousands of records: top-level fields read
  // directly, nested ones only through the registry's path reader (valuesAt).
  for (const { from, path, to } of REFERENCES_FOLLOWED) {
    if (to !== 'stakeholders') continue;
    const rows = tables[from as BackupTableName] as Row[];
    const listField = path.endsWith('[]') && !path.includes('.') ? path.slice(0, -2) : null;
    if (!/[.[]/.test(path)) for (const row of rows) note(Object.hasOwn(row, path) ? row[path] : undefined);
    else if (listField)
      for (const row of rows) {
        const list = Object.hasOwn(row, listField) ? row[listField] : undefined;
        if (Array.isArray(list)) list.forEach(note);
      }
    else for (const row of rows) valuesAt(row, path).forEach(note);
  }
  return missing;
}

/**
 * The tables without what points at stakeholders they lack; the same tables back when there is
 * none. `heldHere`: stakeholders that count as present all the same (a merge keeps this
 * database's: a record pointing at one of them has its stakeholder).
 */
export function withoutMissingStakeholders(
  tables: BackupTables,
  heldHere: ReadonlySet<string> = NONE,
): WithoutMissingStakeholders {
  const lacked = stakeholdersLacked(tables);
  return withoutStakeholders(
    tables,
    heldHere.size === 0 ? lacked : new Set([...lacked].filter((id) => !heldHere.has(id))),
  );
}

/** The tables as deleting the `missing` stakeholders (which they do not hold) would leave them. */
export function withoutStakeholders(tables: BackupTables, missing: ReadonlySet<string>): WithoutMissingStakeholders {
  if (missing.size === 0) return { tables, missingStakeholders: NO_MISSING_STAKEHOLDERS };

  const rows = new Map<BackupTableName, Array<Row | null>>();
  const rowsOf = (table: BackupTableName) => {
    let list = rows.get(table);
    if (!list) rows.set(table, (list = [...(tables[table] as Row[])]));
    return list;
  };
  const gone = new Map<RecordTable, Set<string>>([['stakeholders', new Set(missing)]]);
  const leftOut = new Map<BackupTableName, Set<number>>();
  const trimmed = new Map<BackupTableName, Set<number>>();
  const mark = (marks: Map<BackupTableName, Set<number>>, table: BackupTableName, index: number) =>
    marks.set(table, (marks.get(table) ?? new Set()).add(index));
  // Each pass may leave out records that others point at: passes until one changes nothing.
  for (let isChanged = true; isChanged;) {
    isChanged = false;
    for (const { from, path, to, onTargetDeleted } of REFERENCES_FOLLOWED) {
      const ids = gone.get(to);
      if (!ids) continue;
      const table = from as BackupTableName;
      const list = rowsOf(table);
      list.forEach((row, index) => {
        if (row === null || !valuesAt(row, path).some((id) => ids.has(id))) return;
        isChanged = true;
        const kept = withoutIdsAt(row, path, ids);
        const isLeftOut =
          onTargetDeleted === 'delete-row' ||
          (onTargetDeleted === 'remove-id-delete-row-below-two' && listAt(kept, path).length < 2) ||
          (onTargetDeleted === 'remove-id-delete-row-if-empty' && listAt(kept, path).length === 0);
        if (!isLeftOut) {
          list[index] = kept;
          mark(trimmed, table, index);
          return;
        }
        list[index] = null;
        mark(leftOut, table, index);
        trimmed.get(table)?.delete(index);
        if (typeof row.id === 'string') gone.set(from, (gone.get(from) ?? new Set()).add(row.id));
      });
    }
  }
  const restored: Record<string, unknown> = { ...tables };
  for (const [table, list] of rows) restored[table] = list.filter((row) => row !== null);
  return {
    tables: restored as BackupTables,
    missingStakeholders: { stakeholders: missing.size, leftOut: counted(leftOut), trimmed: counted(trimmed) },
  };
}
