import type * as SheetJsModule from 'xlsx';
import type { WorkBook, WorkSheet } from 'xlsx';
import { cellText, excelSerial, neutraliseFormula, type Table } from '../../../shared/io/cells';

// Tables → an .xlsx file: real Excel dates, numbers as numbers, text that could run as a
// formula neutralised, column widths from the content, a filter on the header row and the
// header frozen. SheetJS Community cannot freeze panes, so the finished file's sheet XML
// gets the <pane> element Excel writes for "Freeze top row".

type SheetJs = typeof SheetJsModule;

const DATE_FORMAT = 'yyyy-mm-dd';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function sheetFrom(table: Table): WorkSheet {
  const sheet: WorkSheet = {};
  const widths = table.columns.map((column) => Math.max(MIN_WIDTH, column.header.length + 2));
  table.columns.forEach((column, index) => {
    sheet[`${columnLetter(index)}1`] = { t: 's', v: neutraliseFormula(column.header) };
  });
  table.rows.forEach((row, rowIndex) => {
    row.forEach((value, index) => {
      if (value === null || value === '') return;
      const address = `${columnLetter(index)}${rowIndex + 2}`;
      if (typeof value === 'number') sheet[address] = { t: 'n', v: value };
      else if (typeof value === 'boolean') sheet[address] = { t: 'b', v: value };
      else if (typeof value === 'object') sheet[address] = { t: 'n', v: excelSerial(value.date), z: DATE_FORMAT };
      else sheet[address] = { t: 's', v: neutraliseFormula(value) };
      const width = Math.min(MAX_WIDTH, cellText(value).length + 2);
      if (width > (widths[index] ?? 0)) widths[index] = width;
    });
  });
  const lastColumn = columnLetter(Math.max(0, table.columns.length - 1));
  const lastRow = Math.max(1, table.rows.length + 1);
  sheet['!ref'] = `A1:${lastColumn}${lastRow}`;
  sheet['!cols'] = widths.map((width) => ({ wch: width }));
  if (table.columns.length > 0) sheet['!autofilter'] = { ref: `A1:${lastColumn}${lastRow}` };
  return sheet;
}

const FROZEN_HEADER = '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';

function freezeHeaderRows(XLSX: SheetJs, bytes: Uint8Array, sheetCount: number): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  for (let index = 1; index <= sheetCount; index += 1) {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${index}.xml`);
    if (!entry?.content) continue;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const frozen = xml.replace(/<sheetView workbookViewId="0"\/>/, FROZEN_HEADER);
    entry.content = new TextEncoder().encode(frozen) as unknown as typeof entry.content;
  }
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>);
}

export function tablesToXlsx(XLSX: SheetJs, tables: readonly Table[]): Uint8Array<ArrayBuffer> {
  const workbook: WorkBook = XLSX.utils.book_new();
  const used = new Set<string>();
  for (const table of tables) {
    let name = table.name;
    for (let suffix = 2; used.has(name.toLowerCase()); suffix += 1) name = `${table.name.slice(0, 28)} ${suffix}`;
    used.add(name.toLowerCase());
    XLSX.utils.book_append_sheet(workbook, sheetFrom(table), name);
  }
  const written = XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(freezeHeaderRows(XLSX, new Uint8Array(written), tables.length));
}

/** SheetJS is large: loaded when the first export or import needs it. */
export function loadSheetJs(): Promise<SheetJs> {
  return import('xlsx');
}
