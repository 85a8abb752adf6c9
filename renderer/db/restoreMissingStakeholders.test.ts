import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../shared/io/backup';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import { createBackupJson, restoreBackup } from './backup';
import { findDanglingReferences } from './danglingReferences';
import type { TramaDatabase } from './db';
import { createContact } from './repositories/contacts';
import { createRelationship } from './repositories/relationships';
import { createStakeholder } from './repositories/stakeholders';
import { previewRestore } from './restorePreview';
import { CURRENT_SCHEMA_VERSION } from './schema';

// A backup cut short or edited by hand may hold contact persons and relationships of a
// stakeholder it lacks. Restored as they were, they sat in the database pointing at nothing:
// a contact person in no contact list, with no word to the user.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** A backup of two stakeholders, a contact person of each and a tie, with the first stakeholder taken out of the file. */
async function backupLackingAStakeholder(): Promise<Backup> {
  const gone = await createStakeholder(db, stakeholderInput({ name: 'CAS Il Gabbiano' }));
  const kept = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
  await createContact(db, contactInput(gone.id, { name: 'Anna Rossi' }));
  await createContact(db, contactInput(kept.id, { name: 'Marco Bianchi' }));
  await createRelationship(db, relationshipInput(gone.id, kept.id));
  const file = JSON.parse(await createBackupJson(db)) as { tables: { stakeholders: Array<{ id: string }> } };
  file.tables.stakeholders = file.tables.stakeholders.filter((stakeholder) => stakeholder.id !== gone.id);
  return parseBackup(JSON.stringify(file), CURRENT_SCHEMA_VERSION);
}

describe('restoring a backup whose records point at stakeholders it lacks', () => {
  it('says so in the preview and restores nothing that points at nothing', async () => {
    const backup = await backupLackingAStakeholder();
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
