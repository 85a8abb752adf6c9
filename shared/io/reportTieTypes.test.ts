import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import { programmeReport } from '../analysis/programmeReport';
import { RELATIONSHIP_TYPES } from '../domain/enums';
import { buildReportTables, type ReportWorkbookLabels } from './reportWorkbook';

// The programme report's workbook in the interface language. Every word
// the labels give is marked, so a stored value written as it is stands out.

const labels = {
  sheet: (sheet) => `sheet:${sheet}`,
  header: (key) => `header:${key}`,
  figure: (figure) => `figure:${figure}`,
  value: (key) => `value:${key}`,
  region: (region) => `region:${region ?? 'none'}`,
  stage: (stage) => `stage:${stage}`,
  actionKind: (kind) => `actionKind:${kind}`,
  relationshipType: (type: string) => `relationshipType:${type}`,
  scopeRows: [],
} satisfies ReportWorkbookLabels;

describe('the report workbook’s relationships sheet', () => {
  it('writes each tie’s type in the interface language, not the stored English value', () => {
    // The fixture's ties are of a custom type; the app's own types are labelled in each language.
    const network = {
      ...reportNetwork,
      relationships: reportNetwork.relationships.map((tie) => ({ ...tie, type: 'coordination' })),
    };
    const report = programmeReport(network, YEAR_2026);
    const ties = buildReportTables(report, network, labels).find((table) => table.name === 'sheet:ties')!;
    const type = ties.columns.findIndex((column) => column.key === 'type');
    const cells = ties.rows.map((row) => row[type]);
    expect(cells.length).toBeGreaterThan(0);
    const stored = new Set<unknown>(RELATIONSHIP_TYPES);
    expect(
      cells.filter((cell) => stored.has(cell)),
      'an Italian report says "coordination" where the app says the Italian type',
    ).toEqual([]);
  });
});
