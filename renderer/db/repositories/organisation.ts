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
import type { TramaDatabase } from '../db';
import { newRecordBase, nowIso } from '../timestamps';
import { emptyChange, recordBefore, type UndoableChange } from '../undo';

// Programmes and staff members: the team's own small lists. Deleting one clears every
// reference to it in the same transaction (DESIGN §2: no dangling references).

/** Set once the default programmes were added, so that deleting one is not undone at the next start. */
const DEFAULTS_ADDED_META_KEY = 'defaultProgrammesAdded';

/** Adds the default programmes once; never overwrites what the user renamed, never brings back what they deleted. */
export async function ensureDefaultProgrammes(db: TramaDatabase): Promise<void> {
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

export async function listProgrammes(db: TramaDatabase): Promise<Programme[]> {
  return db.programmes.orderBy('name').toArray();
}

export async function listStaff(db: TramaDatabase): Promise<StaffMember[]> {
  return db.staff.orderBy('name').toArray();
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
    if (!before) throw new Error(`Programme ${id} no longer exists`);
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
    if (!before) throw new Error(`Staff member ${id} no longer exists`);
    const member: StaffMember = { ...before, ...fields, updatedAt: nowIso() };
    await db.staff.put(member);
    const change = emptyChange();
    recordBefore(change, 'staff', [before]);
    return { member, change };
  });
}

/** How many records name a staff member as their owner. */
export interface StaffUsage {
  actions: number;
  followUps: number;
}

/** How many records are tagged with a programme. */
export interface ProgrammeUsage {
  actions: number;
  agreements: number;
  stakeholders: number;
  /** Briefings naming it on their cover. */
  briefings: number;
}

const STAFF_TABLES = ['staff', 'actions', 'followUps'] as const;
const PROGRAMME_TABLES = ['programmes', 'actions', 'agreements', 'stakeholders', 'briefings'] as const;

async function staffReferences(db: TramaDatabase, id: string) {
  const [actions, followUps] = await Promise.all([
    db.actions.where('ownerId').equals(id).toArray(),
    db.followUps.where('ownerId').equals(id).toArray(),
  ]);
  return { actions, followUps };
}

async function programmeReferences(db: TramaDatabase, id: string) {
  // Agreements and stakeholders have no index on their programmes: these lists are small.
  const [actions, agreements, stakeholders, briefings] = await Promise.all([
    db.actions.where('programmeId').equals(id).toArray(),
    db.agreements.filter((row) => row.programmeIds.includes(id)).toArray(),
    db.stakeholders.filter((row) => row.programmeIds.includes(id)).toArray(),
    db.briefings.filter((row) => row.programmeId === id).toArray(),
  ]);
  return { actions, agreements, stakeholders, briefings };
}

export async function previewStaffDeletion(db: TramaDatabase, id: string): Promise<StaffUsage> {
  return db.transaction('r', STAFF_TABLES, async () => {
    const references = await staffReferences(db, id);
    return { actions: references.actions.length, followUps: references.followUps.length };
  });
}

/** Deletes a staff member; the actions and follow-ups they owned are left without an owner. */
export async function deleteStaffMember(db: TramaDatabase, id: string): Promise<{ usage: StaffUsage; change: UndoableChange }> {
  return db.transaction('rw', STAFF_TABLES, async () => {
    const member = await db.staff.get(id);
    if (!member) throw new Error(`Staff member ${id} no longer exists`);
    const { actions, followUps } = await staffReferences(db, id);
    const change = emptyChange();
    recordBefore(change, 'staff', [member]);
    recordBefore(change, 'actions', actions);
    recordBefore(change, 'followUps', followUps);
    const updatedAt = nowIso();
    await db.actions.bulkPut(actions.map((action) => ({ ...action, ownerId: null, updatedAt })));
    await db.followUps.bulkPut(followUps.map((followUp) => ({ ...followUp, ownerId: null, updatedAt })));
    await db.staff.delete(id);
    return { usage: { actions: actions.length, followUps: followUps.length }, change };
  });
}

export async function previewProgrammeDeletion(db: TramaDatabase, id: string): Promise<ProgrammeUsage> {
  return db.transaction('r', PROGRAMME_TABLES, async () => {
    const references = await programmeReferences(db, id);
    return {
      actions: references.actions.length,
      agreements: references.agreements.length,
      stakeholders: references.stakeholders.length,
      briefings: references.briefings.length,
    };
  });
}

/** Deletes a programme and takes it off every action, agreement, stakeholder and briefing cover tagged with it. */
export async function deleteProgramme(db: TramaDatabase, id: string): Promise<{ usage: ProgrammeUsage; change: UndoableChange }> {
  return db.transaction('rw', PROGRAMME_TABLES, async () => {
    const programme = await db.programmes.get(id);
    if (!programme) throw new Error(`Programme ${id} no longer exists`);
    const { actions, agreements, stakeholders, briefings } = await programmeReferences(db, id);
    const change = emptyChange();
    recordBefore(change, 'programmes', [programme]);
    recordBefore(change, 'actions', actions);
    recordBefore(change, 'agreements', agreements);
    recordBefore(change, 'stakeholders', stakeholders);
    recordBefore(change, 'briefings', briefings);
    const updatedAt = nowIso();
    const without = (ids: readonly string[]) => ids.filter((programmeId) => programmeId !== id);
    await db.actions.bulkPut(actions.map((action) => ({ ...action, programmeId: null, updatedAt })));
    await db.agreements.bulkPut(agreements.map((row) => ({ ...row, programmeIds: without(row.programmeIds), updatedAt })));
    await db.stakeholders.bulkPut(stakeholders.map((row) => ({ ...row, programmeIds: without(row.programmeIds), updatedAt })));
    // A briefing only names the programme on its cover: it loses the name, not its content.
    await db.briefings.bulkPut(briefings.map((row) => ({ ...row, programmeId: null, updatedAt })));
    await db.programmes.delete(id);
    return { usage: { actions: actions.length, agreements: agreements.length, stakeholders: stakeholders.length, briefings: briefings.length }, change };
  });
}
