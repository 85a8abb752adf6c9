import * as XLSX from 'xlsx';
import { readWorkbook } from './readSheets';
import { PARSE_LIMITS, type ParseRequest, type ParseResponse, type ParsedSheet } from './parseProtocol';

// Files for the reader's tests, made here cell by cell as a spreadsheet stores them, and the
// reader run on them as the parsing worker runs it. Test support only: no app code imports it.

export const text = (value: string): XLSX.CellObject => ({ t: 's', v: value });
export const number = (value: number, format = 'General'): XLSX.CellObject => ({ t: 'n', v: value, z: format });

/** An .xlsx file of one sheet "Enti" written by SheetJS; `dimension` rewrites the size the sheet states. */
export function xlsxFile(
  cells: Record<string, XLSX.CellObject>,
  range: string,
  options: { dimension?: string; date1904?: boolean } = {},
): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, { '!ref': range, ...cells }, 'Enti');
  if (options.date1904) book.Workbook = { ...book.Workbook, WBProps: { date1904: true } };
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  return options.dimension === undefined ? bytes : withDimension(bytes, options.dimension);
}

/** The same file with another `<dimension ref>`: what a writer that miscounts its sheet leaves. */
function withDimension(bytes: Uint8Array, dimension: string): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  // SheetJS types its zip library as any: the entry is what cfb's find returns.
  const entry: { content: Uint8Array; size: number } | null = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml');
  if (!entry) throw new Error('no sheet1.xml in the written workbook');
  const xml = new TextDecoder()
    .decode(entry.content)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
  entry.content = new TextEncoder().encode(xml);
  entry.size = entry.content.length;
  return new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
}

export function parse(
  fileName: string,
  content: string | Uint8Array,
  limits: Partial<Omit<ParseRequest, 'bytes' | 'fileName'>> = {},
): ParseResponse {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return readWorkbook({ bytes: bytes.slice().buffer, fileName, ...PARSE_LIMITS, ...limits });
}

export function firstSheet(response: ParseResponse): ParsedSheet {
  if (!response.ok) throw new Error(`refused: ${response.reason}`);
  const [sheet] = response.sheets;
  if (!sheet) throw new Error('no sheet');
  return sheet;
}
