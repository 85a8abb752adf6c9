import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import { buildBriefingTables, type BriefingCover, type BriefingTableLabels } from '../../../shared/briefing/briefingTables';
import type { ExportData } from '../../../shared/io/exportData';
import { useT } from '../../i18n/useT';
import { exportLabels } from '../import-export/exportLabels';
import { useFileExport } from '../import-export/useFileExport';
import { loadSheetJs, tablesToXlsx } from '../import-export/writeXlsx';
import { useCategories } from '../stakeholders/useCategories';
import { useGapText } from './BriefingDocument';

/** Saves the briefing as an xlsx workbook in the interface language. */
export function useBriefingExcel(): { isBusy: boolean; exportExcel(model: BriefingModel, cover: BriefingCover, data: ExportData): Promise<void> } {
  const { language, tOr } = useT();
  const { labelOf } = useCategories();
  const gapText = useGapText();
  const { isBusy, run } = useFileExport();
  function exportExcel(model: BriefingModel, cover: BriefingCover, data: ExportData) {
    const base = exportLabels(language, labelOf);
    const labels: BriefingTableLabels = {
      ...base,
      header: (key) => tOr(`briefings.header.${key}`, key),
      sheet: (key) => tOr(`briefings.sheet.${key}`, key),
      gap: (gap) => gapText(gap),
      staffName: (id) => data.staff.find((member) => member.id === id)?.name ?? '',
    };
    return run(async () => {
      const XLSX = await loadSheetJs();
      return { stem: 'briefing', extension: 'xlsx', data: tablesToXlsx(XLSX, buildBriefingTables(model, cover, labels)) };
    });
  }
  return { isBusy, exportExcel };
}
