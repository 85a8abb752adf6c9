import { dashboardRecords, type DashboardRecords } from './dashboardQueries';
import { useLiveRead } from './useLiveRead';

/** The records behind the dashboard's figures, kept up to date; undefined while loading. */
export function useDashboardRecords(): DashboardRecords | undefined {
  return useLiveRead(dashboardRecords, []);
}
