import type { IndexableType } from 'dexie';
import { recordLabel } from '../../shared/domain/recordIdentity';
import { undoListElements } from './listMetaRows';
import { findReferrers, referencesOf, type Referrer } from './recordReferences';
import {
  firstBeforeImages,
  isSameStamp,
  keyText,
  primaryKeyOf,
  readRows,
  stampOf,
  touchedKeys,
  type RowStamp,
} from './rowStamps';
import type { TableName } from './schema';
import type { StampedChange } from './stampedChange';
import type { TramaDatabase } from './tramaDatabase';
import { TrimmedRows, withoutMissingIds, type WithoutMissing } from './undoDroppedReferences';

// What Undo may safely do, worked out inside its own read-write transaction: rows changed
// since the change stay as they are; a created row that a newer row points at stays; a row
// put back must not point at something deleted since: it comes back without the ids a deletion
// would have taken out of its lists, or stays out. Whatever those kept rows need stays too.

export interface UndoConflict {
  table: TableName;
  key: string;
  /** The record's name as the user knows it (a name, a title, a follow-up's text…). */
  label: string;
  /**
   * Conflicts: changed or deleted after the change; referenced by a newer record; dangling
   * (it would point at a record deleted since). Their dependents: needed-by (a record held
   * back points at it, so it stays) and needs (it points at a record held back, so it is
   * not put back). Put back, but not quite as it was: trimmed (without ids of records no longer there).
   */
  /** 'duplicate': a relationship that would come back beside a copy of it stored since (undoTieCopies.ts). */
  reason: 'changed' | 'deleted' | 'referenced' | 'dangling' | 'needed-by' | 'needs' | 'trimmed' | 'duplicate';
  /** For 'referenced': the newer record that points at this one; for dependents: the held-back record. */
  by?: { table: TableName; label: string };
  /** For 'dangling' and 'trimmed': the kind of record it would point at. */
  missing?: TableName;
  /** For 'trimmed': how many records of that kind it comes back without. */
  count?: number;
}

export interface UndoPlan {
  deletes: Map<TableName, Map<string, IndexableType>>;
  restores: Map<TableName, Map<string, unknown>>;
  conflicts: UndoConflict[];
  /** Records left because they go with a conflict. */
  dependents: UndoConflict[];
  /** Rows put back without the ids of records no longer there, one entry per kind of record. */
  trimmed: UndoConflict[];
  /** Rows the plan deletes or puts back, except map positions that follow their stakeholder. */
  rowCount: number;
  followerCount: number;
}

type KeyedRows = Map<TableName, Map<string, unknown>>;
/** A shared list row before the change, as the change left it, and now. */
type ListRows = { before: unknown; after: RowStamp | undefined; current: unknown };

function rowsOf<Value>(map: Map<TableName, Map<string, Value>>, table: TableName): Map<string, Value> {
  let rows = map.get(table);
  if (!rows) map.set(table, (rows = new Map()));
  return rows;
}

function firstImages(change: StampedChange): KeyedRows {
  return new Map((Object.keys(change.before) as TableName[]).map((table) => [table, firstBeforeImages(change, table)]));
}

function createdKeys(change: StampedChange, restores: KeyedRows): Map<TableName, Map<string, IndexableType>> {
  const deletes = new Map<TableName, Map<string, IndexableType>>();
  for (const [table, keys] of Object.entries(change.created) as Array<[TableName, IndexableType[]]>) {
    const restored = restores.get(table);
    // Deleted and then put back, as before: a row both created and with a before-image ends as that image.
    for (const key of keys) if (!restored?.has(keyText(key))) rowsOf(deletes, table).set(keyText(key), key);
  }
  return deletes;
}

/** Names for the stakeholders that labels of relationships and map positions mention. */
async function stakeholderNamesFor(
  db: TramaDatabase,
  rows: ReadonlyArray<{ table: TableName; row: unknown }>,
): Promise<Map<string, string>> {
  const ids = new Map<string, IndexableType>();
  for (const { table, row } of rows) {
    if (table !== 'relationships' && table !== 'mapPositions') continue;
    for (const { to, id } of referencesOf(table, row)) if (to === 'stakeholders') ids.set(id, id);
  }
  const found = await readRows(db, 'stakeholders', ids);
  return new Map([...found].flatMap(([id, row]) => (row ? [[id, (row as { name: string }).name] as const] : [])));
}

type Pending = {
  conflict: Omit<UndoConflict, 'label' | 'by'>;
  row: unknown;
  by?: { table: TableName; row: unknown; key: string };
};

