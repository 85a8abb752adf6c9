import { HOME_SECTION } from '../../app/navigation';
import { parseRoute } from '../../app/route';
import type { TramaDatabase } from '../../data/useDatabase';
import { reportDataRead } from '../../data/useReportQueries';
import { loadPlot } from './ReportCharts';

/** Longer than any app start: if the report page has not taken the read over by then, it never will. */
const HOLD_MS = 30_000;

/**
 * For an address that opens on the programme report (a reload, the desktop's PDF printing):
 * its records' read and its charts' library start as soon as the database is open, while the
 * app renders its frame and reads its settings, instead of once the page has rendered. The
 * page takes the same read over (useReportData), so the rows are read once.
 */
export function preloadReport(hash: string, db: TramaDatabase): void {
  const route = parseRoute(hash, HOME_SECTION);
  if (route.section !== 'reports' || route.addressProblem) return;
  reportDataRead(db).holdFor(HOLD_MS);
  // A failure shows when a chart asks for the library again.
  loadPlot().catch(() => undefined);
}
