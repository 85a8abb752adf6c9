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
import { newRecordBase } from '../timestamps';

// Programmes and staff members: the team's own small lists.


/** Adds the default programmes once; never overwrites what the user renamed. */
export async function ensureDefaultProgrammes(db: TramaDatabase): Promise<void> {
  await db.transaction('rw', db.programmes, async () => {
    const existing = new Set(await db.programmes.toCollection().primaryKeys());
    const base = newRecordBase();
    const missing = DEFAULT_PROGRAMMES.filter((programme) => !existing.has(programme.id)).map((programme) => ({
      ...programme,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
    }));
    await db.programmes.bulkAdd(missing);
  });
}

export async function createProgramme(db: TramaDatabase, input: ProgrammeInput): Promise<Programme> {
  const programme: Programme = { ...newRecordBase(), ...parseOrThrow(programmeFieldsSchema, input) };
  await db.programmes.add(programme);
  return programme;
}

export async function createStaffMember(db: TramaDatabase, input: StaffMemberInput): Promise<StaffMember> {
  const member: StaffMember = { ...newRecordBase(), ...parseOrThrow(staffMemberFieldsSchema, input) };
  await db.staff.add(member);
  return member;
}
