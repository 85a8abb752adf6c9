import { entity } from '../domain/entities';
import { isSameValue, showValue } from '../io/restoreDiff';
import { createNameIndex, showFieldValue, type NameIndex, type ShownValue } from '../io/restoreValues';
import type { SyncedTable } from './syncDocs';

// Where the versions of a record in conflict differ, field by field: the winning revision
// (the one every laptop shows) first, then each other revision. `updatedAt` is left out: it
// always differs and a resolution sets it anew; each version's time is shown apart.

type Row = Readonly<Record<string, unknown>>;

/** The field roles whose text a person typed: "keep both" may join two such values. */
const JOINABLE_ROLES = new Set(['free-text', 'person', 'team-member']);
const NOT_COMPARED = new Set(['updatedAt']);

export interface FieldDifference {
  field: string;
  /** The field's value in each version, the winner's first; undefined where a version lacks it. */
  values: unknown[];
  /** Text (or a list of texts) typed by hand: "keep both" can join the versions' values. */
  canKeepBoth: boolean;
}

function ownFields(row: Row): string[] {
  return Object.keys(row).filter((field) => row[field] !== undefined && !NOT_COMPARED.has(field));
}

function isText(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

function isTextList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

/** Whether the versions' values of a field can be joined: a hand-typed text field, or a list of such texts. */
export function canKeepBothOf(table: SyncedTable, field: string, values: readonly unknown[]): boolean {
  const roles = entity(table).fields;
  if (Object.hasOwn(roles, field) && JOINABLE_ROLES.has(roles[field] ?? '') && field !== 'id')
    return values.every(isText);
  const listPath = `${field}[]`;
  return Object.hasOwn(roles, listPath) && JOINABLE_ROLES.has(roles[listPath] ?? '') && values.every(isTextList);
}

/** The fields in which at least two versions differ, in the winner's field order, then the others'. */
export function fieldDifferences(table: SyncedTable, versions: readonly Row[]): FieldDifference[] {
  const fields = [...new Set(versions.flatMap(ownFields))];
  return fields.flatMap((field) => {
    const values = versions.map((version) => version[field]);
    if (values.every((value) => isSameValue(value, values[0]))) return [];
    return [{ field, values, canKeepBoth: canKeepBothOf(table, field, values) }];
  });
}

/** Each version's value of a difference as the page can show it (labels, names, dates), one safe short line of text. */
export function shownDifference(
  table: SyncedTable,
  difference: FieldDifference,
  names: NameIndex = createNameIndex(),
): ShownValue[] {
  return difference.values.map((value) => showFieldValue(table, difference.field, value, names, showValue));
}
