import type { WorkbookExportMessage, WorkbookExportRequest } from './exportProtocol';
import type { XlsxFile } from './writeXlsx';

/**
 * An Excel export built in a worker created for it (exportWorker.ts): the page stays
 * responsive however many records there are; `onProgress` receives the share done (0–1).
 */
export async function exportInWorker(
  request: WorkbookExportRequest,
  onProgress: (done: number) => void,
): Promise<XlsxFile> {
  const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), {
    type: 'module',
    name: 'trama-excel-export',
  });
  try {
    return await new Promise<XlsxFile>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkbookExportMessage>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress(message.done);
        else if (message.type === 'done') resolve({ bytes: message.bytes, longCells: message.longCells });
        else reject(new Error(message.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The export worker failed'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
