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

// Ties have periods (since/until), read "as of a day" by the map's time view, the compare view
// and the report (activeOnDay.ts): the same tie over two periods is two records, a copy is not.
describe('a tie that ended and started again years later', () => {
  it('can be recorded as a second period without rewriting the first', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(
      db,
      relationshipInput(asl.id, cas.id, {
        type: 'referral-pathway',
        status: 'inactive',
        since: '2021-03-01',
        until: '2022-06-30',
      }),
    );
    const resumed = createRelationship(
      db,
      relationshipInput(asl.id, cas.id, { type: 'referral-pathway', status: 'active', since: '2026-02-01' }),
    ).then(
      () => 'stored',
      (error: unknown) => `refused (${String(error)})`,
    );
    expect(
      await resumed,
      'the 2026 referral pathway is refused as a copy of the one that ended in 2022; editing the old one instead makes "as of 2024" show a tie that did not exist',
    ).toBe('stored');
  });
});

describe('the same tie over periods that share a day', () => {
  it('is refused when the new period starts before the old one ended', async () => {
    const { asl, cas } = await twoBodies();
    const ended = { type: 'referral-pathway', status: 'inactive', since: '2021-03-01', until: '2022-06-30' } as const;
    await createRelationship(db, relationshipInput(asl.id, cas.id, ended));
    const overlapping = { type: 'referral-pathway', status: 'active', since: '2022-01-01' } as const;
    expect(await outcomeOf(createRelationship(db, relationshipInput(asl.id, cas.id, overlapping)))).toBe('refused');
  });

  it('is refused when both are still running', async () => {
    const { asl, cas } = await twoBodies();
    await createRelationship(db, relationshipInput(asl.id, cas.id, { since: '2024-01-01' }));
    const later = relationshipInput(cas.id, asl.id, { since: '2026-02-01' });
    expect(await outcomeOf(createRelationship(db, later))).toBe('refused');
  });

  it('is refused when the old period is edited to run on into the new one', async () => {
    const { asl, cas } = await twoBodies();
    const ended = { type: 'referral-pathway', status: 'inactive', since: '2021-03-01', until: '2022-06-30' } as const;
    const old = await createRelationship(db, relationshipInput(asl.id, cas.id, ended));
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway', since: '2026-02-01' }));
    const reopened = relationshipInput(asl.id, cas.id, { ...ended, status: 'active', until: null });
    expect(await outcomeOf(updateRelationship(db, old.id, reopened))).toBe('refused');
  });
});
