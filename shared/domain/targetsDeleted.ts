import { valuesAt, withoutIdsAt, type Reference } from './references';

// What the app's deletion of records does to a record pointing at them, by the registry's rule
// for the reference (shared/domain/references.ts `onTargetDeleted`, `fallbackList`): one
// function, so that the deletion's plan (renderer/db/cascade.ts), Undo's rows put back without
// ids (renderer/db/undoDroppedReferences.ts) and records arriving from teammates
// (renderer/sync/referencedDocs.ts) treat them alike.

/** The record with the list at `path` (a list of ids, `a.b[]`) holding exactly `ids`; unchanged where the path does not lead. */
function withListAt<Row>(record: Row, path: string, ids: readonly string[]): Row {
  const visit = (value: unknown, parts: readonly string[]): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const [head = '', ...rest] = parts;
    const key = rest.length === 0 ? head.slice(0, -2) : head;
    if (rest.length === 0) return { ...value, [key]: [...ids] };
    if (!Object.prototype.hasOwnProperty.call(value, key)) return value;
    const field = (value as Record<string, unknown>)[key];
    const next = visit(field, rest);
    return next === field ? value : { ...value, [key]: next };
  };
  return visit(record, path.split('.')) as Row;
}

/**
 * What the deletion of the records `ids` (of `reference.to`) leaves of `record` through
 * `reference`, as the registry says: the record less those ids (its `fallbackList` moved in
 * where the list is left empty), or null when the record goes with them. `isGone` tells which
 * other ids of that table go too, or will (those the fallback list must not bring in); by
 * default, `ids`. The same record back when it points at none of them.
 */
export function afterTargetsDeleted<Row>(
  record: Row,
  reference: Reference,
  ids: ReadonlySet<string>,
  isGone: (id: string) => boolean = (id) => ids.has(id),
): Row | null {
  const { path, onTargetDeleted, fallbackList } = reference;
  if (!valuesAt(record, path).some((id) => ids.has(id))) return record;
  if (onTargetDeleted === 'delete-row') return null;
  const kept = withoutIdsAt(record, path, ids);
  const left = valuesAt(kept, path).length;
  if (onTargetDeleted === 'remove-id-delete-row-below-two') return left < 2 ? null : kept;
  if (onTargetDeleted !== 'remove-id-delete-row-if-empty' || left > 0) return kept;
  if (!fallbackList) return null;
  const moved = [...new Set(valuesAt(kept, fallbackList.path).filter((id) => !isGone(id) && !ids.has(id)))];
  if (moved.length === 0) return null;
  const taken = withListAt(withListAt(kept, path, moved), fallbackList.path, []);
  return fallbackList.exclusions ? withoutIdsAt(taken, fallbackList.exclusions, new Set(moved)) : taken;
}
