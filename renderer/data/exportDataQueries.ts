import type { ExportData } from '../../shared/io/exportData';
import { readBackupTables } from '../db/backup';
import type { TramaDatabase } from '../db/db';

/**
 * Every record an export or a briefing may use, read in one transaction so it is consistent
 * (the backup's own read, less what only a backup carries).
 */
export async function loadExportData(db: TramaDatabase): Promise<ExportData> {
  const { stakeholders, contacts, relationships, agreements, actions, followUps, programmes, staff } =
    await readBackupTables(db);
  return { stakeholders, contacts, relationships, agreements, actions, followUps, programmes, staff };
}
