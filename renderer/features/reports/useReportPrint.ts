import { useState } from 'react';
import type { ReportScope } from '../../../shared/analysis/programmeReport';
import { useNotify } from '../../app/notifications/useNotify';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { reportFileName } from './reportFileName';

/**
 * Printing the report: on the desktop, straight to a PDF the user places (the main process
 * prints the same page in a hidden window, electron/printToPdf.ts); in a browser, its print
 * dialog, where "Save as PDF" is one of the printers.
 */
export function useReportPrint(programmes: readonly { id: string; name: string }[]) {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const [isBusy, setIsBusy] = useState(false);
  const printToPdf = platform.printReportToPdf;
  async function print(scope: ReportScope) {
    if (!printToPdf) return window.print();
    const suggestedName = reportFileName(scope, programmes, t, 'pdf');
    setIsBusy(true);
    try {
      const result = await printToPdf(scope, suggestedName);
      notify({ message: result.isSaved ? t('io.saved', { file: suggestedName }) : t('io.notSaved') });
    } catch (error) {
      notifyError(error);
    } finally {
      setIsBusy(false);
    }
  }
  return { label: printToPdf ? t('reports.savePdf') : t('reports.print'), isBusy, print };
}
