import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../shared/io/backup';
import { contactInput, freshDatabase, relationshipInput, stakeholderInput } from '../../test/support/builders';
import { createBackupJson, restoreBackup } from './backup';
import type { TramaDatabase } from './db';
import { createContact } from './repositories/contacts';
import { createRelationship } from './repositories/relationships';
import { createStakeholder } from './repositories/stakeholders';
import { previewRestore } from './restorePreview';
import { CURRENT_SCHEMA_VERSION } from './schema';

// Review: a merge keeps every stakeholder this database holds. A backup cut short that lacks a
// stakeholder Trama still has here points at nothing only in "replace"; merged, its contact
// persons and ties have their stakeholder, yet the restore plan treats it as deleted and
// leaves them out.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** A backup of two stakeholders, a contact person and a tie, the first stakeholder cut out of the file; then the contact and tie lost here. */
async function partialBackupOfAStakeholderKeptHere(): Promise<Backup> {
  const keptHere = await createStakeholder(db, stakeholderInput({ name: 'CAS Il Gabbiano' }));
  const other = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
  await createContact(db, contactInput(keptHere.id, { name: 'Anna Rossi' }));
  await createRelationship(db, relationshipInput(keptHere.id, other.id));
  const file = JSON.parse(await createBackupJson(db)) as { tables: { stakeholders: Array<{ id: string }> } };
  file.tables.stakeholders = file.tables.stakeholders.filter((stakeholder) => stakeholder.id !== keptHere.id);
  // Lost here since (deleted by mistake, without its stakeholder): what the merge should bring back.
  await db.contacts.clear();
  await db.relationships.clear();
  return parseBackup(JSON.stringify(file), CURRENT_SCHEMA_VERSION);
}

describe('merging a backup that lacks a stakeholder this database holds', () => {
  it('brings back its contact persons and ties, whose stakeholder is here', async () => {
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
