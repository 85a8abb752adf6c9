import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/validation';
import { DEFAULT_PROGRAMMES } from '../../shared/domain/programmes';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { listAgreementsOf } from '../data/agreementQueries';
import { listContactsOf } from '../data/contactQueries';
import { listRelationshipsOf } from '../data/relationshipQueries';
import { createAgreement } from './repositories/agreements';
import { createContact, updateContact } from './repositories/contacts';
import { ensureDefaultProgrammes } from './repositories/organisation';
import { createRelationship } from './repositories/relationships';
import { createStakeholder, updateStakeholder } from './repositories/stakeholders';
import { stampChange, undoChange } from './undo';

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('stakeholders', () => {
  it('creates with a fresh id and timestamps, and refuses invalid input without writing', async () => {
    const created = await createStakeholder(db, stakeholderInput());
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.createdAt).toBe(created.updatedAt);
    await expect(createStakeholder(db, stakeholderInput({ name: '' }))).rejects.toBeInstanceOf(ValidationError);
    expect(await db.stakeholders.count()).toBe(1);
  });

  it('updates and undoes an update', async () => {
    const created = await createStakeholder(db, stakeholderInput());
    const { stakeholder, change } = await updateStakeholder(
      db,
      created.id,
      stakeholderInput({ guidelinesStage: 'committed' }),
    );
    expect(stakeholder.guidelinesStage).toBe('committed');
    expect(stakeholder.createdAt).toBe(created.createdAt);
    await undoChange(db, await stampChange(change));
    expect((await db.stakeholders.get(created.id))?.guidelinesStage).toBe('aware');
  });
});

describe('contacts and relationships', () => {
  it('attaches contacts to an existing stakeholder only', async () => {
    const asl = await createStakeholder(db, stakeholderInput());
    await createContact(db, contactInput(asl.id, { name: 'Zeno Prova' }));
    await createContact(db, contactInput(asl.id, { name: 'Anna Finta' }));
    expect((await listContactsOf(db, asl.id)).map((contact) => contact.name)).toEqual(['Anna Finta', 'Zeno Prova']);
    await expect(createContact(db, contactInput('missing'))).rejects.toThrow(/does not exist/);
  });

  it('refuses a bad email in an update and keeps the old record', async () => {
    const asl = await createStakeholder(db, stakeholderInput());
    const contact = await createContact(db, contactInput(asl.id));
    await expect(updateContact(db, contact.id, contactInput(asl.id, { emails: ['nope'] }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await db.contacts.get(contact.id))?.emails).toEqual(['maria.esempio@example.org']);
  });

  it('links existing stakeholders and lists a relationship from both ends', async () => {
    const asl = await createStakeholder(db, stakeholderInput());
    const cas = await createStakeholder(
      db,
      stakeholderInput({ name: 'CAS Napoli', categoryId: 'reception-centre', sector: 'reception' }),
    );
    const relationship = await createRelationship(db, relationshipInput(asl.id, cas.id));
    expect((await listRelationshipsOf(db, asl.id)).map((row) => row.id)).toEqual([relationship.id]);
    expect((await listRelationshipsOf(db, cas.id)).map((row) => row.id)).toEqual([relationship.id]);
    const error = await createRelationship(db, relationshipInput(asl.id, 'missing')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).byField()).toEqual({ targetId: 'unknown-stakeholder' });
  });
});

describe('agreements', () => {
  it('finds an agreement from each of its parties through the index', async () => {
    const ids = [];
    for (const name of ['Regione Campania', 'ASL Salerno', 'Prefettura di Salerno'])
      ids.push((await createStakeholder(db, stakeholderInput({ name, province: 'SA' }))).id);
    const agreement = await createAgreement(db, {
      title: 'Protocollo operativo',
      kind: 'operational-protocol',
      status: 'signed',
      parties: ids.map((stakeholderId, index) => ({ stakeholderId, role: index === 0 ? 'promoter' : 'signatory' })),
    });
    for (const id of ids) expect((await listAgreementsOf(db, id)).map((row) => row.id)).toEqual([agreement.id]);
    expect(await listAgreementsOf(db, 'someone-else')).toEqual([]);
  });
});

describe('programmes', () => {
  it('adds the default programmes once and keeps a renamed one', async () => {
    await ensureDefaultProgrammes(db);
    await db.programmes.update(DEFAULT_PROGRAMMES[0]!.id, { name: 'PsychCare (fase 1)' });
    await ensureDefaultProgrammes(db);
    expect(await db.programmes.count()).toBe(DEFAULT_PROGRAMMES.length);
    expect((await db.programmes.get(DEFAULT_PROGRAMMES[0]!.id))?.name).toBe('PsychCare (fase 1)');
  });
});
