import type { Table } from 'dexie';
import { deletionReach, ENTITIES, referencesTo } from '../../shared/domain/entities';
import { valuesAt, withoutIdsAt } from '../../shared/domain/references';
import type { AgreementRow, TramaDatabase } from './db';
import { findReferringRows } from './recordReferences';
import { fromAgreementRow, toAgreementRow } from './repositories/agreements';
import { keyText, primaryKeyOf } from './rowStamps';
import type { TableName } from './schema';
import { nowIso } from './timestamps';
import { emptyChange, recordBefore, type UndoableChange } from './undo';

// Referential integrity: deleting records takes with it everything that would otherwise
// point at nothing, as the registry of references says (shared/domain/references.ts): a
// contact goes with its stakeholder, an action loses a target, an agreement left with one
// party goes. The plan is computed first, so the confirmation shows exactly what the
// deletion will do; applying it writes exactly the plan, and Undo puts the rows back.

/** A stored row of a table, as the database holds it. */
export type StoredRow<Name extends TableName> = TramaDatabase[Name] extends Table<infer Row, infer _Key, infer _Insert> ? Row : never;

export interface DeletionPlan {
  /** Per table, by key: the rows asked for, and those that cannot outlive them. */
  deleted: Map<TableName, Map<string, unknown>>;
  /** Per table, by key: the rows that stay, without the ids of what goes. */
  changed: Map<TableName, Map<string, { before: unknown; after: unknown }>>;
}

/** How many rows of each table go, and how many stay changed. */
export interface DeletionCounts {
  deleted: Partial<Record<TableName, number>>;
  changed: Partial<Record<TableName, number>>;
}

/**
 * What the confirmation of a stakeholder's or a contact's deletion counts, line by line.
 * Map positions are the map's own layout and go unsaid; cascade.test.ts fails when a
 * reference would take or change rows that no line counts.
 */
export const SUMMARY_LINES = {
  stakeholders: ['deleted', 'stakeholders'],
  contacts: ['deleted', 'contacts'],
  relationships: ['deleted', 'relationships'],
  agreementsDeleted: ['deleted', 'agreements'],
  agreementsChanged: ['changed', 'agreements'],
  actionsChanged: ['changed', 'actions'],
  briefingsDeleted: ['deleted', 'briefings'],
  briefingsChanged: ['changed', 'briefings'],
} as const satisfies Record<string, readonly [keyof DeletionCounts, TableName]>;

export const UNSAID_IN_SUMMARY: readonly TableName[] = ['mapPositions'];

export type DeletionSummary = Record<keyof typeof SUMMARY_LINES, number>;

/** The tables a deletion of stakeholders or contacts reads and writes: its transaction. */
export const CASCADE_TABLES: readonly TableName[] = [...new Set([...deletionReach('stakeholders').tables, ...deletionReach('contacts').tables])];

/** The tables a deletion of records of `table` reads and writes: its transaction. */
export function deletionTables(table: TableName): TableName[] {
  return deletionReach(table).tables;
}

export function countsOf(plan: DeletionPlan): DeletionCounts {
  const counted = (rows: Map<TableName, Map<string, unknown>>) => Object.fromEntries([...rows].map(([table, byKey]) => [table, byKey.size]));
  return { deleted: counted(plan.deleted), changed: counted(plan.changed) };
}

export function summarise(plan: DeletionPlan): DeletionSummary {
  const counts = countsOf(plan);
  const lines = Object.entries(SUMMARY_LINES).map(([line, [outcome, table]]) => [line, counts[outcome][table] ?? 0]);
  return Object.fromEntries(lines) as DeletionSummary;
}

/** The rows of `table` that the plan deletes. */
export function deletedRows<Name extends TableName>(plan: DeletionPlan, table: Name): Array<StoredRow<Name>> {
  return [...(plan.deleted.get(table)?.values() ?? [])] as Array<StoredRow<Name>>;
}

function rowsIn<Value>(byTable: Map<TableName, Map<string, Value>>, table: TableName): Map<string, Value> {
  let rows = byTable.get(table);
  if (!rows) byTable.set(table, (rows = new Map()));
  return rows;
}

