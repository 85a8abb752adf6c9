import type { EntityTable } from '../../shared/domain/entities';
import type { HistoryEntry } from '../../shared/domain/history';
import { recordHistory, stageHistory, type RecordHistory } from './historyQueries';
import { useLiveRead } from './useLiveRead';

/** One record's history, newest first, kept up to date; undefined while it loads. */
export function useRecordHistory(
  table: EntityTable,
  id: string,
  limit: number,
): (RecordHistory & { total: number }) | undefined {
  return useLiveRead((db) => recordHistory(db, table, id, limit), [table, id, limit]);
}

/** Every recorded stage change of a stakeholder, kept up to date; undefined while it loads. */
export function useStageHistory(): HistoryEntry[] | undefined {
  return useLiveRead(stageHistory, []);
}
