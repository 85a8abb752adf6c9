import type { RecordTable } from './references';

// How a stored record is told apart and named, wherever records are compared (Undo's
// check for later edits, a merge-restore's diff, a backup's duplicate check): one key, one
// deep equality and one name per record, so that they all agree.

/**
 * The record's key as text: its id; a setting's key; a map position's pair as JSON (joined
 * by any separator, two different pairs could read alike). Null when the row has none.
 */
export function recordKey(table: RecordTable, row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const fields = row as Record<string, unknown>;
  if (table === 'meta') return typeof fields.key === 'string' ? fields.key : null;
  if (table === 'mapPositions')
    return typeof fields.viewId === 'string' && typeof fields.stakeholderId === 'string'
      ? JSON.stringify([fields.viewId, fields.stakeholderId])
      : null;
  return typeof fields.id === 'string' ? fields.id : null;
}

/** Nesting beyond this is not compared (a hostile record could be deeper than the stack): it counts as different. */
const COMPARED_DEPTH = 200;

function ownKeys(row: Record<string, unknown>): string[] {
  return Object.keys(row).filter((key) => row[key] !== undefined);
}

/** Deep equality of what a record may hold (JSON-like values and dates), key order ignored; `undefined` counts as absent. */
export function isSameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > COMPARED_DEPTH)
    return false;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameValue(item, b[index], depth + 1));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = ownKeys(left);
  if (keys.length !== ownKeys(right).length) return false;
  return keys.every(
    (key) => Object.prototype.hasOwnProperty.call(right, key) && isSameValue(left[key], right[key], depth + 1),
  );
}

const LABEL_LENGTH = 120;

/**
 * The record's name as a user knows it: a name, a title, a follow-up's text, a setting's
 * key; a relationship by its two ends and a map position by its stakeholder (names from
 * `stakeholderName`); else `fallback` (its key). At most 120 characters.
 */
export function recordLabel(
  table: RecordTable,
  row: unknown,
  fallback: string,
  stakeholderName: (id: string) => string | undefined = () => undefined,
): string {
  const fields = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  const nameOf = (id: unknown) => (typeof id === 'string' ? (stakeholderName(id) ?? id) : '');
  const candidates =
    table === 'relationships'
      ? [
          typeof fields.sourceId === 'string' && typeof fields.targetId === 'string'
            ? `${nameOf(fields.sourceId)} – ${nameOf(fields.targetId)}`
            : undefined,
        ]
      : table === 'mapPositions'
        ? [nameOf(fields.stakeholderId)]
        : [fields.name, fields.title, fields.text, fields.key];
  const label =
    candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? fallback;
  return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;
}
