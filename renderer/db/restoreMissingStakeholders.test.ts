import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../test/support/databasePerTest';
import { restoreBackup } from './backup';
import { findDanglingReferences } from './danglingReferences';
import { previewRestore } from './restorePreview';
import { backupLackingAStakeholder } from '../../test/support/backupLackingAStakeholder';

// A backup cut short or edited by hand may hold contact persons and relationships of a
// stakeholder it lacks. Restored as they were, they sat in the database pointing at nothing:
// a contact person in no contact list, with no word to the user.

const database = databasePerTest();

describe('restoring a backup whose records point at stakeholders it lacks', () => {
  it('says so in the preview and restores nothing that points at nothing', async () => {
    const db = database();
    const backup = await backupLackingAStakeholder(db, { withContactOfTheOther: true });
    const preview = await previewRestore(db, backup, { marker: '[erased]' });
    expect(preview.missingStakeholdersIfReplaced).toEqual({
      stakeholders: 1,
      leftOut: [
        { table: 'contacts', count: 1 },
        { table: 'relationships', count: 1 },
      ],
      trimmed: [],
    });
    await restoreBackup(db, backup, 'replace');
    expect(await findDanglingReferences(db), 'records restored pointing at a stakeholder the backup lacks').toEqual([]);
    expect((await db.contacts.toArray()).map((contact) => contact.name)).toEqual(['Marco Bianchi']);
  });
});
