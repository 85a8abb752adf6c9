import { BACKUP_TABLE_NAMES, serialiseBackup, type Backup, type BackupTables } from '../../shared/io/backup';
import type { TramaDatabase } from './db';
import { fromAgreementRow, toAgreementRow } from './repositories/agreements';
import { CURRENT_SCHEMA_VERSION } from './schema';

// Full backups of the database and their restore, each in one transaction.

export async function readBackupTables(db: TramaDatabase): Promise<BackupTables> {
  return db.transaction('r', BACKUP_TABLE_NAMES, async () => ({
    stakeholders: await db.stakeholders.toArray(),
    contacts: await db.contacts.toArray(),
    relationships: await db.relationships.toArray(),
    agreements: (await db.agreements.toArray()).map(fromAgreementRow),
    actions: await db.actions.toArray(),
    followUps: await db.followUps.toArray(),
    programmes: await db.programmes.toArray(),
    staff: await db.staff.toArray(),
    categories: await db.categories.toArray(),
    savedViews: await db.savedViews.toArray(),
    mapPositions: await db.mapPositions.toArray(),
    meta: (await db.meta.toArray()) as BackupTables['meta'],
    briefings: await db.briefings.toArray(),
  }));
}

export async function createBackupJson(db: TramaDatabase, createdAt = new Date().toISOString()): Promise<string> {
  return serialiseBackup(await readBackupTables(db), CURRENT_SCHEMA_VERSION, createdAt);
}

export type RestoreMode = 'replace' | 'merge';

/**
 * Replace: the database becomes exactly the backup. Merge: records of the backup are added,
 * or overwrite the ones with the same id; everything else stays.
 */
export async function restoreBackup(db: TramaDatabase, backup: Backup, mode: RestoreMode): Promise<void> {
  const { tables } = backup;
  await db.transaction('rw', BACKUP_TABLE_NAMES, async () => {
    if (mode === 'replace') for (const name of BACKUP_TABLE_NAMES) await db.table(name).clear();
    await db.stakeholders.bulkPut(tables.stakeholders);
    await db.contacts.bulkPut(tables.contacts);
    await db.relationships.bulkPut(tables.relationships);
    await db.agreements.bulkPut(tables.agreements.map(toAgreementRow));
    await db.actions.bulkPut(tables.actions);
    await db.followUps.bulkPut(tables.followUps);
    await db.programmes.bulkPut(tables.programmes);
    await db.staff.bulkPut(tables.staff);
    await db.categories.bulkPut(tables.categories);
    await db.savedViews.bulkPut(tables.savedViews);
    await db.mapPositions.bulkPut(tables.mapPositions);
    await db.meta.bulkPut(tables.meta);
    await db.briefings.bulkPut(tables.briefings);
  });
}
