import { describe, expect, it } from 'vitest';
import { programmeReport } from '../../../shared/analysis/programmeReport';
import { trainingSchema } from '../../../shared/domain/training';
import { buildReportTables, figureValue } from '../../../shared/io/reportWorkbook';
import { markedReportLabels } from '../../../test/support/reportLabels';
import { reportNetwork, YEAR_2026 } from '../../../test/support/reportNetwork';
import { translateOr } from '../../i18n/translate';

// Issue 18 item 4: the workbook holds the numbers and the records behind each, in
// the language chosen.

describe('the report workbook in the user’s words', () => {
  it('names every column of every sheet in Italian, the summary’s too', () => {
    const asked = new Set<string>();
    const labels = markedReportLabels({ header: (key) => (asked.add(key), key) });
    buildReportTables(programmeReport(reportNetwork, YEAR_2026), reportNetwork, labels);
    // useReportWorkbook's labels: header(key) is tOr(`reports.header.${key}`, key).
    const untranslated = [...asked].filter((key) => translateOr('it', `reports.header.${key}`, key) === key);
    expect(untranslated, 'headers left as the raw key in the Italian workbook').toEqual([]);
  });

  it('lists the records behind "people trained": some sheet’s numbers add up to it', () => {
    // A Campania operator trained at a course held in Lazio: counted in Campania, where she works.
    const network = {
      ...reportNetwork,
      trainings: [trainingSchema.parse({ ...reportNetwork.trainings[0], region: 'lazio', attendeeIds: ['anna'] })],
    };
    const report = programmeReport(network, YEAR_2026);
    expect(figureValue(report, 'trained')).toBe(1);
    const labels = markedReportLabels();
    const sheets = buildReportTables(report, network, labels).filter((table) => table.name !== 'sheet:summary');
    const totals = sheets.flatMap((table) =>
      table.columns
        .map((column, index) => ({ column, index }))
        .filter(({ column }) => column.type === 'number')
        .map(({ index }) => table.rows.reduce((sum, row) => sum + Number(row[index] ?? 0), 0)),
    );
    expect(totals, 'no sheet of the workbook adds up to the 1 person trained the summary reports').toContain(1);
  });
});
