import { describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { createRelationship } from '../db/repositories/relationships';
import { createStakeholder, updateStakeholder } from '../db/repositories/stakeholders';
import { compareDaysNetwork } from './compareDaysQueries';

const database = databasePerTest();

describe('the records two days are compared from', () => {
  it('holds every stakeholder and relationship, and of the history only the stage changes', async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput({ guidelinesStage: 'aware' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Esempio', sector: 'reception' }));
    await createRelationship(db, relationshipInput(asl.id, cas.id));
    await updateStakeholder(db, asl.id, stakeholderInput({ guidelinesStage: 'committed' }));
    await updateStakeholder(db, cas.id, stakeholderInput({ name: 'CAS Esempio', sector: 'reception', notes: 'x' }));

    const network = await compareDaysNetwork(db);
    expect(network.stakeholders.map((stakeholder) => stakeholder.id).sort()).toEqual([asl.id, cas.id].sort());
    expect(network.relationships).toHaveLength(1);
    expect(network.agreements).toEqual([]);
    expect(network.history.map((entry) => entry.recordIds)).toEqual([[asl.id]]);
    expect(network.history[0]?.changes).toContainEqual(
      expect.objectContaining({ field: 'guidelinesStage', before: 'aware', after: 'committed' }),
    );
  });
});
