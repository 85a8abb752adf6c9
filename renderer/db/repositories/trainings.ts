import { trainingInputSchema, type Training, type TrainingInput } from '../../../shared/domain/training';
import { parseOrThrow, ValidationError, type FieldIssue } from '../../../shared/domain/validation';
import {
  applyDeletionPlan,
  deletedRows,
  deletionTables,
  planDeletion,
  previewDeletion,
  type DeletionReach,
} from '../cascade';
import type { TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from '../undo';

// Trainings held (issue 18): trainers from the staff, attendees from the contact persons.
// A training points at records that must exist when it is saved; deleting one of those
// later takes it off the training (shared/domain/references.ts), the training stays.

/** The tables a save reads to check what the training points at. */
const SAVE_TABLES = ['trainings', 'contacts', 'staff', 'programmes'] as const;

type TrainingFields = Omit<Training, 'id' | 'createdAt' | 'updatedAt'>;

/** Refuses ids of records that do not exist (a contact deleted while the form was open), one issue per list. */
async function assertReferencesExist(db: TramaDatabase, fields: TrainingFields): Promise<void> {
  const [attendees, trainers, programme] = await Promise.all([
    db.contacts.bulkGet(fields.attendeeIds),
    db.staff.bulkGet(fields.trainerIds),
    fields.programmeId === null ? null : db.programmes.get(fields.programmeId),
  ]);
  const issues: FieldIssue[] = [];
  if (attendees.includes(undefined)) issues.push({ field: 'attendeeIds', reason: 'unknown-contact' });
  if (trainers.includes(undefined)) issues.push({ field: 'trainerIds', reason: 'unknown-staff' });
  if (programme === undefined) issues.push({ field: 'programmeId', reason: 'unknown-programme' });
  if (issues.length > 0) throw new ValidationError(issues);
}

export async function createTraining(
  db: TramaDatabase,
  input: TrainingInput,
): Promise<{ training: Training; change: UndoableChange }> {
  const fields = parseOrThrow(trainingInputSchema, input);
  return db.transaction('rw', [...SAVE_TABLES], async () => {
    await assertReferencesExist(db, fields);
    const training: Training = { ...newRecordBase(), ...fields };
    await db.trainings.add(training);
    const change = emptyChange();
    recordCreated(change, 'trainings', [training.id]);
    return { training, change };
  });
}

export async function updateTraining(
  db: TramaDatabase,
  id: string,
  input: TrainingInput,
): Promise<{ training: Training; change: UndoableChange }> {
  const fields = parseOrThrow(trainingInputSchema, input);
  return db.transaction('rw', [...SAVE_TABLES], async () => {
    const before = await db.trainings.get(id);
    if (!before) throw new Error(`Training ${id} no longer exists`);
    await assertReferencesExist(db, fields);
    const training: Training = { ...before, ...fields, updatedAt: nowIso() };
    await db.trainings.put(training);
    const change = emptyChange();
    recordBefore(change, 'trainings', [before]);
    return { training, change };
  });
}

/** What deleting a training would take or change with it, as its confirmation says it. */
export function previewTrainingDeletion(db: TramaDatabase, id: string): Promise<DeletionReach> {
  return previewDeletion(db, 'trainings', [id]);
}

/** Deletes a training, and whatever the registry of references says goes or changes with it. */
export async function deleteTraining(db: TramaDatabase, id: string): Promise<UndoableChange> {
  return db.transaction('rw', deletionTables('trainings'), async () => {
    const plan = await planDeletion(db, 'trainings', [id]);
    if (deletedRows(plan, 'trainings').length === 0) throw new Error(`Training ${id} no longer exists`);
    return applyDeletionPlan(db, plan);
  });
}
