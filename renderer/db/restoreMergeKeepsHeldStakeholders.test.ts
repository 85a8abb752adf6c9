import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../test/support/databasePerTest';
import { restoreBackup } from './backup';
import { previewRestore } from './restorePreview';
import { backupLackingAStakeholder } from '../../test/support/backupLackingAStakeholder';

// A merge keeps every stakeholder this database holds. A backup cut short that lacks a
// stakeholder Trama still has here points at nothing only in "replace"; merged, its contact
// persons and ties have their stakeholder, and the restore plan must not leave them out.

const database = databasePerTest();

/** The backup, then the contact and the tie lost here since (deleted by mistake, without their stakeholder): what the merge should bring back. */
async function partialBackupOfAStakeholderKeptHere() {
  const db = database();
  const backup = await backupLackingAStakeholder(db);
  await db.contacts.clear();
  await db.relationships.clear();
  return backup;
}

describe('merging a backup that lacks a stakeholder this database holds', () => {
  it('brings back its contact persons and ties, whose stakeholder is here', async () => {
    const db = database();
    const backup = await partialBackupOfAStakeholderKeptHere();
    const preview = await previewRestore(db, backup, { marker: '[erased]' });
    await restoreBackup(db, backup, 'merge');
    expect(
      (await db.contacts.toArray()).map((contact) => contact.name),
      'the merge left out a contact person whose stakeholder this database holds',
    ).toEqual(['Anna Rossi']);
    expect(await db.relationships.count(), 'the merge left out a tie between two stakeholders held here').toBe(1);
    expect(preview.missingStakeholders.leftOut, 'the preview says records are left out that a merge can keep').toEqual(
      [],
    );
  });
});
