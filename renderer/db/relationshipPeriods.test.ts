import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../test/support/builders';
import { db } from './db';
import { createRelationship, updateRelationship } from './repositories/relationships';
import { createStakeholder } from './repositories/stakeholders';

// Ties have periods (since/until), read "as of a day" by the map's time view, the compare view
// and the report (activeOnDay.ts): the same tie over two periods is two records, a copy is not.

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
      name: 'CAS Tiburtina',
      categoryId: 'reception-centre',
      sector: 'reception',
      region: 'lazio',
      province: 'RM',
    }),
  );
  return { asl, cas };
}

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
