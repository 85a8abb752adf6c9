import { parseBackup, type Backup } from '../../shared/io/backup';
import { createBackupJson } from '../../renderer/db/backup';
import type { TramaDatabase } from '../../renderer/db/db';
import { createContact } from '../../renderer/db/repositories/contacts';
import { createRelationship } from '../../renderer/db/repositories/relationships';
import { createStakeholder } from '../../renderer/db/repositories/stakeholders';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { contactInput, relationshipInput, stakeholderInput } from './builders';

/**
 * A backup cut short or edited by hand: two stakeholders written to `db` (CAS Il Gabbiano,
 * ASL Napoli 1 Centro), a contact person of the first (Anna Rossi), optionally one of the
 * second (Marco Bianchi), and a tie between them; the file then lacks the first stakeholder,
 * which `db` still holds.
 */
export async function backupLackingAStakeholder(
  db: TramaDatabase,
  { withContactOfTheOther = false }: { withContactOfTheOther?: boolean } = {},
): Promise<Backup> {
  const lacked = await createStakeholder(db, stakeholderInput({ name: 'CAS Il Gabbiano' }));
  const other = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
  await createContact(db, contactInput(lacked.id, { name: 'Anna Rossi' }));
  if (withContactOfTheOther) await createContact(db, contactInput(other.id, { name: 'Marco Bianchi' }));
  await createRelationship(db, relationshipInput(lacked.id, other.id));
  const file = JSON.parse(await createBackupJson(db)) as { tables: { stakeholders: Array<{ id: string }> } };
  file.tables.stakeholders = file.tables.stakeholders.filter((stakeholder) => stakeholder.id !== lacked.id);
  return parseBackup(JSON.stringify(file), CURRENT_SCHEMA_VERSION);
}
