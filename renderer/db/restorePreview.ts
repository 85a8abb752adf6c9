import type { Backup } from '../../shared/io/backup';
import { diffBackup, type TableDiff } from '../../shared/io/restoreDiff';
import { erasedContactsInBackup, tablesToRestore } from '../../shared/io/restorePlan';
import { readBackupTables } from './backup';
import type { TramaDatabase } from './db';
import { readErasedContactIds } from './erasedContacts';
import { holdsWork } from './holdsWork';

// What restoring a backup would do to this database, shown before anything is written.
// Runs in the backup worker (it reads every record and compares them all).

export interface RestorePreview {
  /** Per table, the backup compared with the records held here; erased contacts left out. */
  diffs: TableDiff[];
  /** How many of the backup's contact persons were erased here on request (never who). */
  erasedContacts: number;
  /** Whether the database holds work a restore could lose (then a copy is kept first). */
  holdsWork: boolean;
}

export async function previewRestore(db: TramaDatabase, backup: Backup): Promise<RestorePreview> {
  const local = await readBackupTables(db);
  const erased = erasedContactsInBackup(backup.tables, await readErasedContactIds(db));
  return { diffs: diffBackup(tablesToRestore(backup.tables, new Set(erased)), local), erasedContacts: erased.length, holdsWork: await holdsWork(db) };
}
