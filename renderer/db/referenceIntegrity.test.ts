import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFERENCES, valuesAt, type Reference } from '../../shared/domain/references';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import { findDanglingReferences } from './danglingReferences';
import type { TramaDatabase } from './db';
import { createAction, createFollowUp, deleteAction } from './repositories/actions';
import { createAgreement } from './repositories/agreements';
import { createBriefing } from './repositories/briefings';
import { createContact, deleteContacts } from './repositories/contacts';
import { savePositions } from './repositories/mapPositions';
import { createProgramme, createStaffMember, deleteProgramme, deleteStaffMember } from './repositories/organisation';
import { createRelationship } from './repositories/relationships';
import { createStakeholder, deleteStakeholders } from './repositories/stakeholders';
import { createTraining } from './repositories/trainings';
import type { TableName } from './schema';

// For every reference in the registry, the target is deleted the way the app deletes it
// (cascade.ts for stakeholders and contacts, organisation.ts for staff and programmes,
// actions.ts for actions): nothing may be left pointing at nothing, and each record that
// pointed at it is treated as the registry says.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** A small network where every reference of the registry is in use, each pointing at `doomed` records. */
async function seedNetwork() {
  const programme = await createProgramme(db, { name: 'PsychCare' });
  const owner = await createStaffMember(db, { name: 'Giulia Coordinatrice' });
  const kept = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', programmeIds: [programme.id] }));
  const other = await createStakeholder(db, stakeholderInput({ name: 'CAS Tiburtino' }));
  const doomed = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Roma' }));
  const keptContact = await createContact(db, contactInput(kept.id, { name: 'Anna Prova' }));
  const doomedContact = await createContact(db, contactInput(doomed.id, { name: 'Marco Esempio' }));
  await createRelationship(db, relationshipInput(kept.id, doomed.id));
  await createRelationship(db, relationshipInput(doomed.id, other.id));
  const parties = (ids: string[]) => ids.map((stakeholderId) => ({ stakeholderId, role: 'signatory' as const }));
  await createAgreement(db, {
    title: 'Protocollo a tre',
    kind: 'convention',
    status: 'drafting',
    parties: parties([kept.id, other.id, doomed.id]),
    programmeIds: [programme.id],
  });
  await createAgreement(db, {
    title: 'Protocollo a due',
    kind: 'convention',
    status: 'drafting',
    parties: parties([kept.id, doomed.id]),
  });
  const action = await createAction(db, {
    title: 'Incontro',
    kind: 'bilateral-meeting',
    date: '2026-11-20',
    status: 'done',
    targetIds: [kept.id, doomed.id],
    participantIds: [keptContact.id, doomedContact.id],
    ownerId: owner.id,
    programmeId: programme.id,
  });
  await createFollowUp(db, { actionId: action.id, text: 'Inviare il verbale', ownerId: owner.id });
  await savePositions(db, [{ viewId: 'default:regions', stakeholderId: doomed.id, x: 1, y: 2 }]);
  await createBriefing(db, {
    title: 'Tavolo',
    source: { kind: 'stakeholders', stakeholderIds: [kept.id, doomed.id] },
    programmeId: programme.id,
  });
  await createBriefing(db, {
    title: 'Solo la Prefettura',
    source: { kind: 'stakeholders', stakeholderIds: [doomed.id] },
  });
  await createBriefing(db, { title: 'Dall’incontro', source: { kind: 'action', actionId: action.id } });
  await createTraining(db, {
    title: 'Le linee guida nei CAS',
    date: '2026-11-25',
    programmeId: programme.id,
    trainerIds: [owner.id],
    attendeeIds: [keptContact.id, doomedContact.id],
  });
  return {
    doomed: {
      stakeholders: doomed.id,
      contacts: doomedContact.id,
      staff: owner.id,
      programmes: programme.id,
      actions: action.id,
    } as Partial<Record<TableName, string>>,
  };
}

/** Deletes a record the way the app does. */
async function deleteTheAppsWay(table: TableName, id: string): Promise<void> {
  switch (table) {
    case 'stakeholders':
      await deleteStakeholders(db, [id]);
      return;
    case 'contacts':
      await deleteContacts(db, [id]);
      return;
    case 'staff':
      await deleteStaffMember(db, id);
      return;
    case 'programmes':
      await deleteProgramme(db, id);
      return;
    case 'actions':
      await deleteAction(db, id);
      return;
    default:
      throw new Error(`No deletion path for ${table}: add it here and to the registry's test`);
  }
}

function primaryKeyOf(table: TableName, row: Record<string, unknown>): string {
  return table === 'mapPositions' ? `${String(row.viewId)}\u0000${String(row.stakeholderId)}` : String(row.id);
}

/** What the registry says becomes of a record that pointed at `id`, given what it held before. */
function expectedAfter(reference: Reference, before: unknown, id: string): 'gone' | 'kept without the id' {
  const others = valuesAt(before, reference.path).filter((value) => value !== id);
  switch (reference.onTargetDeleted) {
    case 'delete-row':
      return 'gone';
    case 'remove-id':
    case 'set-null':
      return 'kept without the id';
    case 'remove-id-delete-row-if-empty':
      return others.length === 0 ? 'gone' : 'kept without the id';
    case 'remove-id-delete-row-below-two':
      return others.length < 2 ? 'gone' : 'kept without the id';
  }
}

describe('deleting what a record points at, for every reference in the registry', () => {
  it.each(REFERENCES.map((reference) => [`${reference.from}.${reference.path} → ${reference.to}`, reference] as const))(
    '%s',
    async (_name, reference) => {
      const { doomed } = await seedNetwork();
      const id = doomed[reference.to];
      expect(id, `the test network has no ${reference.to} to delete`).toBeDefined();
      const referrers = (await db.table(reference.from).toArray()) as Array<Record<string, unknown>>;
      const pointing = referrers.filter((row) => valuesAt(row, reference.path).includes(id!));
      expect(pointing.length, `nothing in the test network uses ${reference.from}.${reference.path}`).toBeGreaterThan(
        0,
      );
      expect(await findDanglingReferences(db)).toEqual([]);

      await deleteTheAppsWay(reference.to, id!);

      expect(await findDanglingReferences(db)).toEqual([]);
      const after = new Map(
        ((await db.table(reference.from).toArray()) as Array<Record<string, unknown>>).map((row) => [
          primaryKeyOf(reference.from, row),
          row,
        ]),
      );
      for (const before of pointing) {
        const now = after.get(primaryKeyOf(reference.from, before));
        const outcome =
          now === undefined
            ? 'gone'
            : valuesAt(now, reference.path).includes(id!)
              ? 'still pointing'
              : 'kept without the id';
        expect(outcome, String(before.title ?? before.name ?? before.id ?? '')).toBe(
          expectedAfter(reference, before, id!),
        );
      }
    },
  );

  it.each(
    REFERENCES.filter((reference) => reference.index !== null).map(
      (reference) => [`${reference.from}.${reference.index}`, reference] as const,
    ),
  )('finds referrers through the index %s', (_name, reference) => {
    const schema = db.table(reference.from).schema;
    const indexes = [schema.primKey, ...schema.indexes].map((index) => index.name);
    expect(indexes).toContain(reference.index);
  });
});
