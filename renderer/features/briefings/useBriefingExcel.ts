import { useState } from 'react';
import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import {
  buildBriefingTables,
  type BriefingCover,
  type BriefingTableLabels,
} from '../../../shared/briefing/briefingTables';
import type { ExportData } from '../../../shared/io/exportData';
import { useNotify } from '../../app/notifications/useNotify';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { useCategories } from '../../ui/useCategories';
import { exportLabels } from '../import-export/exportLabels';
import { longCellNotice } from '../import-export/longCellNotice';
import { loadSheetJs, writeXlsx } from '../import-export/writeXlsx';
import { useGapText } from './BriefingDocument';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves the briefing as an xlsx workbook in the interface language, under a name that says
 * which meeting it is for (useFileExport's names are "trama-<kind>-<day>": not this one's).
 */
export function useBriefingExcel(): {
  isBusy: boolean;
  exportExcel(model: BriefingModel, cover: BriefingCover, data: ExportData, fileName: string): Promise<void>;
} {
  const { t, language, tOr } = useT();
  const { labelOf } = useCategories();
  const { notify, notifyError } = useNotify();
  const gapText = useGapText();
  const [isBusy, setIsBusy] = useState(false);
  async function exportExcel(model: BriefingModel, cover: BriefingCover, data: ExportData, fileName: string) {
    const labels: BriefingTableLabels = {
      ...exportLabels(language, labelOf),
      // A stakeholder's columns bring their own headers (shared/io/columns), as in every other workbook.
      header: (key, own) => own?.[language] ?? tOr(`briefings.header.${key}`, key),
      sheet: (key) => tOr(`briefings.sheet.${key}`, key),
      gap: (gap) => gapText(gap),
      staffName: (id) => data.staff.find((member) => member.id === id)?.name ?? '',
    };
    setIsBusy(true);
    try {
      // Let the button's busy state paint before the work starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // A region's attendees joined in one cell can be longer than Excel allows: the file says where it continues.
      const file = writeXlsx(await loadSheetJs(), buildBriefingTables(model, cover, labels), { language });
      const result = await platform.saveFile({
        suggestedName: fileName,
        data: file.bytes,
        mimeType: XLSX_TYPE,
        filter: { name: 'XLSX', extensions: ['xlsx'] },
      });
      const cells = result.isSaved ? longCellNotice(language, file.longCells) : null;
      notify({
        message: result.isSaved
          ? [t('io.saved', { file: fileName }), cells].filter(Boolean).join(' ')
          : t('io.notSaved'),
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setIsBusy(false);
    }
  }
  return { isBusy, exportExcel };
}
