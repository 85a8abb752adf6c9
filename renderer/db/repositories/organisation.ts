import {
  programmeFieldsSchema,
  staffMemberFieldsSchema,
  type Programme,
  type ProgrammeInput,
  type StaffMember,
  type StaffMemberInput,
} from '../../../shared/domain/organisation';
import { DEFAULT_PROGRAMMES } from '../../../shared/domain/programmes';
import { parseOrThrow } from '../../../shared/domain/validation';
import {
  applyDeletionPlan,
  deletedRows,
  deletionTables,
  planDeletion,
  previewDeletion,
  reachOf,
  type DeletionReach,
} from '../cascade';
import type { TramaDatabase } from '../db';
import { RecordGoneError } from '../recordGone';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, type UndoableChange } from '../undo';

// Programmes and staff members: the team's own small lists. Deleting one clears every
// reference to it in the same transaction, as the registry of references says (cascade.ts;
// docs/DESIGN.md §2.4: no dangling references).

/** Set once the default programmes were added, so that deleting one is not undone at the next start. */
const DEFAULTS_ADDED_META_KEY = 'defaultProgrammesAdded';

/** Adds the default programmes once; never overwrites what the user renamed, never brings back what they deleted. */
export async function ensureDefaultProgrammes(db: TramaDatabase): Promise<void> {
  // Read first: at every start after the first, a read-write transaction here (widened to the
  // outbox and history) would hold back the first page's reads of those tables.
  if (await db.meta.get(DEFAULTS_ADDED_META_KEY)) return;
  await db.transaction('rw', db.programmes, db.meta, async () => {
    if (await db.meta.get(DEFAULTS_ADDED_META_KEY)) return;
    const existing = new Set(await db.programmes.toCollection().primaryKeys());
    const base = newRecordBase();
    const missing = DEFAULT_PROGRAMMES.filter((programme) => !existing.has(programme.id)).map((programme) => ({
      ...programme,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
    }));
    await db.programmes.bulkAdd(missing);
    await db.meta.put({ key: DEFAULTS_ADDED_META_KEY, value: true });
  });
}

export async function createProgramme(db: TramaDatabase, input: ProgrammeInput): Promise<Programme> {
  const programme: Programme = { ...newRecordBase(), ...parseOrThrow(programmeFieldsSchema, input) };
  await db.programmes.add(programme);
  return programme;
}

export async function updateProgramme(
  db: TramaDatabase,
  id: string,
  input: ProgrammeInput,
): Promise<{ programme: Programme; change: UndoableChange }> {
  const fields = parseOrThrow(programmeFieldsSchema, input);
  return db.transaction('rw', db.programmes, async () => {
    const before = await db.programmes.get(id);
    if (!before) throw new RecordGoneError('programmes', id);
    const programme: Programme = { ...before, ...fields, updatedAt: nowIso() };
    await db.programmes.put(programme);
    const change = emptyChange();
    recordBefore(change, 'programmes', [before]);
    return { programme, change };
  });
}

export async function createStaffMember(db: TramaDatabase, input: StaffMemberInput): Promise<StaffMember> {
  const member: StaffMember = { ...newRecordBase(), ...parseOrThrow(staffMemberFieldsSchema, input) };
  await db.staff.add(member);
  return member;
}

export async function updateStaffMember(
  db: TramaDatabase,
  id: string,
  input: StaffMemberInput,
): Promise<{ member: StaffMember; change: UndoableChange }> {
  const fields = parseOrThrow(staffMemberFieldsSchema, input);
  return db.transaction('rw', db.staff, async () => {
    const before = await db.staff.get(id);
    if (!before) throw new RecordGoneError('staff', id);
    const member: StaffMember = { ...before, ...fields, updatedAt: nowIso() };
    await db.staff.put(member);
    const change = emptyChange();
    recordBefore(change, 'staff', [before]);
    return { member, change };
  });
}

/** What deleting a staff member would change: the records that name them (an action's owner…). */
export function previewStaffDeletion(db: TramaDatabase, id: string): Promise<DeletionReach> {
  return previewDeletion(db, 'staff', [id]);
}

/** Deletes a staff member; the records that name them stay, with no one in their place (references.ts). */
export async function deleteStaffMember(
  db: TramaDatabase,
  id: string,
): Promise<{ reach: DeletionReach; change: UndoableChange }> {
  return db.transaction('rw', deletionTables('staff'), async () => {
    const plan = await planDeletion(db, 'staff', [id]);
    if (deletedRows(plan, 'staff').length === 0) throw new Error(`Staff member ${id} no longer exists`);
    return { reach: reachOf(plan, 'staff', [id]), change: await applyDeletionPlan(db, plan) };
  });
}

/** What deleting a programme would change: the records tagged with it. */
export function previewProgrammeDeletion(db: TramaDatabase, id: string): Promise<DeletionReach> {
  return previewDeletion(db, 'programmes', [id]);
}

/**
 * Deletes a programme and takes it off every record tagged with it, as the registry of
 * references says (a briefing loses the name on its cover, not its content).
 */
export async function deleteProgramme(
  db: TramaDatabase,
  id: string,
): Promise<{ reach: DeletionReach; change: UndoableChange }> {
  return db.transaction('rw', deletionTables('programmes'), async () => {
    const plan = await planDeletion(db, 'programmes', [id]);
    if (deletedRows(plan, 'programmes').length === 0) throw new Error(`Programme ${id} no longer exists`);
    return { reach: reachOf(plan, 'programmes', [id]), change: await applyDeletionPlan(db, plan) };
  });
}
