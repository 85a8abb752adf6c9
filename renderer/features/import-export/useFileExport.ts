import { useState } from 'react';
import { localIsoDate } from '../../../shared/domain/common';
import { useNotify } from '../../app/notifications/useNotify';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';

export interface ExportFile {
  stem: string;
  extension: 'xlsx' | 'csv' | 'gexf' | 'graphml' | 'json' | 'png' | 'svg';
  data: string | Uint8Array<ArrayBuffer>;
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

/** Builds a file (which may take a while), then hands it to the platform to save; says how it went. */
export function useFileExport(): { isBusy: boolean; run(build: () => Promise<ExportFile>): Promise<void> } {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const [isBusy, setIsBusy] = useState(false);
  async function run(build: () => Promise<ExportFile>) {
    setIsBusy(true);
    try {
      // Let the "Preparing…" status paint before the work starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const file = await build();
      const suggestedName = `trama-${file.stem}-${localIsoDate()}.${file.extension}`;
      const result = await platform.saveFile({ suggestedName, data: file.data, mimeType: MIME_TYPES[file.extension], filter: { name: file.extension.toUpperCase(), extensions: [file.extension] } });
      notify({ message: result.isSaved ? t('io.saved', { file: suggestedName }) : t('io.notSaved') });
    } catch (error) {
      notifyError(error);
    } finally {
      setIsBusy(false);
    }
  }
  return { isBusy, run };
}