/** Call inside a read-write transaction over every table. */
export async function planUndo(db: TramaDatabase, change: StampedChange): Promise<UndoPlan> {
  const restores = firstImages(change);
  const deletes = createdKeys(change, restores);
  const tables = [...new Set([...restores.keys(), ...deletes.keys()])];
  const current: KeyedRows = new Map();
  for (const table of tables) current.set(table, await readRows(db, table, touchedKeys(change, table)));
  const lists = takeListRows(change, restores, deletes, current);

  // Each held-back record with the rows its words come from: names are looked up once, at the end.
  const conflicts = new Map<string, Pending>();
  const dependents = new Map<string, Pending>();
  const isHeldBack = (table: TableName, key: string) =>
    conflicts.has(`${table}\u0000${key}`) || dependents.has(`${table}\u0000${key}`);
  const hold = (into: Map<string, Pending>, conflict: Pending['conflict'], row: unknown, by?: Pending['by']) =>
    into.set(`${conflict.table}\u0000${conflict.key}`, { conflict, row, ...(by ? { by } : {}) });
  const imagesAtFirst = new Map([...restores].map(([table, images]) => [table, new Map(images)]));
  const rowNow = (table: TableName, key: string) => current.get(table)?.get(key) ?? imagesAtFirst.get(table)?.get(key);
  // A stamp is always there for a touched row; none would mean a change that cannot be checked.
  const isAsLeft = (table: TableName, key: string, row: unknown) => {
    const stamp = change.after[table]?.get(key);
    return stamp !== undefined && isSameStamp(stamp, stampOf(row));
  };

  // 1. Rows changed since the change, and created rows already gone (nothing to do for those).
  for (const [table, keys] of deletes) {
    for (const key of [...keys.keys()]) {
      const row = current.get(table)?.get(key);
      if (row === undefined) keys.delete(key);
      else if (!isAsLeft(table, key, row)) {
        keys.delete(key);
        hold(conflicts, { table, key, reason: 'changed' }, row);
      }
    }
  }
  for (const [table, images] of restores) {
    for (const key of [...images.keys()]) {
      const row = current.get(table)?.get(key);
      if (isAsLeft(table, key, row)) continue;
      hold(conflicts, { table, key, reason: row === undefined ? 'deleted' : 'changed' }, rowNow(table, key));
      images.delete(key);
    }
  }

  // 2. Who points at the rows Undo would delete, and whether what restored rows point at exists.
  const referrers: Referrer[] = [];
  for (const [table, keys] of deletes) referrers.push(...(await findReferrers(db, table, new Set(keys.keys()))));
  const existsNow = await existenceOfReferenced(db, restores, current);
  const touched = new Map(tables.map((table) => [table, new Set(touchedKeys(change, table).keys())]));
  const isUndone = (referrer: Referrer, key: string) =>
    deletes.get(referrer.from)?.has(key) || restores.get(referrer.from)?.has(key);
  const isThere = ({ to, id }: { to: TableName; id: string }) =>
    restores.get(to)?.has(id) || (existsNow(to, id) && !deletes.get(to)?.has(id));
  // Unknown (the change's transaction could not see that table) counts as there: the row is held back.
  const wasThere = ({ to, id }: { to: TableName; id: string }) =>
    touched.get(to)?.has(id) || change.targetsThen.get(to)?.get(id) !== false;
  const wasSurelyThere = ({ to, id }: { to: TableName; id: string }) =>
    touched.get(to)?.has(id) || change.targetsThen.get(to)?.get(id) === true;
  const trimmed = new TrimmedRows();

  // 3. Until nothing moves: keep what a kept row needs, and do not restore what would point at nothing.
  for (let isSettled = false; !isSettled;) {
    isSettled = true;
    for (const referrer of referrers) {
      const referrerKey = keyText(primaryKeyOf(referrer.from, referrer.row));
      // A map position follows its stakeholder (step 4); it never keeps one.
      if (referrer.field.onUndoOfTarget === 'delete-row' || isUndone(referrer, referrerKey)) continue;
      if (!deletes.get(referrer.to)?.delete(referrer.id)) continue;
      isSettled = false;
      const by = { table: referrer.from, row: referrer.row, key: referrerKey };
      // A row of this change kept for its own reason: this one goes with it.
      const into = touched.get(referrer.from)?.has(referrerKey) ? dependents : conflicts;
      hold(
        into,
        { table: referrer.to, key: referrer.id, reason: into === dependents ? 'needed-by' : 'referenced' },
        rowNow(referrer.to, referrer.id),
        by,
      );
    }
    for (const [table, images] of restores) {
      for (const [key, image] of [...images]) {
        const first = imagesAtFirst.get(table)?.get(key) ?? image;
        const gone = referencesOf(table, first).filter((reference) => !isThere(reference) && wasThere(reference));
        // A row the change only updated (it is there, as the change left it) is not trimmed of a
        // record this Undo holds back: it stays as it is, held back with that record, as before.
        const heldWith = current.get(table)?.has(key)
          ? gone.find((reference) => isHeldBack(reference.to, reference.id))
          : undefined;
        const kept: WithoutMissing = heldWith
          ? { isHeldBack: true, missing: heldWith }
          : withoutMissingIds(table, first, gone, wasSurelyThere);
        if (!kept.isHeldBack) {
          if (trimmed.note(table, key, kept)) {
            images.set(key, kept.row);
            isSettled = false;
          }
          continue;
        }
        const { missing } = kept;
        images.delete(key);
        trimmed.forget(table, key);
        isSettled = false;
        // A map position without its stakeholder is not put back, as a deletion would not keep it.
        if (missing.field.onUndoOfTarget === 'delete-row') continue;
        if (isHeldBack(missing.to, missing.id)) {
          hold(dependents, { table, key, reason: 'needs' }, image, {
            table: missing.to,
            row: rowNow(missing.to, missing.id),
            key: missing.id,
          });
        } else {
          hold(conflicts, { table, key, reason: 'dangling', missing: missing.to }, image);
        }
      }
    }
    // A row bound to another of the change (the mentions an erasure replaced, to the person) stays without it.
    for (const bound of change.restoredWith) {
      const image = restores.get(bound.table)?.get(bound.key);
      if (image === undefined || restores.get(bound.with.table)?.has(bound.with.key)) continue;
      restores.get(bound.table)!.delete(bound.key);
      trimmed.forget(bound.table, bound.key);
      isSettled = false;
      hold(dependents, { table: bound.table, key: bound.key, reason: 'needs' }, image, {
        table: bound.with.table,
        row: rowNow(bound.with.table, bound.with.key),
        key: bound.with.key,
      });
    }
  }

  // 4. Positions the map stored by itself for a node that goes: they go with it, as a deletion takes them.
  const followers = new Set<string>();
  for (const referrer of referrers) {
    const referrerKey = keyText(primaryKeyOf(referrer.from, referrer.row));
    if (
      referrer.field.onUndoOfTarget !== 'delete-row' ||
      isUndone(referrer, referrerKey) ||
      !deletes.get(referrer.to)?.has(referrer.id)
    )
      continue;
    rowsOf(deletes, referrer.from).set(referrerKey, primaryKeyOf(referrer.from, referrer.row));
    followers.add(`${referrer.from}\u0000${referrerKey}`);
  }
  const followerCount = followers.size;

  // 5. The shared lists, element by element: nothing points at them; an element stays while its record is held back.
  for (const [key, rows] of lists) {
    const undone = undoListElements(key, rows.before, rows.after, rows.current, isHeldBack);
    if (undone?.kind === 'delete') rowsOf(deletes, 'meta').set(key, key);
    else if (undone?.kind === 'put') rowsOf(restores, 'meta').set(key, undone.row);
  }

  const rowCount =
    [...deletes.values(), ...restores.values()].reduce((sum, rows) => sum + rows.size, 0) - followerCount;
  const trimmedRows = trimmed.entries().map(({ table, key, row, missing, count }): Pending => ({
    conflict: { table, key, reason: 'trimmed', missing, count },
    row,
  }));
  const held = [...conflicts.values(), ...dependents.values(), ...trimmedRows];
  const names = await stakeholderNamesFor(
    db,
    held.flatMap(({ conflict, row, by }) => [{ table: conflict.table, row }, ...(by ? [by] : [])]),
  );
  const nameOf = (id: string) => names.get(id);
  const labelled = (entries: Iterable<Pending>) =>
    [...entries].map(({ conflict, row, by }): UndoConflict => ({
      ...conflict,
      label: recordLabel(conflict.table, row, conflict.key, nameOf),
      ...(by ? { by: { table: by.table, label: recordLabel(by.table, by.row, by.key, nameOf) } } : {}),
    }));
  return {
    deletes,
    restores,
    conflicts: labelled(conflicts.values()),
    dependents: labelled(dependents.values()),
    trimmed: labelled(trimmedRows),
    rowCount,
    followerCount,
  };
}

