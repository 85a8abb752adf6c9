import type { ExportData } from '../../shared/io/exportData';
import { loadExportData } from './exportDataQueries';
import { useLiveRead } from './useLiveRead';

/** Every record an export or a briefing may use, kept up to date as they change; undefined while loading. */
export function useExportData(): ExportData | undefined {
  return useLiveRead(loadExportData, []);
}
