import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import type { TramaDatabase } from './db';
import { createRelationship, deleteRelationship, updateRelationship } from './repositories/relationships';
import { createStakeholder } from './repositories/stakeholders';
import { stampChange, undoChange } from './undo';

// A tie entered again after its deletion, then the deletion undone: Undo would bring back a
// second copy of the same tie, which the forms refuse (relationshipDuplicates.test.ts). Undo
// names it instead, as it names the records changed since.

let db: TramaDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(async () => {
  await db.delete();
});

async function twoBodies() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', region: 'lazio', province: 'RM' }));
  const cas = await createStakeholder(
    db,
    stakeholderInput({ name: 'CAS Via Tiburtina', region: 'lazio', province: 'RM' }),
  );
  return { asl, cas };
}

describe('undoing the deletion of a relationship entered again since', () => {
  it('brings back no second copy, and says which relationship stays out', async () => {
    const { asl, cas } = await twoBodies();
    const first = await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway' }));
    const deletion = await stampChange(await deleteRelationship(db, first.id));
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'referral-pathway' }));

    const outcome = await undoChange(db, deletion);

    expect(await db.relationships.count(), 'Undo stored the same ASL→CAS referral pathway twice').toBe(1);
    expect(outcome.isComplete).toBe(false);
    expect(outcome.conflicts).toEqual([
      expect.objectContaining({ table: 'relationships', key: first.id, reason: 'duplicate' }),
    ]);
    expect(outcome.conflicts[0]!.label).toBe('ASL Roma 1 – CAS Via Tiburtina');
  });

  it('undoes nothing of the rest when asked for the safe part only', async () => {
    const { asl, cas } = await twoBodies();
    const first = await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'funding' }));
    const deletion = await stampChange(await deleteRelationship(db, first.id));
    await createRelationship(db, relationshipInput(cas.id, asl.id, { type: 'funding' }));

    const outcome = await undoChange(db, deletion, 'safe-part');

    expect(outcome.isApplied).toBe(false);
    expect(outcome.safeRowCount).toBe(0);
    expect(await db.relationships.count(), 'the undirected funding tie came back beside its copy').toBe(1);
  });

  it('brings back one of two copies stored before the check (an older backup), as they stood', async () => {
    const { asl, cas } = await twoBodies();
    const tie = await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'coordination' }));
    const older = '2024-05-02T08:00:00.000Z';
    await db.relationships.add({ ...tie, id: 'copy-from-backup', createdAt: older, updatedAt: older });
    const deletion = await stampChange(await deleteRelationship(db, tie.id));

    const outcome = await undoChange(db, deletion);

    expect(outcome.isComplete, 'the copy the tie stood beside before its deletion kept it out').toBe(true);
    expect(await db.relationships.count()).toBe(2);
  });

  it('refuses to undo an edit that would turn a tie back into a copy of one entered since', async () => {
    const { asl, cas } = await twoBodies();
    const tie = await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'funding' }));
    const edit = await updateRelationship(db, tie.id, relationshipInput(asl.id, cas.id, { type: 'training' }));
    const stamped = await stampChange(edit.change);
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'funding' }));

    const outcome = await undoChange(db, stamped);

    expect(outcome.conflicts.map((conflict) => conflict.reason)).toEqual(['duplicate']);
    expect((await db.relationships.get(tie.id))!.type, 'the edit was undone into a second funding tie').toBe(
      'training',
    );
  });

  it('still undoes a deletion when the tie entered since covers other dates', async () => {
    const { asl, cas } = await twoBodies();
    const ended = await createRelationship(
      db,
      relationshipInput(asl.id, cas.id, { type: 'funding', since: '2024-01-01', until: '2024-12-31' }),
    );
    const deletion = await stampChange(await deleteRelationship(db, ended.id));
    await createRelationship(db, relationshipInput(asl.id, cas.id, { type: 'funding', since: '2026-01-01' }));

    const outcome = await undoChange(db, deletion);

    expect(outcome.isComplete).toBe(true);
    expect(await db.relationships.count()).toBe(2);
  });
});