/**
 * Takes the shared list rows (listMetaRows.ts) out of the whole-row plan, with what step 5
 * needs to undo them element by element. A list it cannot read element by element stays in
 * the plan, whole-row.
 */
function takeListRows(
  change: StampedChange,
  restores: KeyedRows,
  deletes: Map<TableName, Map<string, IndexableType>>,
  current: KeyedRows,
): Map<string, ListRows> {
  const lists = new Map<string, ListRows>();
  for (const key of touchedKeys(change, 'meta').keys()) {
    const rows = {
      before: restores.get('meta')?.get(key),
      after: change.after.meta?.get(key),
      current: current.get('meta')?.get(key),
    };
    if (!undoListElements(key, rows.before, rows.after, rows.current)) continue;
    restores.get('meta')?.delete(key);
    deletes.get('meta')?.delete(key);
    lists.set(key, rows);
  }
  return lists;
}

/** Whether each record that a row to be restored points at exists now (before Undo writes). */
async function existenceOfReferenced(
  db: TramaDatabase,
  restores: KeyedRows,
  current: KeyedRows,
): Promise<(table: TableName, id: string) => boolean> {
  const unknown = new Map<TableName, Map<string, IndexableType>>();
  for (const [table, images] of restores) {
    for (const image of images.values()) {
      for (const { to, id } of referencesOf(table, image))
        if (!current.get(to)?.has(id)) rowsOf(unknown, to).set(id, id);
    }
  }
  const found: KeyedRows = new Map();
  for (const [table, ids] of unknown) found.set(table, await readRows(db, table, ids));
  return (table, id) => (current.get(table)?.get(id) ?? found.get(table)?.get(id)) !== undefined;
}
