import type { EntityTable } from '../domain/entities';

// Checks on a backup file that the schema cannot make, or cannot make safely: how deeply its
// values nest (checked without recursion, before the schema's own recursive check runs) and
// whether two records of a table share an id (one would silently overwrite the other).

/** Deeper than anything Trama writes (a backup's own records nest under ten levels). */
export const MAX_BACKUP_NESTING = 100;

export interface NestingProblem {
  /** Where in the file, e.g. `tables.meta.3`. */
  path: string;
  table: EntityTable | null;
  recordKey: string | null;
}

const RECORD_DEPTH = 3; // file → tables → table → record

function childrenOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return [];
}

/** Whether `value` nests deeper than `limit` levels; iterative, so any depth is safe to check. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    const children = childrenOf(current);
    if (children.length === 0) continue;
    if (depth + 1 > limit) return true;
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** A readable name for a raw record: its id or key when it has a short one. */
function rawRecordKey(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const fields = record as Record<string, unknown>;
  const key = typeof fields.id === 'string' ? fields.id : typeof fields.key === 'string' ? fields.key : null;
  return key === null ? null : key.length > 80 ? `${key.slice(0, 80)}…` : key;
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/**
 * The first place in a parsed backup file (still `unknown`) where a value nests deeper than
 * `limit` levels from the file's top, named by table and record when it is inside one.
 */
export function findTooDeepValue(
  raw: unknown,
  tableNames: readonly EntityTable[],
  limit = MAX_BACKUP_NESTING,
): NestingProblem | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return nestsDeeperThan(raw, limit) ? { path: '', table: null, recordKey: null } : null;
  const file = raw as Record<string, unknown>;
  for (const [name, value] of Object.entries(file)) {
    if (name !== 'tables' && nestsDeeperThan(value, limit - 1)) return { path: name, table: null, recordKey: null };
  }
  const tables = file.tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables))
    return nestsDeeperThan(tables, limit - 1) ? { path: 'tables', table: null, recordKey: null } : null;
  for (const [name, rows] of Object.entries(tables)) {
    const table =
      (tableNames as readonly string[]).includes(name) && hasOwn(tables, name) ? (name as EntityTable) : null;
    if (!Array.isArray(rows) || table === null) {
      if (nestsDeeperThan(rows, limit - 2)) return { path: `tables.${name}`, table, recordKey: null };
      continue;
    }
    for (const [index, record] of rows.entries()) {
      if (nestsDeeperThan(record, limit - RECORD_DEPTH))
        return { path: `tables.${name}.${index}`, table, recordKey: rawRecordKey(record) };
    }
  }
  return null;
}

/** The first record whose key another record of the same table already has. */
export function findDuplicateKey(
  tables: Readonly<Record<EntityTable, readonly unknown[]>>,
  keyOf: (table: EntityTable, row: unknown) => string | null,
): { table: EntityTable; recordKey: string } | null {
  for (const [name, rows] of Object.entries(tables) as Array<[EntityTable, readonly unknown[]]>) {
    const seen = new Set<string>();
    for (const row of rows) {
      const key = keyOf(name, row);
      if (key === null) continue;
      if (seen.has(key)) return { table: name, recordKey: key };
      seen.add(key);
    }
  }
  return null;
}
