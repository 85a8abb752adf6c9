import { PARSE_LIMITS, type ParseRequest, type ParseResponse, type ParsedSheet } from './parseProtocol';

// Reads a user's spreadsheet (xlsx, xls, ods, csv) into sheets of text, in a worker that
// is created for this file and terminated afterwards, within size and time limits. Rows and
// cells over the caps are counted by the worker and said by the preview (readSheets.ts).

export type ParseFailure = 'too-large' | 'wrong-type' | 'unreadable' | 'empty' | 'timeout' | 'too-much-text';

export class SpreadsheetError extends Error {
  constructor(readonly reason: ParseFailure) {
    super(`Spreadsheet refused: ${reason}`);
  }
}

const ACCEPTED = /\.(xlsx|xlsm|xls|ods|csv|tsv|txt)$/i;
export const ACCEPTED_FILE_TYPES = '.xlsx,.xls,.ods,.csv,.tsv,.txt';

/** Whether the bytes look like the type the name claims: a zip, an OLE file, or text (UTF-16 text, Excel's "Unicode text", begins with its byte-order mark). */
export function looksLikeSpreadsheet(fileName: string, head: Uint8Array): boolean {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const startsWith = (...signature: number[]) => signature.every((byte, index) => head[index] === byte);
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'ods') return startsWith(0x50, 0x4b, 0x03, 0x04);
  if (extension === 'xls') return startsWith(0xd0, 0xcf, 0x11, 0xe0) || startsWith(0x50, 0x4b, 0x03, 0x04);
  return startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff) || !head.includes(0);
}

export async function parseSpreadsheet(file: File, limits = PARSE_LIMITS): Promise<ParsedSheet[]> {
  if (!ACCEPTED.test(file.name)) throw new SpreadsheetError('wrong-type');
  if (file.size > limits.maxBytes) throw new SpreadsheetError('too-large');
  if (file.size === 0) throw new SpreadsheetError('empty');
  const bytes = await file.arrayBuffer();
  if (!looksLikeSpreadsheet(file.name, new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 8192))))
    throw new SpreadsheetError('wrong-type');
  const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), {
    type: 'module',
    name: 'trama-spreadsheet-parser',
  });
  try {
    const response = await new Promise<ParseResponse>((resolve, reject) => {
      const timer = setTimeout(() => reject(new SpreadsheetError('timeout')), limits.timeoutMs);
      worker.onmessage = (event: MessageEvent<ParseResponse>) => {
        clearTimeout(timer);
        resolve(event.data);
      };
      worker.onerror = () => {
        clearTimeout(timer);
        reject(new SpreadsheetError('unreadable'));
      };
      const request: ParseRequest = {
        bytes,
        fileName: file.name,
        maxRows: limits.maxRows,
        maxColumns: limits.maxColumns,
        maxCellLength: limits.maxCellLength,
        maxTotalCharacters: limits.maxTotalCharacters,
      };
      worker.postMessage(request, [bytes]);
    });
    if (!response.ok) throw new SpreadsheetError(response.reason);
    return response.sheets;
  } finally {
    worker.terminate();
  }
}
