import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import {
  buildBriefingTables,
  type BriefingCover,
  type BriefingTableLabels,
} from '../../../shared/briefing/briefingTables';
import type { ExportData } from '../../../shared/io/exportData';
import { useT } from '../../i18n/useT';
import { useCategories } from '../../ui/useCategories';
import { exportLabels } from '../import-export/exportLabels';
import { useFileExport } from '../import-export/useFileExport';
import { loadSheetJs, writeXlsx } from '../import-export/writeXlsx';
import { useTieStatusWords } from '../stakeholders/tieStatusOnDay';
import { useGapText } from './BriefingDocument';

/** Saves the briefing as an xlsx workbook in the interface language, under a name that says which meeting it is for. */
export function useBriefingExcel(): {
  isBusy: boolean;
  exportExcel(model: BriefingModel, cover: BriefingCover, data: ExportData, fileName: string): Promise<void>;
} {
  const { language, tOr } = useT();
  const { labelOf } = useCategories();
  const gapText = useGapText();
  const tieStatus = useTieStatusWords();
  const fileExport = useFileExport();
  async function exportExcel(model: BriefingModel, cover: BriefingCover, data: ExportData, fileName: string) {
    const labels: BriefingTableLabels = {
      ...exportLabels(language, labelOf),
      // A stakeholder's columns bring their own headers (shared/io/columns), as in every other workbook.
      header: (key, own) => own?.[language] ?? tOr(`briefings.header.${key}`, key),
      sheet: (key) => tOr(`briefings.sheet.${key}`, key),
      gap: (gap) => gapText(gap),
      staffName: (id) => data.staff.find((member) => member.id === id)?.name ?? '',
      tieStatus,
    };
    await fileExport.run(async () => {
      // A region's attendees joined in one cell can be longer than Excel allows: the file says where it continues.
      const file = writeXlsx(await loadSheetJs(), buildBriefingTables(model, cover, labels), { language });
      return { stem: 'briefing', fileName, extension: 'xlsx', data: file.bytes, longCells: file.longCells };
    });
  }
  return { isBusy: fileExport.isBusy, exportExcel };
}
