import { loadReportData, type ReportData } from './reportQueries';
import { useLiveRead } from './useLiveRead';

/** The records a programme report counts, kept up to date; undefined while loading. */
export function useReportData(): ReportData | undefined {
  return useLiveRead(loadReportData, []);
}
