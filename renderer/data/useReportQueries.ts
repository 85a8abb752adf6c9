import { useObservable } from 'dexie-react-hooks';
import { loadReportData, type ReportData } from './reportQueries';
import { sharedLiveRead } from './sharedLiveRead';
import { useDatabase } from './useDatabase';

/**
 * The report's records, read live and shared: the app's start may have begun the read before
 * the page renders (features/reports/preloadReport.ts), and the page then takes it over.
 */
export const reportDataRead = sharedLiveRead(loadReportData);

/** The records a programme report counts, kept up to date; undefined while loading. */
export function useReportData(): ReportData | undefined {
  const database = useDatabase();
  return useObservable(() => reportDataRead(database), [database]);
}
