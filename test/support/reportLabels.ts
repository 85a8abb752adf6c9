import type { ReportWorkbookLabels } from '../../shared/io/reportWorkbook';

/**
 * The report workbook's words for tests: each key as itself, sheets and figures marked so a
 * test finds them, a region or "none". `overrides` swaps one (a header that notes what it is asked).
 */
export function markedReportLabels(overrides: Partial<ReportWorkbookLabels> = {}): ReportWorkbookLabels {
  return {
    sheet: (sheet) => `sheet:${sheet}`,
    header: (key) => key,
    figure: (figure) => `figure:${figure}`,
    value: (key) => key,
    region: (region) => region ?? 'none',
    stage: (stage) => stage,
    actionKind: (kind) => kind,
    relationshipType: (type) => type,
    scopeRows: [],
    ...overrides,
  };
}
