import type { Table } from 'dexie';
import { deletionReach, ENTITIES, ENTITY_TABLES, referencesTo } from '../../shared/domain/entities';
import type { Contact } from '../../shared/domain/contact';
import { valuesAt } from '../../shared/domain/references';
import { afterTargetsDeleted } from '../../shared/domain/targetsDeleted';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import {
  formerAttendeesOf,
  withFormerAttendees,
  type FormerAttendee,
  type Training,
} from '../../shared/domain/training';
import type { AgreementRow, TramaDatabase } from './db';
import { addRevisionTokens, organisationsToRead, readRevisions, revisionsToRead, tallyTables } from './formerAttendees';
import { findReferringRows } from './recordReferences';
import { fromAgreementRow, toAgreementRow } from './agreementRows';
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
export type StoredRow<Name extends TableName> =
  TramaDatabase[Name] extends Table<infer Row, infer _Key, infer _Insert> ? Row : never;

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

/** Tables a deletion's confirmation does not count: map positions are the map's own layout. */
export const UNSAID_IN_CONFIRMATION: readonly TableName[] = ['mapPositions'];

/** How many records of one table. */
export interface TableCount {
  table: TableName;
  count: number;
}

/**
 * What a deletion does besides deleting the records asked for, table by table in the
 * registry's order: the records that go with them, and those that stay, changed. Tables
 * with none are left out. The confirmation says one line per table (`cascade.<table>`).
 */
export interface DeletionReach {
  deleted: TableCount[];
  changed: TableCount[];
}

/** The tables a deletion of records of these tables reads and writes: its transaction. */
export function deletionTables(...tables: TableName[]): string[] {
  const reached = tables.flatMap((table) => deletionReach(table).tables);
  return [...new Set([...reached, ...tallyTables(reached)])];
}

export function countsOf(plan: DeletionPlan): DeletionCounts {
  const counted = (rows: Map<TableName, Map<string, unknown>>) =>
    Object.fromEntries([...rows].map(([table, byKey]) => [table, byKey.size]));
  return { deleted: counted(plan.deleted), changed: counted(plan.changed) };
}

/** The plan's reach beyond the records of `table` asked for (`ids`), as its confirmation says it. */
export function reachOf(plan: DeletionPlan, table: TableName, ids: readonly string[]): DeletionReach {
  const asked = new Set(ids.map((id) => keyText(id)));
  const counted = (
    rows: Map<TableName, Map<string, unknown>>,
    isAsked: (table: TableName, key: string) => boolean,
  ): TableCount[] =>
    ENTITY_TABLES.filter((reached) => !UNSAID_IN_CONFIRMATION.includes(reached))
      .map((reached) => ({
        table: reached,
        count: [...(rows.get(reached)?.keys() ?? [])].filter((key) => !isAsked(reached, key)).length,
      }))
      .filter((line) => line.count > 0);
  return {
    deleted: counted(plan.deleted, (reached, key) => reached === table && asked.has(key)),
    changed: counted(plan.changed, () => false),
  };
}

/** What deleting these records of `table` would take or change: its confirmation's lines, planned by the code that deletes. */
export function previewDeletion(db: TramaDatabase, table: TableName, ids: readonly string[]): Promise<DeletionReach> {
  return db.transaction('r', deletionTables(table), async () =>
    reachOf(await planDeletion(db, table, ids), table, ids),
  );
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
export function planDeletion(db: TramaDatabase, table: TableName, ids: readonly string[]): Promise<DeletionPlan> {
  return planDeletions(db, [{ table, ids }]);
}

/** Records of one table asked to be deleted, by key. */
export interface DeletionRequest {
  table: TableName;
  ids: readonly string[];
}

/** planDeletion for records of several tables at once; call inside a transaction over deletionTables(...their tables). */
export async function planDeletions(
  db: TramaDatabase,
  requests: readonly DeletionRequest[],
  /** Records that never were (the sample network): their deletion leaves no trace, not even an anonymous tally. */
  { leavesNoTrace = false }: { leavesNoTrace?: boolean } = {},
): Promise<DeletionPlan> {
  const plan: DeletionPlan = { deleted: new Map(), changed: new Map() };
  const updatedAt = nowIso();
  const batches: Array<{ table: TableName; ids: Set<string> }> = [];
  // One token per person deleted, whichever trainings they attended: derived from her record's
  // revision in a team (formerAttendees.ts), else drawn.
  const formerAttendeeTokens = new Map<string, string>();
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
  for (const { table, ids } of requests)
    remove(
      table,
      (await db.table(table).bulkGet([...new Set(ids)])).filter((row: unknown) => row !== undefined),
    );
  for (let batch = batches.shift(); batch !== undefined; batch = batches.shift()) {
    // Nothing points there: no look-up. (An awaited step that asks the database nothing makes
    // Dexie lose track of the transaction: the writes after it ran outside it, and it committed early.)
    if (referencesTo(batch.table).length === 0) continue;
    for (const { field, rows } of await findReferringRows(db, batch.table, batch.ids)) {
      const { path, tallyOnTargetDeleted } = field.reference;
      const { ids, table: deletedTable } = batch;
      // A fallback list brings in none of the records this deletion takes, in this step or an earlier one.
      const isGone = (id: string) => rowsIn(plan.deleted, deletedTable).has(keyText(id));
      let tally: Map<string, FormerAttendee> | null = null;
      if (tallyOnTargetDeleted === 'former-attendees' && rows.length > 0 && !leavesNoTrace) {
        const contacts = [...ids].map((id) => plan.deleted.get(deletedTable)!.get(id) as Contact);
        const deletedStakeholders = (plan.deleted.get('stakeholders') ?? new Map()) as Map<string, Stakeholder>;
        const toRead = organisationsToRead(contacts, deletedStakeholders);
        const read = toRead.length > 0 ? await db.stakeholders.bulkGet(toRead) : [];
        const toDerive = revisionsToRead(contacts, formerAttendeeTokens);
        const revisions = toDerive.length > 0 ? await readRevisions(db, toDerive) : [];
        addRevisionTokens(toDerive, revisions, formerAttendeeTokens);
        tally = formerAttendeesOf(contacts, [...deletedStakeholders.values(), ...read], formerAttendeeTokens);
      }
      for (const row of rows) {
        const key = keyText(primaryKeyOf(field.from, row));
        if (rowsIn(plan.deleted, field.from).has(key)) continue;
        const earlier = rowsIn(plan.changed, field.from).get(key);
        const before = earlier?.before ?? row;
        const current = earlier?.after ?? row;
        let after = afterTargetsDeleted(current, field.reference, ids, isGone);
        if (after === null) {
          remove(field.from, [before]);
          continue;
        }
        if (tally && after !== current) {
          const removed = new Set(valuesAt(current, path).filter((id) => ids.has(id)));
          after = withFormerAttendees(
            after as Training,
            [...removed].flatMap((id) => tally.get(id) ?? []),
          );
        }
        if (after !== current)
          rowsIn(plan.changed, field.from).set(key, { before, after: storedAfterChange(field.from, after, updatedAt) });
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
  for (const [table, rows] of plan.changed)
    recordBefore(
      change,
      table,
      [...rows.values()].map((entry) => entry.before),
    );
  for (const [table, rows] of plan.deleted)
    await db.table(table).bulkDelete([...rows.values()].map((row) => primaryKeyOf(table, row)));
  for (const [table, rows] of plan.changed)
    await db.table(table).bulkPut([...rows.values()].map((entry) => entry.after));
  return change;
}
