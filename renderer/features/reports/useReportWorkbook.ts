import type { ProgrammeReport, StageAt } from '../../../shared/analysis/programmeReport';
import { buildReportTables, type ReportWorkbookLabels } from '../../../shared/io/reportWorkbook';
import type { ReportData } from '../../data/reportQueries';
import { useT } from '../../i18n/useT';
import { useFileExport, type FileExport } from '../import-export/useFileExport';
import { loadSheetJs, writeXlsx } from '../import-export/writeXlsx';
import { reportFileName, reportProgrammeName, reportRegionName } from './reportFileName';

/** Saves a report as a workbook in the interface language: the figures, then the records behind each. */
export function useReportWorkbook(): Pick<FileExport, 'isBusy'> & {
  save(report: ProgrammeReport, data: ReportData, stageAt: StageAt): Promise<void>;
} {
  const { t, tOr, language } = useT();
  const fileExport = useFileExport();
  async function save(report: ProgrammeReport, data: ReportData, stageAt: StageAt) {
    const { from, to } = report.scope;
    const programme = reportProgrammeName(report.scope, data.programmes, t);
    const regionName = reportRegionName(report.scope, t);
    const labels: ReportWorkbookLabels = {
      sheet: (sheet) => t(`reports.sheet.${sheet}`),
      header: (key) => tOr(`reports.header.${key}`, key),
      figure: (figure) => t(`reports.figure.${figure}`),
      value: (key) => tOr(`reports.value.${key}`, key),
      region: (one) => (one ? t(`region.${one}`) : ''),
      stage: (stage) => t(`stage.${stage}`),
      actionKind: (kind) => t(`actionKind.${kind}`),
      relationshipType: (type) => tOr(`relationshipType.${type}`, type),
      scopeRows: [
        [t('reports.programme'), programme],
        [t('reports.region'), regionName],
        [t('reports.from'), from],
        [t('reports.to'), to],
      ],
    };
    await fileExport.run(async () => {
      const file = writeXlsx(await loadSheetJs(), buildReportTables(report, data, labels, stageAt), { language });
      return {
        stem: 'report',
        fileName: reportFileName(report.scope, data.programmes, t, 'xlsx'),
        extension: 'xlsx',
        data: file.bytes,
        longCells: file.longCells,
      };
    });
  }
  return { isBusy: fileExport.isBusy, save };
}
