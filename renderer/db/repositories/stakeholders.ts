import { stakeholderInputSchema, type Stakeholder, type StakeholderInput } from '../../../shared/domain/stakeholder';
import { parseOrThrow } from '../../../shared/domain/validation';
import {
  applyDeletionPlan,
  deletionTables,
  previewDeletion,
  planStakeholderDeletion,
  reachOf,
  type DeletionReach,
} from '../cascade';
import type { TramaDatabase } from '../db';
import { RecordGoneError } from '../recordGone';
import { applyListEdits } from './listEdits';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from '../undo';

export async function createStakeholder(db: TramaDatabase, input: StakeholderInput): Promise<Stakeholder> {
  return (await createStakeholderWithChange(db, input)).stakeholder;
}

/** Creates a stakeholder, with the change that takes it back (the form's notice offers Undo). */
export async function createStakeholderWithChange(
  db: TramaDatabase,
  input: StakeholderInput,
): Promise<{ stakeholder: Stakeholder; change: UndoableChange }> {
  const fields = parseOrThrow(stakeholderInputSchema, input);
  return db.transaction('rw', db.stakeholders, async () => {
    const stakeholder: Stakeholder = { ...newRecordBase(), ...fields };
    await db.stakeholders.add(stakeholder);
    const change = emptyChange();
    recordCreated(change, 'stakeholders', [stakeholder.id]);
    return { stakeholder, change };
  });
}

export async function updateStakeholder(
  db: TramaDatabase,
  id: string,
  input: StakeholderInput,
): Promise<{ stakeholder: Stakeholder; change: UndoableChange }> {
  const fields = parseOrThrow(stakeholderInputSchema, input);
  return db.transaction('rw', db.stakeholders, async () => {
    const before = await db.stakeholders.get(id);
    if (!before) throw new RecordGoneError('stakeholders', id);
    const stakeholder: Stakeholder = { ...before, ...fields, updatedAt: nowIso() };
    await db.stakeholders.put(stakeholder);
    const change = emptyChange();
    recordBefore(change, 'stakeholders', [before]);
    return { stakeholder, change };
  });
}

/** The list fields of a stakeholder, patched by what was added and removed (applyListEdits). */
const STAKEHOLDER_LIST_FIELDS = ['tags', 'programmeIds'] as const satisfies ReadonlyArray<keyof StakeholderInput>;

/**
 * Changes only the fields given (the power-interest grid, the form's edited fields), onto the
 * record as it is now: a change made meanwhile to another field (another window, a teammate's
 * change by sync) stays. With `opened` (the values the form opened with), a list field gets
 * only the user's additions and removals. Read and write share one transaction, so nothing
 * slips in between.
 */
export async function patchStakeholder(
  db: TramaDatabase,
  id: string,
  patch: Partial<StakeholderInput>,
  opened?: Partial<StakeholderInput>,
): Promise<{ stakeholder: Stakeholder; change: UndoableChange }> {
  return db.transaction('rw', db.stakeholders, async () => {
    const current = await db.stakeholders.get(id);
    if (!current) throw new RecordGoneError('stakeholders', id);
    const applied = applyListEdits<StakeholderInput>(current, patch, opened, STAKEHOLDER_LIST_FIELDS);
    return updateStakeholder(db, id, { ...current, ...applied });
  });
}

export async function previewStakeholderDeletion(db: TramaDatabase, ids: readonly string[]): Promise<DeletionReach> {
  return previewDeletion(db, 'stakeholders', ids);
}

/** Deletes stakeholders with everything that points at them, in one transaction. */
export async function deleteStakeholders(
  db: TramaDatabase,
  ids: readonly string[],
): Promise<{ reach: DeletionReach; change: UndoableChange }> {
  return db.transaction('rw', deletionTables('stakeholders'), async () => {
    const plan = await planStakeholderDeletion(db, ids);
    return { reach: reachOf(plan, 'stakeholders', ids), change: await applyDeletionPlan(db, plan) };
  });
}
