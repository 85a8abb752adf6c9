/// <reference lib="webworker" />
import { categoryLabel } from '../../../shared/domain/categories';
import { contactListTables } from '../../../shared/io/contactList';
import { narrowToStakeholders } from '../../../shared/io/exportData';
import { buildWorkbookTables } from '../../../shared/io/workbookTables';
import { loadExportData } from '../../data/exportDataQueries';
import { listCustomCategories } from '../../data/organisationQueries';
import { withOwnDatabase } from '../../data/ownDatabase';
import { exportLabels } from './exportLabels';
import type { WorkbookExportMessage, WorkbookExportRequest } from './exportProtocol';
import { writeXlsx, type XlsxFile } from './writeXlsx';

// Builds an Excel export off the page: reads the records from the same IndexedDB database,
// builds the sheets and writes the zip here, and reports progress as a share of the work.

const post = (message: WorkbookExportMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

async function build(request: WorkbookExportRequest): Promise<XlsxFile> {
  // The connection is closed once the records are read: the sheets and the zip need only them.
  const [[everything, custom], XLSX] = await Promise.all([
    withOwnDatabase((db) => Promise.all([loadExportData(db), listCustomCategories(db)])),
    import('xlsx'),
  ]);
  post({ type: 'progress', done: 0.15 });
  const data = request.stakeholderIds ? narrowToStakeholders(everything, new Set(request.stakeholderIds)) : everything;
  const labels = exportLabels(request.language, (id) => categoryLabel(id, request.language, custom));
  const tables =
    request.kind === 'workbook'
      ? buildWorkbookTables(data, labels, { omitPersonalColumns: request.omitPersonalColumns })
      : contactListTables(data, labels, {
          omitPersonalColumns: request.omitPersonalColumns,
          noRegionLabel: request.noRegionLabel,
        });
  post({ type: 'progress', done: 0.3 });
  return writeXlsx(XLSX, tables, {
    language: request.language,
    onProgress: (share) => post({ type: 'progress', done: 0.3 + 0.7 * share }),
  });
}

self.onmessage = (event: MessageEvent<WorkbookExportRequest>) => {
  build(event.data).then(
    (file) => post({ type: 'done', ...file }, [file.bytes.buffer]),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
