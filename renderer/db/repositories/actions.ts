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
 * calendar day: no row is done after it.
 */
export async function saveActionWithFollowUps(
  db: TramaDatabase,
  actionId: string | null,
  input: AdvocacyActionInput,
  followUpRows: readonly FollowUpRowInput[],
  today: string = localIsoDate(),
): Promise<SavedAction> {
  const { fields, rows } = validateActionWithFollowUps(input, followUpRows, today);
  return db.transaction('rw', db.actions, db.followUps, async () => {
    const change = emptyChange();
    const now = nowIso();
    let action: AdvocacyAction;
    let existing: FollowUp[] = [];
    if (actionId === null) {
      action = { ...newRecordBase(), ...fields };
      await db.actions.add(action);
      recordCreated(change, 'actions', [action.id]);
    } else {
      const before = await db.actions.get(actionId);
      if (!before) throw new Error(`Action ${actionId} no longer exists`);
      action = { ...before, ...fields, updatedAt: now };
      await db.actions.put(action);
      recordBefore(change, 'actions', [before]);
      existing = await db.followUps.where('actionId').equals(actionId).toArray();
    }
    const existingById = new Map(existing.map((row) => [row.id, row]));
    const saved: FollowUp[] = [];
    for (const { id, fields: followUpFields } of rows) {
      const before = id === undefined ? undefined : existingById.get(id);
      if (before) {
        existingById.delete(before.id);
        const followUp: FollowUp = { ...before, ...followUpFields, actionId: action.id, updatedAt: now };
        recordBefore(change, 'followUps', [before]);
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

/**
 * Validates the action and every follow-up row, so the form can show all errors at once. A row
 * done after `today` is refused here, not by the schema: a stored one (a backup, a sync from a
 * laptop a day ahead) must still read back. One done before its action's date is not: a
 * planned meeting's follow-up (sending the agenda) is done ahead of it, and "Mark done" on the
 * follow-ups list records just that.
 */
function validateActionWithFollowUps(
  input: AdvocacyActionInput,
  followUpRows: readonly FollowUpRowInput[],
  today: string,
) {
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
      if (followUpFields.doneOn !== null && followUpFields.doneOn > today)
        throw new ValidationError([{ field: 'doneOn', reason: 'done-in-future' }]);
      return { id, fields: followUpFields as FollowUpFields };
    }, `followUps.${index}.`),
  );
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
