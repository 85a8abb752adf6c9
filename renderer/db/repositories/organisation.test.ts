import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMMES } from '../../../shared/domain/programmes';
import { ValidationError } from '../../../shared/domain/validation';
import { freshDatabase, stakeholderInput } from '../../../test/support/builders';
import type { TramaDatabase } from '../db';
import { stampChange, undoChange } from '../undo';
import { createAction, createFollowUp } from './actions';
import { createAgreement } from './agreements';
import {
  createProgramme,
  createStaffMember,
  deleteProgramme,
  deleteStaffMember,
  ensureDefaultProgrammes,
  previewProgrammeDeletion,
  previewStaffDeletion,
  updateStaffMember,
} from './organisation';
import { listStaff } from '../../data/organisationQueries';
import { createStakeholder } from './stakeholders';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function everyRow(database: TramaDatabase) {
  return {
    actions: await database.actions.orderBy('id').toArray(),
    followUps: await database.followUps.orderBy('id').toArray(),
    agreements: await database.agreements.orderBy('id').toArray(),
    stakeholders: await database.stakeholders.orderBy('id').toArray(),
    programmes: await database.programmes.orderBy('id').toArray(),
    staff: await database.staff.orderBy('id').toArray(),
    briefings: await database.briefings.orderBy('id').toArray(),
  };
}

async function actionOwnedBy(ownerId: string | null, programmeId: string | null = null) {
  return createAction(db, {
    title: 'Incontro con la ASL',
    kind: 'bilateral-meeting',
    date: '2026-03-04',
    status: 'done',
    ownerId,
    programmeId,
  });
}

describe('what the confirmation of a deletion counts', () => {
  it('says nothing else for a staff member or a programme that no record names', async () => {
    const [staff, programme] = [
      await createStaffMember(db, { name: 'Giulia Coordinatrice' }),
      await createProgramme(db, { name: 'PsychCare' }),
    ];
    expect(await previewStaffDeletion(db, staff.id)).toEqual({ deleted: [], changed: [] });
    expect(await previewProgrammeDeletion(db, programme.id)).toEqual({ deleted: [], changed: [] });
  });
});

