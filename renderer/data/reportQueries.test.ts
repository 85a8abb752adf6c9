import { describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../test/support/builders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { reportNetwork, seedReportNetwork } from '../../test/support/reportNetwork';
import { createStakeholder, updateStakeholder } from '../db/repositories/stakeholders';
import { loadReportData } from './reportQueries';

const database = databasePerTest();
const ids = (records: ReadonlyArray<{ id: string }>) => records.map((record) => record.id).sort();

describe('the records a programme report counts', () => {
  it('holds every record of the tables it counts, agreements without their index mirror', async () => {
    const db = database();
    await seedReportNetwork(db);
    const data = await loadReportData(db);
    expect(ids(data.stakeholders)).toEqual(ids(reportNetwork.stakeholders));
    expect(ids(data.contacts)).toEqual(ids(reportNetwork.contacts));
    expect(ids(data.relationships)).toEqual(ids(reportNetwork.relationships));
    expect(ids(data.actions)).toEqual(ids(reportNetwork.actions));
    expect(ids(data.followUps)).toEqual(ids(reportNetwork.followUps));
    expect(ids(data.trainings)).toEqual(ids(reportNetwork.trainings));
    expect(ids(data.programmes)).toEqual(['psychcare']);
    expect(data.agreements).toEqual(reportNetwork.agreements);
  });

  it('keeps of the history only the changes of a stakeholder’s guidelines stage', async () => {
    const db = database();
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1', guidelinesStage: 'aware' }));
    await updateStakeholder(db, asl.id, stakeholderInput({ name: 'ASL Napoli 1', guidelinesStage: 'committed' }));
    // A change of another field, and a record created: in the history, not among the stage changes.
    await updateStakeholder(
      db,
      asl.id,
      stakeholderInput({ name: 'ASL Napoli 1', guidelinesStage: 'committed', notes: '__proto__' }),
    );
    expect(await db.history.count()).toBe(3);

    const { stageChanges } = await loadReportData(db);
    expect(stageChanges).toHaveLength(1);
    expect(stageChanges[0]?.recordIds).toEqual([asl.id]);
    expect(stageChanges[0]?.changes).toContainEqual(
      expect.objectContaining({ field: 'guidelinesStage', before: 'aware', after: 'committed' }),
    );
  });
});
