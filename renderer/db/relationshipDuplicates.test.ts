import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/validation';
import { relationshipInput, stakeholderInput } from '../../test/support/builders';
import { db } from './db';
import { createRelationship, updateRelationship } from './repositories/relationships';
import { createStakeholder } from './repositories/stakeholders';

// One tie between two bodies entered twice (a second officer, a form saved again)
// counts twice wherever ties are counted: the dashboard's bridges between reception and
// health, the map's edges, the report's figures.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function outcomeOf(write: Promise<unknown>): Promise<'stored' | 'refused'> {
  return write.then(
    () => 'stored',
    () => 'refused',
  );
}

async function twoBodies() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', region: 'lazio', province: 'RM' }));
  const cas = await createStakeholder(
    db,
    stakeholderInput({
      name: 'CAS Via Tiburtina',
      categoryId: 'reception-centre',
      sector: 'reception',
      region: 'lazio',
      province: 'RM',
    }),
  );
  return { asl, cas };
}

describe('a relationship between the same two stakeholders, of the same type', () => {
  it('is not stored a second time', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway' }));
    const second = createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway' }));
    expect(await outcomeOf(second), 'the same ASL→CAS referral pathway was stored twice').toBe('refused');
    expect(await db.relationships.count()).toBe(1);
  });

  it('is not stored again from the other end when it has no direction', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'coordination' }));
    const mirrored = createRelationship(db, relationshipInput(cas.id, asl.id, { type: 'coordination' }));
    expect(await outcomeOf(mirrored), 'an undirected coordination CAS↔ASL was stored beside ASL↔CAS').toBe('refused');
  });

  it('is not made by editing another relationship into a copy of it', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'funding' }));
    const other = await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'training' }));
    const edit = updateRelationship(db, other.id, relationshipInput(asl.id, cas.id, { type: 'funding' }));
    expect(await outcomeOf(edit), 'an edit turned the training tie into a second funding tie').toBe('refused');
  });

  it('is refused with a reason the form shows next to the type', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'Tavolo tecnico' }));
    const error = await createRelationship(db, relationshipInput(cas.id, asl.id, { type: 'tavolo tecnico' })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).byField()).toEqual({ type: 'duplicate-relationship' });
  });
});

describe('relationships that are not copies of each other', () => {
  it('are two directed ties pointing opposite ways (each funds the other)', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'funding', isDirected: true }));
    await createRelationship(db, relationshipInput(cas.id, asl.id, { type: 'funding', isDirected: true }));
    expect(await db.relationships.count()).toBe(2);
  });

  it('are ties of different types between the same two stakeholders', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'funding' }));
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'training' }));
    expect(await db.relationships.count()).toBe(2);
  });
});

describe('copies stored before the check (an older backup restored, a teammate’s records by sync)', () => {
  it('can still have their notes edited', async () => {
    const { asl, cas } = await twoBodies();
    const first = await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'coordination' }));
    await db.relationships.put({ ...first, id: 'copy-from-a-backup' });
    const { relationship } = await updateRelationship(
      db,
      'copy-from-a-backup',
      relationshipInput(asl.id, cas.id, { type: 'coordination', notes: 'Tavolo tecnico' }),
    );
    expect(relationship.notes).toBe('Tavolo tecnico');
  });
});
