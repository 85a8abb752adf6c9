import { describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { createStakeholder } from '../db/repositories/stakeholders';
import {
  allStakeholders,
  countStakeholders,
  findStakeholder,
  stakeholderNamesByIds,
  stakeholdersByIds,
  stakeholdersInNameOrder,
} from './stakeholderQueries';

const database = databasePerTest();

describe('the stakeholder queries', () => {
  it('read every stakeholder, in key order or by name', async () => {
    const db = database();
    const names = ['Prefettura di Napoli', 'ASL Caserta', 'Comune di Aversa'];
    for (const name of names) await createStakeholder(db, stakeholderInput({ name }));
    const all = await allStakeholders(db);
    expect(all.map((row) => row.id)).toEqual(all.map((row) => row.id).sort());
    expect(all.map((row) => row.name).sort()).toEqual([...names].sort());
    expect((await stakeholdersInNameOrder(db)).map((row) => row.name)).toEqual([
      'ASL Caserta',
      'Comune di Aversa',
      'Prefettura di Napoli',
    ]);
    expect(await countStakeholders(db)).toBe(3);
  });

  it('find one by id, and say null for an id that is not there, however it is spelled', async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput());
    expect(await findStakeholder(db, asl.id)).toEqual(asl);
    for (const id of ['missing', '__proto__', 'constructor', '\u0000'])
      expect(await findStakeholder(db, id)).toBeNull();
  });

  it('read several by id position by position, with a gap for one that is gone', async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta' }));
    const comune = await createStakeholder(db, stakeholderInput({ name: 'Comune di Aversa' }));
    expect((await stakeholdersByIds(db, [comune.id, 'gone', asl.id])).map((row) => row?.name)).toEqual([
      'Comune di Aversa',
      undefined,
      'ASL Caserta',
    ]);
    expect(await stakeholdersByIds(db, [])).toEqual([]);
    const names = await stakeholderNamesByIds(db, [asl.id, asl.id, '__proto__']);
    expect([...names]).toEqual([[asl.id, 'ASL Caserta']]);
  });
});