describe('staff members', () => {
  it('lists by name, updates, and refuses an invalid email', async () => {
    const zeno = await createStaffMember(db, { name: 'Zeno Prova', role: 'Advocacy officer' });
    await createStaffMember(db, { name: 'Anna Finta', email: 'anna.finta@example.org' });
    await createStaffMember(db, { name: 'bruno Neri' });
    // As people read names: a lowercase initial does not send Bruno after Zeno.
    expect((await listStaff(db)).map((member) => member.name)).toEqual(['Anna Finta', 'bruno Neri', 'Zeno Prova']);
    const { member, change } = await updateStaffMember(db, zeno.id, { name: 'Zeno Prova', isActive: false });
    expect(member.isActive).toBe(false);
    await undoChange(db, await stampChange(change));
    expect((await db.staff.get(zeno.id))?.isActive).toBe(true);
    await expect(updateStaffMember(db, zeno.id, { name: 'Zeno Prova', email: 'nope' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('deletes in one go, leaving no action or follow-up owned by someone who no longer exists; undo restores everything', async () => {
    const owner = await createStaffMember(db, { name: 'Paola Esempio' });
    const colleague = await createStaffMember(db, { name: 'Luca Esempio' });
    const owned = [await actionOwnedBy(owner.id), await actionOwnedBy(owner.id)];
    const other = await actionOwnedBy(colleague.id);
    await createFollowUp(db, { actionId: other.id, text: 'Inviare il verbale', ownerId: owner.id });
    await createFollowUp(db, { actionId: owned[0]!.id, text: 'Richiamare il referente', ownerId: colleague.id });
    const before = await everyRow(db);

    const reach = {
      deleted: [],
      changed: [
        { table: 'actions', count: 2 },
        { table: 'followUps', count: 1 },
      ],
    };
    expect(await previewStaffDeletion(db, owner.id)).toEqual(reach);
    const deletion = await deleteStaffMember(db, owner.id);
    expect(deletion.reach).toEqual(reach);
    const { change } = deletion;

    const staffIds = new Set((await db.staff.toArray()).map((member) => member.id));
    expect(staffIds.has(owner.id)).toBe(false);
    const owners = [...(await db.actions.toArray()), ...(await db.followUps.toArray())].map((row) => row.ownerId);
    expect(owners.filter((ownerId) => ownerId !== null && !staffIds.has(ownerId))).toEqual([]);
    expect((await db.actions.get(other.id))?.ownerId).toBe(colleague.id);

    await undoChange(db, await stampChange(change));
    expect(await everyRow(db)).toEqual(before);
  });

  it('refuses to delete someone who is already gone, without touching anything', async () => {
    await expect(deleteStaffMember(db, 'missing')).rejects.toThrow(/no longer exists/);
  });
});

describe('programmes', () => {
  it('adds the defaults once and does not bring back one the user deleted', async () => {
    await ensureDefaultProgrammes(db);
    expect(await db.programmes.count()).toBe(DEFAULT_PROGRAMMES.length);
    await deleteProgramme(db, DEFAULT_PROGRAMMES[1]!.id);
    await ensureDefaultProgrammes(db);
    expect(await db.programmes.get(DEFAULT_PROGRAMMES[1]!.id)).toBeUndefined();
  });

  it('opens no read-write transaction at a start once the defaults were added', async () => {
    await ensureDefaultProgrammes(db);
    const modes: string[] = [];
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    db.transaction = ((...args: unknown[]) => {
      modes.push(String(args[0]));
      return transaction(...args);
    }) as typeof db.transaction;
    await ensureDefaultProgrammes(db);
    expect(modes).toEqual([]);
  });

  it('deletes a programme and takes it off every action, agreement, stakeholder and briefing cover; undo restores everything', async () => {
    const programme = await createProgramme(db, { name: 'FAMI Lazio', shortName: 'FAMI' });
    const kept = await createProgramme(db, { name: 'PsychCare' });
    const asl = await createStakeholder(db, stakeholderInput({ programmeIds: [programme.id, kept.id] }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Potenza', programmeIds: [programme.id] }));
    await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Roma', programmeIds: [kept.id] }));
    await createAgreement(db, {
      title: 'Protocollo di intesa',
      kind: 'memorandum-of-understanding',
      status: 'signed',
      programmeIds: [programme.id],
      parties: [asl, cas].map((party) => ({ stakeholderId: party.id, role: 'signatory' })),
    });
    await actionOwnedBy(null, programme.id);
    await actionOwnedBy(null, kept.id);
    const now = new Date().toISOString();
    await db.briefings.add({
      id: 'briefing-fami',
      createdAt: now,
      updatedAt: now,
      title: 'Tavolo regionale',
      source: { kind: 'region', region: 'lazio' },
      sections: ['attendees'],
      programmeId: programme.id,
      agenda: '',
    });
    const before = await everyRow(db);

    const reach = {
      deleted: [],
      changed: [
        { table: 'stakeholders', count: 2 },
        { table: 'agreements', count: 1 },
        { table: 'actions', count: 1 },
        { table: 'briefings', count: 1 },
      ],
    };
    expect(await previewProgrammeDeletion(db, programme.id)).toEqual(reach);
    const deletion = await deleteProgramme(db, programme.id);
    expect(deletion.reach).toEqual(reach);
    const { change } = deletion;

    const programmeIds = new Set((await db.programmes.toArray()).map((row) => row.id));
    const after = await everyRow(db);
    const referenced = [
      ...after.actions.flatMap((action) => (action.programmeId ? [action.programmeId] : [])),
      ...after.agreements.flatMap((agreement) => agreement.programmeIds),
      ...after.stakeholders.flatMap((stakeholder) => stakeholder.programmeIds),
      ...after.briefings.flatMap((briefing) => (briefing.programmeId ? [briefing.programmeId] : [])),
    ];
    expect(referenced.filter((id) => !programmeIds.has(id))).toEqual([]);
    expect((await db.stakeholders.get(asl.id))?.programmeIds).toEqual([kept.id]);
    expect(referenced.filter((id) => id === kept.id)).toHaveLength(3);

    await undoChange(db, await stampChange(change));
    expect(await everyRow(db)).toEqual(before);
  });
});
