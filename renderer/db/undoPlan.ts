import type { IndexableType } from 'dexie';
import type { TramaDatabase } from './db';
import { findReferrers, referencesOf, type Referrer } from './recordReferences';
import { isSameStamp, keyText, primaryKeyOf, readRows, stampOf, touchedKeys, type RowStamp } from './rowStamps';
import type { TableName } from './schema';
import type { UndoableChange } from './undo';

// What Undo may safely do, worked out inside its own read-write transaction: rows changed
// since the change stay as they are; a created row that a newer row points at stays; a row
// put back must not point at something deleted since. Whatever those kept rows need stays too.

export interface UndoConflict {
  table: TableName;
  key: string;
  /** The record's name as the user knows it (a name, a title, a follow-up's text…). */
  label: string;
  reason: 'changed' | 'deleted' | 'referenced' | 'dangling';
  /** For 'referenced': the newer record that points at this one. */
  by?: { table: TableName; label: string };
  /** For 'dangling': the kind of record it would point at. */
  missing?: TableName;
}

export interface UndoPlan {
  deletes: Map<TableName, Map<string, IndexableType>>;
  restores: Map<TableName, Map<string, unknown>>;
  conflicts: UndoConflict[];
  /** Rows the plan deletes or puts back. */
  rowCount: number;
}

type KeyedRows = Map<TableName, Map<string, unknown>>;

function rowsOf<Value>(map: Map<TableName, Map<string, Value>>, table: TableName): Map<string, Value> {
  let rows = map.get(table);
  if (!rows) map.set(table, (rows = new Map()));
  return rows;
}

function firstImages(change: UndoableChange): KeyedRows {
  const restores: KeyedRows = new Map();
  for (const [table, rows] of Object.entries(change.before) as Array<[TableName, unknown[]]>) {
    const images = rowsOf(restores, table);
    // A row touched twice in one change (updated by a cascade, then deleted) comes back as before the first touch.
    for (const row of rows) {
      const key = keyText(primaryKeyOf(table, row));
      if (!images.has(key)) images.set(key, row);
    }
  }
  return restores;
}

function createdKeys(change: UndoableChange, restores: KeyedRows): Map<TableName, Map<string, IndexableType>> {
  const deletes = new Map<TableName, Map<string, IndexableType>>();
  for (const [table, keys] of Object.entries(change.created) as Array<[TableName, IndexableType[]]>) {
    const restored = restores.get(table);
    // Deleted and then put back, as before: a row both created and with a before-image ends as that image.
    for (const key of keys) if (!restored?.has(keyText(key))) rowsOf(deletes, table).set(keyText(key), key);
  }
  return deletes;
}

function isPresent(stamp: RowStamp | undefined): boolean {
  return stamp !== undefined && stamp.kind !== 'absent';
}

/** The record's name as the user knows it; relationships and map positions get theirs from `stakeholderNames`. */
export function labelOf(table: TableName, row: unknown, key: string, stakeholderNames: ReadonlyMap<string, string> = new Map()): string {
  const record = (row ?? {}) as Record<string, unknown>;
  const nameOf = (id: unknown) => (typeof id === 'string' ? (stakeholderNames.get(id) ?? id) : '');
  const text =
    table === 'relationships'
      ? `${nameOf(record.sourceId)} – ${nameOf(record.targetId)}`
      : table === 'mapPositions'
        ? nameOf(record.stakeholderId)
        : [record.name, record.title, record.text, record.key].find((value) => typeof value === 'string' && value.trim() !== '');
  const label = typeof text === 'string' && text.trim() !== '' && text !== ' – ' ? text : key;
  return label.length > 120 ? `${label.slice(0, 119)}…` : label;
}

/** Names for the stakeholders that labels of relationships and map positions mention. */
async function stakeholderNamesFor(db: TramaDatabase, rows: ReadonlyArray<{ table: TableName; row: unknown }>): Promise<Map<string, string>> {
  const ids = new Map<string, IndexableType>();
  for (const { table, row } of rows) {
    if (table !== 'relationships' && table !== 'mapPositions') continue;
    for (const { to, id } of referencesOf(table, row)) if (to === 'stakeholders') ids.set(id, id);
  }
  const found = await readRows(db, 'stakeholders', ids);
  return new Map([...found].flatMap(([id, row]) => (row ? [[id, (row as { name: string }).name] as const] : [])));
}

