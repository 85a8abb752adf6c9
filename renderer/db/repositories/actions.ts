import {
  advocacyActionInputSchema,
  followUpInputSchema,
  type AdvocacyAction,
  type AdvocacyActionInput,
  type FollowUp,
  type FollowUpInput,
} from '../../../shared/domain/action';
import { localIsoDate, type RecordBase } from '../../../shared/domain/common';
import { parseOrThrow, ValidationError, type FieldIssue } from '../../../shared/domain/validation';
import { applyDeletionPlan, deletionTables, planDeletion, previewDeletion, type DeletionReach } from '../cascade';
import type { TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from '../undo';

export async function createAction(db: TramaDatabase, input: AdvocacyActionInput): Promise<AdvocacyAction> {
  const fields = parseOrThrow(advocacyActionInputSchema, input);
  const action: AdvocacyAction = { ...newRecordBase(), ...fields };
  await db.actions.add(action);
  return action;
}

/** Deletes an action with its follow-ups and the briefings prepared from it. */
export async function deleteAction(db: TramaDatabase, id: string): Promise<UndoableChange> {
  return db.transaction('rw', deletionTables('actions'), async () =>
    applyDeletionPlan(db, await planDeletion(db, 'actions', [id])),
  );
}

/** What deleting an action would take or change with it (its follow-ups, the briefings prepared from it), as its confirmation says it. */
export function previewActionDeletion(db: TramaDatabase, id: string): Promise<DeletionReach> {
  return previewDeletion(db, 'actions', [id]);
}

export async function createFollowUp(db: TramaDatabase, input: FollowUpInput): Promise<FollowUp> {
  const fields = parseOrThrow(followUpInputSchema, input);
  return db.transaction('rw', db.followUps, db.actions, async () => {
    if (!(await db.actions.get(fields.actionId))) throw new Error(`Action ${fields.actionId} does not exist`);
    const followUp: FollowUp = { ...newRecordBase(), ...fields };
    await db.followUps.add(followUp);
    return followUp;
  });
}

export async function updateFollowUp(
  db: TramaDatabase,
  id: string,
  patch: Partial<FollowUpInput>,
): Promise<{ followUp: FollowUp; change: UndoableChange }> {
  return db.transaction('rw', db.followUps, async () => {
    const before = await db.followUps.get(id);
    if (!before) throw new Error(`Follow-up ${id} no longer exists`);
    const fields = parseOrThrow(followUpInputSchema, { ...before, ...patch });
    const followUp: FollowUp = { ...before, ...fields, updatedAt: nowIso() };
    await db.followUps.put(followUp);
    const change = emptyChange();
    recordBefore(change, 'followUps', [before]);
    return { followUp, change };
  });
}

/** A follow-up as the action form edits it: `id` is absent for a row added in the form. */
export type FollowUpRowInput = Omit<FollowUpInput, 'actionId'> & { id?: string };

export interface SavedAction {
  action: AdvocacyAction;
  followUps: FollowUp[];
  change: UndoableChange;
}

/**
 * Saves an action and its follow-ups as the form shows them, in one transaction: rows
 * without id are created, rows with one are updated, the action's other follow-ups are
 * deleted. Invalid fields of any row are reported together (`followUps.<index>.<field>`)
 * and nothing is written. The change takes the whole save back. `today` is the user's
 * calendar day: no row is newly done after it.
 */
export async function saveActionWithFollowUps(
  db: TramaDatabase,
  actionId: string | null,
  input: AdvocacyActionInput,
  followUpRows: readonly FollowUpRowInput[],
  today: string = localIsoDate(),
): Promise<SavedAction> {
  const checked = validateActionWithFollowUps(input, followUpRows);
  return db.transaction('rw', db.actions, db.followUps, async () => {
    const change = emptyChange();
    const now = nowIso();
    const before = actionId === null ? undefined : await db.actions.get(actionId);
    if (actionId !== null && !before) throw new Error(`Action ${actionId} no longer exists`);
    const existing = actionId === null ? [] : await db.followUps.where('actionId').equals(actionId).toArray();
    const existingById = new Map(existing.map((row) => [row.id, row]));
    const { fields, rows } = withoutDoneAhead(checked, existingById, today);
    let action: AdvocacyAction;
    if (!before) {
      action = { ...newRecordBase(), ...fields };
      await db.actions.add(action);
      recordCreated(change, 'actions', [action.id]);
    } else {
      action = { ...before, ...fields, updatedAt: now };
      await db.actions.put(action);
      recordBefore(change, 'actions', [before]);
    }
    const saved: FollowUp[] = [];
    for (const { id, fields: followUpFields } of rows) {
      const stored = id === undefined ? undefined : existingById.get(id);
      if (stored) {
        existingById.delete(stored.id);
        const followUp: FollowUp = { ...stored, ...followUpFields, actionId: action.id, updatedAt: now };
        recordBefore(change, 'followUps', [stored]);
        saved.push(followUp);
      } else {
        const followUp: FollowUp = { ...newRecordBase(), ...followUpFields, actionId: action.id };
        recordCreated(change, 'followUps', [followUp.id]);
        saved.push(followUp);
      }
    }
    const removed = [...existingById.values()];
    recordBefore(change, 'followUps', removed);
    await db.followUps.bulkDelete(removed.map((row) => row.id));
    await db.followUps.bulkPut(saved);
    return { action, followUps: saved, change };
  });
}

type ActionFields = Omit<AdvocacyAction, keyof RecordBase>;
type FollowUpFields = Omit<FollowUp, keyof RecordBase | 'actionId'>;

interface CheckedAction {
  fields: ActionFields | null;
  rows: ({ id: string | undefined; fields: FollowUpFields } | null)[];
  issues: FieldIssue[];
}

/** Validates the action and every follow-up row, so the form can show all errors at once. */
function validateActionWithFollowUps(
  input: AdvocacyActionInput,
  followUpRows: readonly FollowUpRowInput[],
): CheckedAction {
  const issues: FieldIssue[] = [];
  const collect = <Value>(parse: () => Value, fieldPrefix: string): Value | null => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, field: `${fieldPrefix}${issue.field}` })));
      return null;
    }
  };
  const fields: ActionFields | null = collect(() => parseOrThrow(advocacyActionInputSchema, input), '');
  const rows = followUpRows.map(({ id, ...row }, index) =>
    collect(() => {
      // The action id is known only inside the transaction; a placeholder lets the schema check the rest.
      const { actionId: _placeholder, ...followUpFields } = parseOrThrow(followUpInputSchema, {
        ...row,
        actionId: 'pending',
      });
      return { id, fields: followUpFields as FollowUpFields };
    }, `followUps.${index}.`),
  );
  return { fields, rows, issues };
}

