import type * as SheetJsModule from 'xlsx';
import type { CellObject, WorkBook, WorkSheet } from 'xlsx';
import type { Language } from '../../../shared/domain/enums';
import { cellText, excelSerial, xlsxText, type Table } from '../../../shared/io/cells';
import { columnLetter } from '../../../shared/io/columnNames';
import { fitTableToExcel, type LongCell } from '../../../shared/io/longCells';
import type { LaidOutTable, SheetLayout } from '../../../shared/io/sheetLayout';
import { laidOutSheetXml, printTitlesRef, withRotatedStyle } from './sheetLayoutXml';
import { longCellWords } from './longCellNotice';

// Tables → an .xlsx file: real Excel dates, numbers as numbers, text as text cells (type
// 's', which Excel never runs as a formula, so no apostrophe: that is for CSV), text longer
// than Excel allows continued in extra columns, column widths from the content, a filter on
// the header row and the header frozen. SheetJS Community cannot freeze panes nor set up the
// page, so the finished file's sheet XML gets the elements Excel writes for "Freeze panes"
// and "Page setup" (sheetLayoutXml.ts); a table's own layout (a matrix: names frozen, printed
// landscape) replaces the frozen header row.

type SheetJs = typeof SheetJsModule;

const DATE_FORMAT = 'yyyy-mm-dd';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function cellOf(value: Table['rows'][number][number]): CellObject | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'object') return { t: 'n', v: excelSerial(value.date), z: DATE_FORMAT };
  return { t: 's', v: xlsxText(value) };
}

/** A dense sheet (rows of cells, SheetJS' `!data`): no cell address strings, less memory. */
function sheetFrom(table: Table): WorkSheet {
  const widths = table.columns.map((column) => Math.max(MIN_WIDTH, column.header.length + 2));
  // Headers are labels or names (a matrix's stakeholders, at most 300 characters): never too long.
  const data: Array<Array<CellObject | undefined>> = [
    table.columns.map((column) => ({ t: 's', v: xlsxText(column.header) })),
  ];
  for (const row of table.rows) {
    const cells: Array<CellObject | undefined> = [];
    row.forEach((value, index) => {
      const cell = cellOf(value);
      cells[index] = cell;
      if (!cell) return;
      const length = typeof value === 'string' ? value.length : cellText(value).length;
      if (length + 2 > (widths[index] ?? 0)) widths[index] = Math.min(MAX_WIDTH, length + 2);
    });
    data.push(cells);
  }
  const lastColumn = columnLetter(Math.max(0, table.columns.length - 1));
  const lastRow = Math.max(1, table.rows.length + 1);
  // Holes are empty cells: SheetJS skips them when writing.
  const sheet: WorkSheet = { '!data': data as CellObject[][] };
  sheet['!ref'] = `A1:${lastColumn}${lastRow}`;
  sheet['!cols'] = widths.map((width) => ({ wch: width }));
  if (table.columns.length > 0) sheet['!autofilter'] = { ref: `A1:${lastColumn}${lastRow}` };
  return sheet;
}

const HEADER_ROW_FROZEN: SheetLayout = { frozenRows: 1, frozenColumns: 0 };

function layOutSheets(XLSX: SheetJs, bytes: Uint8Array, layouts: readonly SheetLayout[]): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  let rotatedStyle: number | null = null;
  const styles = XLSX.CFB.find(zip, '/xl/styles.xml');
  if (styles?.content && layouts.some((layout) => layout.rotatedHeader)) {
    const added = withRotatedStyle(new TextDecoder().decode(styles.content as Uint8Array));
    if (added) {
      styles.content = new TextEncoder().encode(added.xml) as unknown as typeof styles.content;
      rotatedStyle = added.styleIndex;
    }
  }
  for (let index = 1; index <= layouts.length; index += 1) {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${index}.xml`);
    if (!entry?.content) continue;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const frozen = laidOutSheetXml(xml, layouts[index - 1] ?? HEADER_ROW_FROZEN, rotatedStyle);
    entry.content = new TextEncoder().encode(frozen) as unknown as typeof entry.content;
  }
  return new Uint8Array(
    XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>,
  );
}

export interface XlsxOptions {
  /** Language of the words written about long cells. */
  language: Language;
  /** Receives the share done (0–1) after each sheet and each pass over the file. */
  onProgress?: (done: number) => void;
}

export interface XlsxFile {
  bytes: Uint8Array<ArrayBuffer>;
  /** Cells continued in extra columns or cut, for the notice after the export. */
  longCells: LongCell[];
}

export function writeXlsx(
  XLSX: SheetJs,
  tables: readonly LaidOutTable[],
  { language, onProgress }: XlsxOptions,
): XlsxFile {
  const words = longCellWords(language);
  // Writing and compressing the zip cost about as much as laying out the sheets.
  const steps = tables.length + 2;
  const workbook: WorkBook = XLSX.utils.book_new();
  const used = new Set<string>();
  const longCells: LongCell[] = [];
  for (const table of tables) {
    let name = table.name;
    for (let suffix = 2; used.has(name.toLowerCase()); suffix += 1) name = `${table.name.slice(0, 28)} ${suffix}`;
    used.add(name.toLowerCase());
    const fitted = fitTableToExcel(table, words, name);
    longCells.push(...fitted.longCells);
    const sheet = sheetFrom(fitted.table);
    const { columnWidth, rotatedHeader } = table.layout ?? {};
    if (columnWidth !== undefined)
      sheet['!cols'] = (sheet['!cols'] ?? []).map((width, index) => (index === 0 ? width : { wch: columnWidth }));
    if (rotatedHeader) {
      // Tall enough for the longest label written upwards (about 6.5 points a character).
      const longest = Math.max(4, ...table.columns.slice(1).map((column) => [...column.header].length));
      sheet['!rows'] = [{ hpt: Math.min(409, Math.round(longest * 6.5 + 8)) }];
    }
    const print = table.layout?.print;
    if (print) {
      // Narrow margins (inches): more of a wide matrix on each page.
      sheet['!margins'] = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
      if (print.repeatTitles) {
        workbook.Workbook ??= {};
        (workbook.Workbook.Names ??= []).push({
          Name: '_xlnm.Print_Titles',
          Sheet: workbook.SheetNames.length,
          Ref: printTitlesRef(name, table.layout ?? HEADER_ROW_FROZEN),
        });
      }
    }
    XLSX.utils.book_append_sheet(workbook, sheet, name);
    onProgress?.(workbook.SheetNames.length / steps);
  }
  // Stored uncompressed here: the zip is compressed once, when the frozen headers go in.
  // 'buffer' gives the zip's bytes as they are (a Uint8Array in the browser); 'array' would
  // first turn the whole file into a string and back.
  const written = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: false }) as Uint8Array;
  onProgress?.((steps - 1) / steps);
  const bytes = new Uint8Array(
    layOutSheets(
      XLSX,
      new Uint8Array(written.buffer, written.byteOffset, written.byteLength),
      tables.map((table) => table.layout ?? HEADER_ROW_FROZEN),
    ),
  );
  onProgress?.(1);
  return { bytes, longCells };
}

/** The file alone, with English words about long cells: for tests and benchmarks, which need no notice. */
export function tablesToXlsx(
  XLSX: SheetJs,
  tables: readonly LaidOutTable[],
  onProgress?: (done: number) => void,
): Uint8Array<ArrayBuffer> {
  return writeXlsx(XLSX, tables, { language: 'en', onProgress }).bytes;
}

/** SheetJS is large: loaded when the first export or import needs it. */
export function loadSheetJs(): Promise<SheetJs> {
  return import('xlsx');
}
