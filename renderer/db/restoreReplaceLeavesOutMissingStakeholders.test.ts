import { describe, expect, it } from 'vitest';
import { NO_MISSING_STAKEHOLDERS } from '../../shared/io/restoreMissingStakeholders';
import { databasePerTest } from '../../test/support/databasePerTest';
import { restoreBackup } from './backup';
import { findDanglingReferences } from './danglingReferences';
import { previewRestore } from './restorePreview';
import { backupLackingAStakeholder } from '../../test/support/backupLackingAStakeholder';

// A merge keeps the stakeholders held here, a replace none: a backup lacking a stakeholder
// this database holds has records pointing at nothing only once it replaces the data. The
// preview, made before the user picks, says what each would leave out.

const database = databasePerTest();

describe('replacing the data with a backup that lacks a stakeholder this database holds', () => {
  it('is previewed apart from the merge, and leaves out what points at the stakeholder it removes', async () => {
    const db = database();
    const backup = await backupLackingAStakeholder(db);
    const preview = await previewRestore(db, backup, { marker: '[erased]' });
    expect(preview.missingStakeholders, 'a merge keeps the stakeholder held here').toEqual(NO_MISSING_STAKEHOLDERS);
    expect(preview.missingStakeholdersIfReplaced, 'what a replace leaves out, said before the user picks').toEqual({
      stakeholders: 1,
      leftOut: [
        { table: 'contacts', count: 1 },
        { table: 'relationships', count: 1 },
      ],
      trimmed: [],
    });
    await restoreBackup(db, backup, 'replace');
    expect(await findDanglingReferences(db), 'records restored pointing at a stakeholder removed').toEqual([]);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.relationships.count()).toBe(0);
  });
});