/** A row as it is stored once changed: stamped, and with the index mirrors that follow its fields. */
function storedAfterChange(table: TableName, row: unknown, updatedAt: string): unknown {
  const stamped = ENTITIES[table].isTimestamped ? { ...(row as object), updatedAt } : row;
  // An agreement's `partyIds` indexes its parties: it follows them.
  return table === 'agreements' ? toAgreementRow(fromAgreementRow(stamped as AgreementRow)) : stamped;
}

/** Plans the deletion of records of `table` and of everything the registry says goes or changes with them; call inside a transaction over deletionTables(table). */
export async function planDeletion(db: TramaDatabase, table: TableName, ids: readonly string[]): Promise<DeletionPlan> {
  const plan: DeletionPlan = { deleted: new Map(), changed: new Map() };
  const updatedAt = nowIso();
  const batches: Array<{ table: TableName; ids: Set<string> }> = [];
  const remove = (from: TableName, rows: readonly unknown[]) => {
    const removed = new Set<string>();
    for (const row of rows) {
      const key = keyText(primaryKeyOf(from, row));
      if (rowsIn(plan.deleted, from).has(key)) continue;
      // A row changed by an earlier step goes as it was: Undo puts back what was there.
      const before = rowsIn(plan.changed, from).get(key)?.before ?? row;
      rowsIn(plan.changed, from).delete(key);
      rowsIn(plan.deleted, from).set(key, before);
      removed.add(key);
    }
    if (removed.size > 0) batches.push({ table: from, ids: removed });
  };
  remove(table, (await db.table(table).bulkGet([...new Set(ids)])).filter((row: unknown) => row !== undefined));
  for (let batch = batches.shift(); batch !== undefined; batch = batches.shift()) {
    // Nothing points there: no look-up. (An awaited step that asks the database nothing makes
    // Dexie lose track of the transaction: the writes after it ran outside it, and it committed early.)
    if (referencesTo(batch.table).length === 0) continue;
    for (const { field, rows } of await findReferringRows(db, batch.table, batch.ids)) {
      const { path, onTargetDeleted } = field.reference;
      for (const row of rows) {
        const key = keyText(primaryKeyOf(field.from, row));
        if (rowsIn(plan.deleted, field.from).has(key)) continue;
        const earlier = rowsIn(plan.changed, field.from).get(key);
        const before = earlier?.before ?? row;
        const after = withoutIdsAt(earlier?.after ?? row, path, batch.ids);
        const left = valuesAt(after, path).length;
        const goes =
          onTargetDeleted === 'delete-row' ||
          (onTargetDeleted === 'remove-id-delete-row-if-empty' && left === 0) ||
          (onTargetDeleted === 'remove-id-delete-row-below-two' && left < 2);
        if (goes) remove(field.from, [before]);
        else if (after !== (earlier?.after ?? row)) rowsIn(plan.changed, field.from).set(key, { before, after: storedAfterChange(field.from, after, updatedAt) });
      }
    }
  }
  return plan;
}

export function planStakeholderDeletion(db: TramaDatabase, ids: readonly string[]): Promise<DeletionPlan> {
  return planDeletion(db, 'stakeholders', ids);
}

export function planContactDeletion(db: TramaDatabase, ids: readonly string[]): Promise<DeletionPlan> {
  return planDeletion(db, 'contacts', ids);
}

/** Applies a plan; call inside a rw transaction over the tables it names (deletionTables). */
export async function applyDeletionPlan(db: TramaDatabase, plan: DeletionPlan): Promise<UndoableChange> {
  const change = emptyChange();
  for (const [table, rows] of plan.deleted) recordBefore(change, table, [...rows.values()]);
  for (const [table, rows] of plan.changed) recordBefore(change, table, [...rows.values()].map((entry) => entry.before));
  for (const [table, rows] of plan.deleted) await db.table(table).bulkDelete([...rows.values()].map((row) => primaryKeyOf(table, row)));
  for (const [table, rows] of plan.changed) await db.table(table).bulkPut([...rows.values()].map((entry) => entry.after));
  return change;
}
