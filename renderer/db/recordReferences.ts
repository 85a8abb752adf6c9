import { REFERENCES, valuesAt, type OnUndoOfTarget, type Reference } from '../../shared/domain/references';
import type { TableName } from './schema';
import type { TramaDatabase } from './tramaDatabase';

// Which records point at which, as the database reads it: the registry of references
// (shared/domain/references.ts) with the Dexie index that finds the referrers.

export interface ReferenceField {
  from: TableName;
  to: TableName;
  /** The ids a row of `from` points at through this field. */
  idsIn(row: unknown): string[];
  /** An index of `from` that finds the rows pointing at an id; without one the table is scanned. */
  index: string | null;
  onUndoOfTarget: OnUndoOfTarget;
  /** The registry's entry: its path and what deleting the target does. */
  reference: Reference;
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = REFERENCES.map((reference) => ({
  reference,
  from: reference.from,
  to: reference.to,
  idsIn: (row: unknown) => valuesAt(row, reference.path),
  index: reference.index,
  onUndoOfTarget: reference.onUndoOfTarget,
}));

const FIELDS_FROM = new Map<TableName, ReferenceField[]>();
for (const field of REFERENCE_FIELDS) FIELDS_FROM.set(field.from, [...(FIELDS_FROM.get(field.from) ?? []), field]);

/** Every record a row points at, with the field that holds the id. */
export function referencesOf(
  table: TableName,
  row: unknown,
): Array<{ to: TableName; id: string; field: ReferenceField }> {
  return (FIELDS_FROM.get(table) ?? []).flatMap((field) => field.idsIn(row).map((id) => ({ to: field.to, id, field })));
}

export interface Referrer {
  from: TableName;
  row: unknown;
  to: TableName;
  /** The id of the `to` row it points at. */
  id: string;
  field: ReferenceField;
}

/** For each field that points into table `to`, the rows of its table pointing at any of `ids`, each once; call inside a transaction over the referring tables. */
export async function findReferringRows(
  db: TramaDatabase,
  to: TableName,
  ids: ReadonlySet<string>,
): Promise<Array<{ field: ReferenceField; rows: unknown[] }>> {
  if (ids.size === 0) return [];
  const found: Array<{ field: ReferenceField; rows: unknown[] }> = [];
  for (const field of REFERENCE_FIELDS.filter((candidate) => candidate.to === to)) {
    const table = db.table(field.from);
    const rows: unknown[] = field.index
      ? await table
          .where(field.index)
          .anyOf([...ids])
          .distinct()
          .toArray()
      : await table.filter((row: unknown) => field.idsIn(row).some((id) => ids.has(id))).toArray();
    found.push({ field, rows });
  }
  return found;
}

/** The rows that point at any of `ids` in table `to`, once per id they point at; call inside a transaction over the referring tables. */
export async function findReferrers(db: TramaDatabase, to: TableName, ids: ReadonlySet<string>): Promise<Referrer[]> {
  const referrers: Referrer[] = [];
  for (const { field, rows } of await findReferringRows(db, to, ids)) {
    for (const row of rows) {
      for (const id of field.idsIn(row)) if (ids.has(id)) referrers.push({ from: field.from, row, to, id, field });
    }
  }
  return referrers;
}
