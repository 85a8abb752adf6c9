import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import { createStakeholder } from './repositories/stakeholders';
import { DatabaseNotEmptyError, holdsRecords, loadSampleIntoEmptyDatabase } from './sampleIntoEmpty';

const TODAY = '2026-12-06';

describe('loading the sample into an empty database', () => {
  it('loads it when no table of the team’s work holds a record', async () => {
    const db = freshDatabase();
    expect(await holdsRecords(db)).toBe(false);
    await loadSampleIntoEmptyDatabase(db, buildSampleNetwork(TODAY), TODAY);
    expect(await db.stakeholders.count()).toBe(buildSampleNetwork(TODAY).stakeholders.length);
    expect(await holdsRecords(db)).toBe(true);
  });

  it('refuses, and writes nothing, when the database holds even one record', async () => {
    const db = freshDatabase();
    const own = await createStakeholder(db, stakeholderInput({ name: 'constructor' }));
    await expect(loadSampleIntoEmptyDatabase(db, buildSampleNetwork(TODAY), TODAY)).rejects.toBeInstanceOf(
      DatabaseNotEmptyError,
    );
    expect(await db.stakeholders.toArray()).toEqual([own]);
    expect(await db.meta.get('sample')).toBeUndefined();
  });
});
