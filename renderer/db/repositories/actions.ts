import {
  advocacyActionInputSchema,
  followUpInputSchema,
  type AdvocacyAction,
  type AdvocacyActionInput,
  type FollowUp,
  type FollowUpInput,
} from '../../../shared/domain/action';
import { parseOrThrow } from '../../../shared/domain/validation';
import type { TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, type UndoableChange } from '../undo';

export async function createAction(db: TramaDatabase, input: AdvocacyActionInput): Promise<AdvocacyAction> {
  const fields = parseOrThrow(advocacyActionInputSchema, input);
  const action: AdvocacyAction = { ...newRecordBase(), ...fields };
  await db.actions.add(action);
  return action;
}

export async function updateAction(
  db: TramaDatabase,
  id: string,
  input: AdvocacyActionInput,
): Promise<{ action: AdvocacyAction; change: UndoableChange }> {
  const fields = parseOrThrow(advocacyActionInputSchema, input);
  return db.transaction('rw', db.actions, async () => {
    const before = await db.actions.get(id);
    if (!before) throw new Error(`Action ${id} no longer exists`);
    const action: AdvocacyAction = { ...before, ...fields, updatedAt: nowIso() };
    await db.actions.put(action);
    const change = emptyChange();
    recordBefore(change, 'actions', [before]);
    return { action, change };
  });
}

/** Deletes an action with its follow-ups. */
export async function deleteAction(db: TramaDatabase, id: string): Promise<UndoableChange> {
  return db.transaction('rw', db.actions, db.followUps, async () => {
    const change = emptyChange();
    const before = await db.actions.get(id);
    const followUps = await db.followUps.where('actionId').equals(id).toArray();
    if (before) recordBefore(change, 'actions', [before]);
    recordBefore(change, 'followUps', followUps);
    await db.followUps.bulkDelete(followUps.map((row) => row.id));
    await db.actions.delete(id);
    return change;
  });
}

export async function listActionsTargeting(db: TramaDatabase, stakeholderId: string): Promise<AdvocacyAction[]> {
  return db.actions.where('targetIds').equals(stakeholderId).reverse().sortBy('date');
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

export async function listFollowUpsOf(db: TramaDatabase, actionId: string): Promise<FollowUp[]> {
  return db.followUps.where('actionId').equals(actionId).sortBy('dueDate');
}
