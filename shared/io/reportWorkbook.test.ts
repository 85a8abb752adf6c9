import { describe, expect, it } from 'vitest';
import { reportNetwork, YEAR_2026 } from '../../test/support/reportNetwork';
import { programmeReport } from '../analysis/programmeReport';
import { buildReportTables, figureValue, REPORT_FIGURES } from './reportWorkbook';
import { markedReportLabels } from '../../test/support/reportLabels';

const labels = markedReportLabels({ scopeRows: [['Region', 'Campania']] });

describe('the programme report as a workbook', () => {
  const report = programmeReport(reportNetwork, YEAR_2026);
  const tables = buildReportTables(report, reportNetwork, labels);
  const sheet = (name: string) => tables.find((table) => table.name === `sheet:${name}`)!;

  it('starts with the scope and every figure, and each figure’s sheet holds as many rows as the figure says', () => {
    expect(sheet('summary').rows).toEqual([
      ['Region', 'Campania'],
      ...REPORT_FIGURES.map((figure) => [`figure:${figure}`, figureValue(report, figure)]),
    ]);
    expect(sheet('engaged').rows).toHaveLength(figureValue(report, 'engaged'));
    expect(sheet('bridges').rows).toHaveLength(figureValue(report, 'bridgesGained'));
    expect(sheet('actions').rows).toHaveLength(figureValue(report, 'actions'));
    expect(sheet('trainings').rows).toHaveLength(figureValue(report, 'trainings'));
    expect(sheet('stages').rows).toHaveLength(figureValue(report, 'known'));
    const followUps = ['followUpsOnTime', 'followUpsLate', 'followUpsOverdue'] as const;
    expect(sheet('followUps').rows).toHaveLength(followUps.reduce((sum, key) => sum + figureValue(report, key), 0));
    expect(sheet('ties').rows).toHaveLength(figureValue(report, 'tiesGained') + figureValue(report, 'tiesEnded'));
  });

  it('names the records behind the figures, with real dates, and says who was not yet known at the start', () => {
    expect(sheet('bridges').rows).toEqual([
      ['relationship', 'sai ↔ asl-new', { date: '2026-04-02' }],
      ['agreement', 'cas ↔ asl-new', { date: '2026-09-15' }],
    ]);
    expect(sheet('followUps').rows.map((row) => row[3])).toEqual(['onTime', 'late', 'overdue']);
    expect(sheet('stages').rows.find((row) => row[0] === 'sai')).toEqual(['sai', 'campania', 'notYetKnown', 'aware']);
    // Luca's attendance counts in Lazio, but the training still had two attendees.
    expect(sheet('trainings').rows).toEqual([[{ date: '2026-10-01' }, 'Linee guida', 'campania', 2]]);
  });
  it('lists the people trained by organisation, most first then by name, adding up to the figure', () => {
    const trained = (tablesOf: typeof tables) => tablesOf.find((table) => table.name === 'sheet:trained')!;
    expect(trained(tables).rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(figureValue(report, 'trained'));
    const byStakeholder = [
      { stakeholderId: 'cas', people: 1 },
      { stakeholderId: 'sai', people: 3 },
      { stakeholderId: 'asl', people: 3 },
    ];
    const sorted = buildReportTables(
      { ...report, trainings: { ...report.trainings, byStakeholder } },
      reportNetwork,
      labels,
    );
    expect(trained(sorted).rows.map((row) => [row[0], row[2]])).toEqual([
      ['asl', 3],
      ['sai', 3],
      ['cas', 1],
    ]);
    // Two trained people deleted since (a training's anonymous tally): one row says so, and the sheet still adds up.
    const withFormer = buildReportTables(
      { ...report, trainings: { ...report.trainings, byStakeholder, peopleTrained: 9 } },
      reportNetwork,
      labels,
    );
    expect(trained(withFormer).rows.at(-1)).toEqual(['noLongerListed', '', 2]);
  });
  it('says where a training of no region was held: national or online, not a blank', () => {
    const national = {
      ...reportNetwork,
      trainings: reportNetwork.trainings.map((training) => ({ ...training, region: null })),
    };
    const sheets = buildReportTables(programmeReport(national, { ...YEAR_2026, region: null }), national, labels);
    const trainings = sheets.find((table) => table.name === 'sheet:trainings')!;
    expect(trainings.rows.map((row) => row[2])).toEqual(['nationalOrOnline']);
  });
});
