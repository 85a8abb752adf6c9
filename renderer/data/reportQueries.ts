import type { ReportNetwork } from '../../shared/analysis/programmeReport';
import { HISTORY_TABLE, type HistoryEntry } from '../../shared/domain/history';
import type { Programme } from '../../shared/domain/organisation';
import type { TramaDatabase } from '../db/db';
import { fromAgreementRow } from '../db/agreementRows';
import { readInPages } from '../db/readInPages';
import { isStageChange } from './historyQueries';

export type ReportData = ReportNetwork & {
  programmes: Programme[];
  /** The recorded changes of a stakeholder's guidelines stage: where its stage at a past date comes from. */
  stageChanges: HistoryEntry[];
};

/** The tables a programme report counts: not the map's positions, the briefings or the rest of a backup. */
export const REPORT_TABLES = [
  'stakeholders',
  'contacts',
  'relationships',
  'agreements',
  'actions',
  'followUps',
  'trainings',
  'programmes',
  HISTORY_TABLE,
] as const;

/**
 * Everything a programme report counts, read in one transaction so its figures agree with each
 * other, one whole-table read each (the history too: a filtered read walks it record by record,
 * which at 10,000 stakeholders cost more than reading it whole). The relationships, five per
 * stakeholder, are read a page at a time (readInPages): their rows are not handed over in one
 * long task, and the app's own small reads at its start get their turn between two pages.
 */
export async function loadReportData(db: TramaDatabase): Promise<ReportData> {
  return db.transaction('r', REPORT_TABLES, async () => {
    const [stakeholders, contacts, relationships, agreements, actions, followUps, trainings, programmes, history] =
      await Promise.all([
        db.stakeholders.toArray(),
        db.contacts.toArray(),
        readInPages(db.relationships),
        db.agreements.toArray(),
        db.actions.toArray(),
        db.followUps.toArray(),
        db.trainings.toArray(),
        db.programmes.toArray(),
        db.history.toArray(),
      ]);
    return {
      stakeholders,
      contacts,
      relationships,
      agreements: agreements.map(fromAgreementRow),
      actions,
      followUps,
      trainings,
      programmes,
      stageChanges: history.filter(isStageChange),
    };
  });
}
