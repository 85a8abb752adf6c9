import type { ReportNetwork } from '../../shared/analysis/programmeReport';
import type { Programme } from '../../shared/domain/organisation';
import { readBackupTables } from '../db/backup';
import type { TramaDatabase } from '../db/db';

export type ReportData = ReportNetwork & { programmes: Programme[] };

/** Everything a programme report counts, read in one transaction so its figures agree with each other. */
export async function loadReportData(db: TramaDatabase): Promise<ReportData> {
  const { stakeholders, contacts, relationships, agreements, actions, followUps, trainings, programmes } =
    await readBackupTables(db);
  return { stakeholders, contacts, relationships, agreements, actions, followUps, trainings, programmes };
}
