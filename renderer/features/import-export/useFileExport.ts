import { useState } from 'react';
import { localIsoDate } from '../../../shared/domain/common';
import type { LongCell } from '../../../shared/io/longCells';
import { useNotify } from '../../app/notifications/useNotify';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { longCellNotice } from './longCellNotice';

export interface ExportFile {
  stem: string;
  /** The whole name for the save dialog (exportFileName), in place of "trama-<stem>-<date>". */
  fileName?: string;
  extension: 'xlsx' | 'csv' | 'gexf' | 'graphml' | 'json' | 'png' | 'svg';
  data: string | Uint8Array<ArrayBuffer>;
  /** Cells of an Excel file that were continued in extra columns or cut: the user is told. */
  longCells?: readonly LongCell[];
}

const MIME_TYPES: Readonly<Record<ExportFile['extension'], string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  gexf: 'application/xml',
  graphml: 'application/xml',
  json: 'application/json',
  png: 'image/png',
  svg: 'image/svg+xml',
};

export interface FileExport {
  isBusy: boolean;
  /** What the last saved file had to do with cells too long for Excel; null when nothing. */
  cellNotice: string | null;
  run(build: () => Promise<ExportFile>): Promise<void>;
}

/** Builds a file (which may take a while), then hands it to the platform to save; says how it went. */
export function useFileExport(): FileExport {
  const { t, language } = useT();
  const { notify, notifyError } = useNotify();
  const [isBusy, setIsBusy] = useState(false);
  const [cellNotice, setCellNotice] = useState<string | null>(null);
  async function run(build: () => Promise<ExportFile>) {
    setIsBusy(true);
    setCellNotice(null);
    try {
      // Let the "Preparing…" status paint before the work starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const file = await build();
      const suggestedName = file.fileName ?? `trama-${file.stem}-${localIsoDate()}.${file.extension}`;
      const result = await platform.saveFile({
        suggestedName,
        data: file.data,
        mimeType: MIME_TYPES[file.extension],
        filter: { name: file.extension.toUpperCase(), extensions: [file.extension] },
      });
      const cells = result.isSaved ? longCellNotice(language, file.longCells ?? []) : null;
      setCellNotice(cells);
      notify({
        message: result.isSaved
          ? [t('io.saved', { file: suggestedName }), cells].filter(Boolean).join(' ')
          : t('io.notSaved'),
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setIsBusy(false);
    }
  }
  return { isBusy, cellNotice, run };
}