/** Call inside a read-write transaction over every table. */
export async function planUndo(db: TramaDatabase, change: UndoableChange): Promise<UndoPlan> {
  const restores = firstImages(change);
  const deletes = createdKeys(change, restores);
  const tables = [...new Set([...restores.keys(), ...deletes.keys()])];
  const current: KeyedRows = new Map();
  for (const table of tables) current.set(table, await readRows(db, table, touchedKeys(change, table)));

  // Each conflict with the rows its words come from: names are looked up once, at the end.
  const conflicts = new Map<string, { conflict: Omit<UndoConflict, 'label' | 'by'>; row: unknown; by?: { table: TableName; row: unknown; key: string } }>();
  const addConflict = (conflict: Omit<UndoConflict, 'label' | 'by'>, row: unknown, by?: { table: TableName; row: unknown; key: string }) =>
    conflicts.set(`${conflict.table}\u0000${conflict.key}`, { conflict, row, ...(by ? { by } : {}) });
  const rowNow = (table: TableName, key: string) => current.get(table)?.get(key) ?? restores.get(table)?.get(key);

  // 1. Rows changed since the change, and created rows already gone (nothing to do for those).
  for (const [table, keys] of deletes) {
    for (const key of [...keys.keys()]) {
      const row = current.get(table)?.get(key);
      const stamp = change.after?.[table]?.get(key);
      if (row === undefined) keys.delete(key);
      else if (stamp && !isSameStamp(stamp, stampOf(row))) {
        keys.delete(key);
        addConflict({ table, key, reason: 'changed' }, rowNow(table, key));
      }
    }
  }
  for (const [table, images] of restores) {
    for (const key of [...images.keys()]) {
      const row = current.get(table)?.get(key);
      const stamp = change.after?.[table]?.get(key);
      if (stamp && !isSameStamp(stamp, stampOf(row))) {
        addConflict({ table, key, reason: row === undefined ? 'deleted' : 'changed' }, rowNow(table, key));
        images.delete(key);
      }
    }
  }

  // 2. Who points at the rows Undo would delete, and whether what restored rows point at exists.
  const referrers: Referrer[] = [];
  for (const [table, keys] of deletes) referrers.push(...(await findReferrers(db, table, new Set(keys.keys()))));
  const existsNow = await existenceOfReferenced(db, restores, current);
  const touched = new Map(tables.map((table) => [table, new Set(touchedKeys(change, table).keys())]));
  const restoredAtFirst = new Map([...restores].map(([table, images]) => [table, new Set(images.keys())]));

  // 3. Until nothing moves: keep what a kept row needs, and do not restore what would point at nothing.
  for (let isSettled = false; !isSettled; ) {
    isSettled = true;
    for (const referrer of referrers) {
      const referrerKey = keyText(primaryKeyOf(referrer.from, referrer.row));
      const isReferrerUndone = deletes.get(referrer.from)?.has(referrerKey) || restores.get(referrer.from)?.has(referrerKey);
      if (isReferrerUndone || !deletes.get(referrer.to)?.delete(referrer.id)) continue;
      isSettled = false;
      // A row of this change kept for its own reason is a consequence, not a later edit.
      if (!touched.get(referrer.from)?.has(referrerKey)) {
        const by = { table: referrer.from, row: referrer.row, key: referrerKey };
        addConflict({ table: referrer.to, key: referrer.id, reason: 'referenced' }, rowNow(referrer.to, referrer.id), by);
      }
    }
    for (const [table, images] of restores) {
      for (const [key, image] of [...images]) {
        const isThere = ({ to, id }: { to: TableName; id: string }) => restores.get(to)?.has(id) || (existsNow(to, id) && !deletes.get(to)?.has(id));
        // A reference already broken when the change was made is no reason to hold the row back.
        const wasThere = ({ to, id }: { to: TableName; id: string }) => touched.get(to)?.has(id) || isPresent(change.after?.[to]?.get(id));
        const missing = referencesOf(table, image).find((reference) => !isThere(reference) && wasThere(reference));
        if (!missing) continue;
        images.delete(key);
        isSettled = false;
        // Missing because its own restore was held back: a consequence, not a later edit.
        if (!restoredAtFirst.get(missing.to)?.has(missing.id)) addConflict({ table, key, reason: 'dangling', missing: missing.to }, image);
      }
    }
  }

  const rowCount = [...deletes.values(), ...restores.values()].reduce((sum, rows) => sum + rows.size, 0);
  const entries = [...conflicts.values()];
  const names = await stakeholderNamesFor(db, entries.flatMap(({ conflict, row, by }) => [{ table: conflict.table, row }, ...(by ? [by] : [])]));
  const labelled = entries.map(({ conflict, row, by }): UndoConflict => ({
    ...conflict,
    label: labelOf(conflict.table, row, conflict.key, names),
    ...(by ? { by: { table: by.table, label: labelOf(by.table, by.row, by.key, names) } } : {}),
  }));
  return { deletes, restores, conflicts: labelled, rowCount };
}

/** Whether each record that a row to be restored points at exists now (before Undo writes). */
async function existenceOfReferenced(db: TramaDatabase, restores: KeyedRows, current: KeyedRows): Promise<(table: TableName, id: string) => boolean> {
  const unknown = new Map<TableName, Map<string, IndexableType>>();
  for (const [table, images] of restores) {
    for (const image of images.values()) {
      for (const { to, id } of referencesOf(table, image)) if (!current.get(to)?.has(id)) rowsOf(unknown, to).set(id, id);
    }
  }
  const found: KeyedRows = new Map();
  for (const [table, ids] of unknown) found.set(table, await readRows(db, table, ids));
  return (table, id) => (current.get(table)?.get(id) ?? found.get(table)?.get(id)) !== undefined;
}
