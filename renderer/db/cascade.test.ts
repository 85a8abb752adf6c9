import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import {
  countsOf,
  deletionTables,
  planDeletion,
  reachOf,
  UNSAID_IN_CONFIRMATION,
  type DeletionCounts,
  type TableCount,
} from './cascade';
import type { TramaDatabase } from './db';
import { createAction, deleteAction } from './repositories/actions';
import { createBriefing } from './repositories/briefings';
import { listAgreements } from '../data/agreementQueries';
import { createAgreement } from './repositories/agreements';
import { createContact, deleteContacts } from './repositories/contacts';
import { savePositions } from './repositories/mapPositions';
import { createRelationship } from './repositories/relationships';
import { createStakeholder, deleteStakeholders, previewStakeholderDeletion } from './repositories/stakeholders';
import { stampChange, undoChange } from './undo';

let db: TramaDatabase;

/** Every reference in the database points at a record that exists. */
async function danglingReferences(database: TramaDatabase): Promise<string[]> {
  const stakeholderIds = new Set(await database.stakeholders.toCollection().primaryKeys());
  const contactIds = new Set(await database.contacts.toCollection().primaryKeys());
  const problems: string[] = [];
  for (const contact of await database.contacts.toArray())
    if (!stakeholderIds.has(contact.stakeholderId)) problems.push(`contact ${contact.id}`);
  for (const row of await database.relationships.toArray())
    if (!stakeholderIds.has(row.sourceId) || !stakeholderIds.has(row.targetId)) problems.push(`relationship ${row.id}`);
  for (const row of await database.agreements.toArray()) {
    if (row.parties.some((party) => !stakeholderIds.has(party.stakeholderId))) problems.push(`agreement ${row.id}`);
    if (row.parties.length < 2) problems.push(`agreement ${row.id} has fewer than two parties`);
  }
  for (const row of await database.actions.toArray()) {
    if (row.targetIds.some((id) => !stakeholderIds.has(id))) problems.push(`action ${row.id} target`);
    if (row.participantIds.some((id) => !contactIds.has(id))) problems.push(`action ${row.id} participant`);
  }
  for (const row of await database.mapPositions.toArray())
    if (!stakeholderIds.has(row.stakeholderId)) problems.push(`position ${row.stakeholderId}`);
  const actionIds = new Set(await database.actions.toCollection().primaryKeys());
  for (const row of await database.briefings.toArray()) {
    if (
      row.source.kind === 'stakeholders' &&
      (row.source.stakeholderIds.length === 0 || row.source.stakeholderIds.some((id) => !stakeholderIds.has(id)))
    )
      problems.push(`briefing ${row.id}`);
    if (row.source.kind === 'action' && !actionIds.has(row.source.actionId)) problems.push(`briefing ${row.id} action`);
  }
  return problems;
}

async function seed() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
  const prefettura = await createStakeholder(
    db,
    stakeholderInput({ name: 'Prefettura di Napoli', categoryId: 'prefecture', sector: 'reception' }),
  );
  const cas = await createStakeholder(
    db,
    stakeholderInput({ name: 'CAS Napoli Est', categoryId: 'reception-centre', sector: 'reception' }),
  );
  const ngo = await createStakeholder(
    db,
    stakeholderInput({ name: 'Associazione Esempio', categoryId: 'ngo', sector: 'civil-society' }),
  );
  const director = await createContact(db, contactInput(asl.id, { name: 'Dott.ssa Anna Finta' }));
  const officer = await createContact(db, contactInput(prefettura.id, { name: 'Marco Prova' }));
  await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway' }));
  await createRelationship(db, relationshipInput(prefettura.id, asl.id, { type: 'coordination' }));
  await createRelationship(db, relationshipInput(prefettura.id, cas.id, { type: 'oversight', isDirected: true }));
  const twoParty = await createAgreement(db, {
    title: 'Convenzione ASL–CAS',
    kind: 'convention',
    status: 'signed',
    parties: [
      { stakeholderId: asl.id, role: 'promoter' },
      { stakeholderId: cas.id, role: 'signatory' },
    ],
  });
  const threeParty = await createAgreement(db, {
    title: "Protocollo d'intesa salute mentale",
    kind: 'memorandum-of-understanding',
    status: 'in-force',
    parties: [
      { stakeholderId: prefettura.id, role: 'promoter' },
      { stakeholderId: asl.id, role: 'signatory' },
      { stakeholderId: ngo.id, role: 'adherent' },
    ],
  });
  const meeting = await createAction(db, {
    title: 'Tavolo regionale',
    kind: 'network-meeting',
    date: '2026-10-01',
    status: 'done',
    targetIds: [asl.id, prefettura.id],
    participantIds: [director.id, officer.id],
  });
  await savePositions(db, [{ viewId: 'default', stakeholderId: asl.id, x: 1, y: 2 }]);
  const bilateral = await createBriefing(db, {
    title: 'Incontro ASL–CAS',
    source: { kind: 'stakeholders', stakeholderIds: [asl.id, cas.id] },
  });
  const aslOnly = await createBriefing(db, {
    title: 'Incontro ASL',
    source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
  });
  const meetingBriefing = await createBriefing(db, {
    title: 'Tavolo regionale',
    source: { kind: 'action', actionId: meeting.id },
  });
  return {
    asl,
    prefettura,
    cas,
    ngo,
    director,
    officer,
    twoParty,
    threeParty,
    meeting,
    bilateral,
    aslOnly,
    meetingBriefing,
  };
}

beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('deleting a stakeholder', () => {
  it('previews exactly what goes with it', async () => {
    const { asl } = await seed();
    expect(await previewStakeholderDeletion(db, [asl.id])).toEqual({
      deleted: [
        { table: 'contacts', count: 1 },
        { table: 'relationships', count: 2 },
        { table: 'agreements', count: 1 },
        { table: 'briefings', count: 1 },
      ],
      changed: [
        { table: 'agreements', count: 1 },
        { table: 'actions', count: 1 },
        { table: 'briefings', count: 1 },
      ],
    });
    expect(await db.stakeholders.count()).toBe(4);
  });

  it('leaves no dangling reference, keeping agreements that still have two parties', async () => {
    const { asl, cas, threeParty, twoParty, meeting, officer, prefettura, bilateral, aslOnly } = await seed();
    await deleteStakeholders(db, [asl.id]);
    expect(await danglingReferences(db)).toEqual([]);
    expect((await db.briefings.get(bilateral.id))?.source).toEqual({ kind: 'stakeholders', stakeholderIds: [cas.id] });
    expect(await db.briefings.get(aslOnly.id)).toBeUndefined();
    const agreements = await listAgreements(db);
    expect(agreements.map((agreement) => agreement.id)).toEqual([threeParty.id]);
    expect(agreements[0]!.parties.map((party) => party.stakeholderId)).not.toContain(asl.id);
    expect(await db.agreements.get(twoParty.id)).toBeUndefined();
    const action = await db.actions.get(meeting.id);
    expect(action?.targetIds).toEqual([prefettura.id]);
    expect(action?.participantIds).toEqual([officer.id]);
    expect(await db.mapPositions.count()).toBe(0);
  });

  it('comes back whole on undo, in one transaction', async () => {
    await seed();
    const before = await snapshot(db);
    const [asl] = await db.stakeholders.where('name').equals('ASL Napoli 1 Centro').toArray();
    const { change } = await deleteStakeholders(db, [asl!.id]);
    expect(await snapshot(db)).not.toEqual(before);
    await undoChange(db, await stampChange(change));
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes several stakeholders that share records without counting them twice', async () => {
    const { asl, prefettura, cas } = await seed();
    const { reach } = await deleteStakeholders(db, [asl.id, prefettura.id, cas.id]);
    expect(reach.deleted).toContainEqual({ table: 'relationships', count: 3 });
    expect(reach.deleted).toContainEqual({ table: 'agreements', count: 2 });
    expect(await danglingReferences(db)).toEqual([]);
  });
});

describe('the confirmation of a deletion', () => {
  it('counts every table the plan deletes or changes rows of, besides the records asked for, map positions aside', async () => {
    const { asl, director } = await seed();
    for (const [table, ids] of [
      ['stakeholders', [asl.id]],
      ['contacts', [director.id]],
    ] as const) {
      const plan = await db.transaction('r', deletionTables(table), () => planDeletion(db, table, ids));
      const said = (lines: TableCount[]) => Object.fromEntries(lines.map((line) => [line.table, line.count]));
      const { deleted, changed } = countsOf(plan);
      const reach = reachOf(plan, table, ids);
      const withoutUnsaid = (counts: DeletionCounts['deleted']) =>
        Object.fromEntries(
          Object.entries(counts).filter(
            ([reached, count]) => count && !UNSAID_IN_CONFIRMATION.some((unsaid) => unsaid === reached),
          ),
        );
      expect(said(reach.deleted)).toEqual(withoutUnsaid({ ...deleted, [table]: (deleted[table] ?? 0) - ids.length }));
      expect(said(reach.changed)).toEqual(withoutUnsaid(changed));
    }
  });

  it('keeps the index of an agreement’s parties in step with the parties left', async () => {
    const { asl, ngo, threeParty } = await seed();
    await deleteStakeholders(db, [asl.id]);
    expect(await db.agreements.where('partyIds').equals(asl.id).count()).toBe(0);
    expect((await db.agreements.where('partyIds').equals(ngo.id).toArray()).map((row) => row.id)).toEqual([
      threeParty.id,
    ]);
  });

  it('plans nothing for records that are not there', async () => {
    await seed();
    expect(await previewStakeholderDeletion(db, ['no-such-id'])).toEqual({ deleted: [], changed: [] });
  });
});

describe('deleting an action', () => {
  it('takes the briefings prepared from it, and undo brings them back', async () => {
    const { meeting, meetingBriefing } = await seed();
    const before = await snapshot(db);
    const change = await deleteAction(db, meeting.id);
    expect(await db.briefings.get(meetingBriefing.id)).toBeUndefined();
    expect(await danglingReferences(db)).toEqual([]);
    await undoChange(db, await stampChange(change));
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('deleting a contact', () => {
  it('removes it from the participants of actions, and undo restores it', async () => {
    const { director, meeting, officer } = await seed();
    const { reach, change } = await deleteContacts(db, [director.id]);
    expect(reach).toEqual({ deleted: [], changed: [{ table: 'actions', count: 1 }] });
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([officer.id]);
    expect(await danglingReferences(db)).toEqual([]);
    await undoChange(db, await stampChange(change));
    expect((await db.actions.get(meeting.id))?.participantIds).toEqual([director.id, officer.id]);
    expect(await db.contacts.get(director.id)).toBeDefined();
  });
});

async function snapshot(database: TramaDatabase) {
  const sortById = <Row extends { id: string }>(rows: Row[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    stakeholders: sortById(await database.stakeholders.toArray()),
    contacts: sortById(await database.contacts.toArray()),
    relationships: sortById(await database.relationships.toArray()),
    agreements: sortById(await database.agreements.toArray()),
    actions: sortById(await database.actions.toArray()),
    positions: await database.mapPositions.toArray(),
    briefings: sortById(await database.briefings.toArray()),
  };
}
