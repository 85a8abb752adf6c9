import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../shared/io/backup';
import { NO_MISSING_STAKEHOLDERS } from '../../shared/io/restoreMissingStakeholders';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import { createBackupJson, restoreBackup } from './backup';
import { findDanglingReferences } from './danglingReferences';
import type { TramaDatabase } from './db';
import { createContact } from './repositories/contacts';
import { createRelationship } from './repositories/relationships';
import { createStakeholder } from './repositories/stakeholders';
import { previewRestore } from './restorePreview';
import { CURRENT_SCHEMA_VERSION } from './schema';

// A merge keeps the stakeholders held here, a replace none: a backup lacking a stakeholder
// this database holds has records pointing at nothing only once it replaces the data. The
// preview, made before the user picks, says what each would leave out.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** A backup of two stakeholders, a contact person of the first and a tie, the first stakeholder cut out of the file. */
async function partialBackupOfAStakeholderHeldHere(): Promise<Backup> {
  const heldHere = await createStakeholder(db, stakeholderInput({ name: 'CAS Il Gabbiano' }));
  const other = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
  await createContact(db, contactInput(heldHere.id, { name: 'Anna Rossi' }));
  await createRelationship(db, relationshipInput(heldHere.id, other.id));
  const file = JSON.parse(await createBackupJson(db)) as { tables: { stakeholders: Array<{ id: string }> } };
  file.tables.stakeholders = file.tables.stakeholders.filter((stakeholder) => stakeholder.id !== heldHere.id);
  return parseBackup(JSON.stringify(file), CURRENT_SCHEMA_VERSION);
}

describe('replacing the data with a backup that lacks a stakeholder this database holds', () => {
  it('is previewed apart from the merge, and leaves out what points at the stakeholder it removes', async () => {
    const backup = await partialBackupOfAStakeholderHeldHere();
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
