import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import { createAgreement } from '../db/repositories/agreements';
import { savePositions } from '../db/repositories/mapPositions';
import { createRelationship } from '../db/repositories/relationships';
import { createStakeholder } from '../db/repositories/stakeholders';
import { mapPositionsOf, mapRecords } from './mapQueries';

const db = freshDatabase();
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the map queries', () => {
  it('read every stakeholder, relationship and agreement, the agreements as domain records', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Potenza' }));
    const sai = await createStakeholder(db, stakeholderInput({ name: 'SAI Potenza', categoryId: 'reception-centre' }));
    const tie = await createRelationship(db, relationshipInput(asl.id, sai.id));
    const agreement = await createAgreement(db, {
      title: 'Protocollo',
      kind: 'operational-protocol',
      status: 'signed',
      parties: [
        { stakeholderId: asl.id, role: 'promoter' },
        { stakeholderId: sai.id, role: 'signatory' },
      ],
    });
    const records = await mapRecords(db);
    expect(records.stakeholders.map((stakeholder) => stakeholder.id).sort()).toEqual([asl.id, sai.id].sort());
    expect(records.relationships).toEqual([tie]);
    // The stored row's index mirror (partyIds) stays in the database.
    expect(records.agreements).toEqual([agreement]);
    expect(records.agreements[0]).not.toHaveProperty('partyIds');
  });

  it("read one layout's positions only", async () => {
    await savePositions(db, [
      { viewId: 'default:regions', stakeholderId: 'a', x: 1, y: 2 },
      { viewId: 'default:fcose', stakeholderId: 'a', x: 3, y: 4 },
    ]);
    expect(await mapPositionsOf(db, 'default:fcose')).toEqual([
      { viewId: 'default:fcose', stakeholderId: 'a', x: 3, y: 4 },
    ]);
    expect(await mapPositionsOf(db, 'default:concentric')).toEqual([]);
  });
});