/**
 * The checked action, refused (with every issue found) if a row is done after `today` as this
 * save would newly store it. Not the schema's rule: a row stored done ahead (a backup, a sync
 * from a laptop a day ahead, a save before this check) still reads back, and its action can be
 * edited without touching it. One done before its action's date is allowed: a planned meeting's
 * follow-up (sending the agenda) is done ahead of it, and "Mark done" records just that.
 */
function withoutDoneAhead(checked: CheckedAction, stored: ReadonlyMap<string, FollowUp>, today: string) {
  const issues = [...checked.issues];
  checked.rows.forEach((row, index) => {
    const doneOn = row?.fields.doneOn ?? null;
    const storedDoneOn = row?.id === undefined ? undefined : stored.get(row.id)?.doneOn;
    if (doneOn !== null && doneOn > today && doneOn !== storedDoneOn)
      issues.push({ field: `followUps.${index}.doneOn`, reason: 'done-in-future' });
  });
  const { fields, rows } = checked;
  if (issues.length || fields === null) throw new ValidationError(issues);
  return { fields, rows: rows.filter((row) => row !== null) };
}

/**
 * Marks a follow-up done on `today`; the change puts it back to open. One already done is left
 * as it is, with no change (null): a second "Mark done" (a double-click) must not make a change
 * of its own, or Undo would take back only that one and leave the follow-up done.
 */
export async function markFollowUpDone(
  db: TramaDatabase,
  id: string,
  today: string,
): Promise<{ followUp: FollowUp; change: UndoableChange | null }> {
  return db.transaction('rw', db.followUps, async () => {
    const current = await db.followUps.get(id);
    if (current && current.doneOn !== null) return { followUp: current, change: null };
    return updateFollowUp(db, id, { doneOn: today });
  });
}
