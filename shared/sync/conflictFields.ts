import { isSameValue, showValue } from '../io/restoreDiff';
import { createNameIndex, showFieldValue, type NameIndex, type ShownValue } from '../io/restoreValues';
import { keptBothValue } from './keptBoth';
import type { SyncedTable } from './syncDocs';

// Where the versions of a record in conflict differ, field by field: the winning revision
// (the one every laptop shows) first, then each other revision. `updatedAt` is left out: it
// always differs and a resolution sets it anew; each version's time is shown apart.

type Row = Readonly<Record<string, unknown>>;

const NOT_COMPARED = new Set(['updatedAt']);

export interface FieldDifference {
  field: string;
  /** The field's value in each version, the winner's first; undefined where a version lacks it. */
  values: unknown[];
  /** "Keep both" can hold every version's value in one the field accepts (keptBoth.ts). */
  canKeepBoth: boolean;
}

function ownFields(row: Row): string[] {
  return Object.keys(row).filter((field) => row[field] !== undefined && !NOT_COMPARED.has(field));
}

/**
 * Whether the versions' values of a field can be kept both: hand-typed text joined, a list's
 * items or a tally's entries together, and the result one the field accepts — never a
 * person's name, an address, a code or a reference.
 */
export function canKeepBothOf(table: SyncedTable, field: string, values: readonly unknown[]): boolean {
  return keptBothValue(table, field, values) !== undefined;
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
