import * as XLSX from 'xlsx';
import { LANGUAGES } from '../../../shared/domain/enums';
import { isoFromDateParts, mayHaveBeenRounded, plainNumberText, type SheetRow } from '../../../shared/io/importCells';
import { joinCells, joinedColumnOf, planColumnJoin, spanOfJoined, type ColumnJoin } from '../../../shared/io/longCells';
import { longCellWords } from './longCellNotice';
import type { ParseRequest, ParseResponse, ParsedSheet } from './parseProtocol';

// What the parsing worker does with a file: the workbook read by SheetJS, each sheet turned
// into rows of text that carry the spreadsheet's own row numbers. Numbers are read from the
// cell's value, never through its display format (Excel's "General" shows 393331234567 as
// 3.93331E+11); CSV values stay exactly as typed. Text a Trama export continued over several
// columns ("Tags", "Tags (continued)") is joined back into one column before anything is
// mapped or capped. Every limit is counted, never silent.

/**
 * Blank rows read beyond the row cap, so that a few empty lines in a sheet do not cost
 * data rows; past them the rows left out are said by number.
 */
const BLANK_ROW_ALLOWANCE = 1_000;

const TEXT_FILE = /\.(csv|tsv|txt)$/i;

/** A workbook may come from Trama in either language: continuation headers in any of them. */
const CONTINUED_COLUMN_WORDS = LANGUAGES.map((language) => longCellWords(language));

/**
 * CSV files come in UTF-8 (with or without a byte-order mark) or, when saved by Excel on an
 * Italian Windows, in Windows-1252; SheetJS alone would read UTF-8 accents as Latin-1.
 */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Characters that make no CSV record count as a row: separators, quotes and spaces. */
const BLANK_IN_CSV = new Set([0x20, 0x09, 0x0d, 0x2c, 0x3b, 0x7c, 0x22]);

/**
 * The records of a CSV text that hold something, counted without parsing them (a line
 * break inside quotes belongs to its record): enough to say how many rows were left out.
 */
export function countCsvRecords(text: string): number {
  let count = 0;
  let isQuoted = false;
  let hasContent = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) isQuoted = !isQuoted;
    if (code === 0x0a && !isQuoted) {
      if (hasContent) count += 1;
      hasContent = false;
    } else if (!BLANK_IN_CSV.has(code)) hasContent = true;
  }
  return hasContent ? count + 1 : count;
}

interface CellReading {
  text: string;
  mayBeRounded: boolean;
}

const EMPTY: CellReading = { text: '', mayBeRounded: false };

/** Reads cells the way the import needs them; date formats are recognised once each. */
function cellReader(date1904: boolean): (cell: XLSX.CellObject | undefined) => CellReading {
  const isDateFormat = new Map<string, boolean>();
  const formatIsDate = (format: string) => {
    let known = isDateFormat.get(format);
    if (known === undefined) isDateFormat.set(format, (known = XLSX.SSF.is_date(format)));
    return known;
  };
  return (cell) => {
    if (!cell || cell.v === undefined || cell.v === null) return cell?.t === 'e' ? { text: cell.w ?? '', mayBeRounded: false } : EMPTY;
    const { t: type, v: value } = cell;
    if (type === 'n' && typeof value === 'number') {
      const parts = typeof cell.z === 'string' && formatIsDate(cell.z) ? XLSX.SSF.parse_date_code(value, { date1904 }) : null;
      if (parts) return { text: isoFromDateParts(parts, Math.floor(value) !== 0), mayBeRounded: false };
      return { text: plainNumberText(value), mayBeRounded: mayHaveBeenRounded(value) };
    }
    if (type === 'b') return { text: value ? 'TRUE' : 'FALSE', mayBeRounded: false };
    // SheetJS builds date cells in UTC (its parseDate), so the UTC fields are the sheet's own.
    if (value instanceof Date) {
      const parts = { y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate(), H: value.getUTCHours(), M: value.getUTCMinutes(), S: value.getUTCSeconds() };
      return { text: isoFromDateParts(parts), mayBeRounded: false };
    }
    if (type === 'e') return { text: cell.w ?? '', mayBeRounded: false };
    return { text: String(value), mayBeRounded: false };
  };
}

interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  maxCellLength: number;
  sheetRows: number;
  /** Characters the page may still receive; the reading stops when it runs out. */
  budget: { characters: number };
  /** The whole CSV text, to count its rows when they are more than were read. */
  csvText: string | null;
}

function readSheet(name: string, sheet: XLSX.WorkSheet, readCell: ReturnType<typeof cellReader>, limits: SheetLimits): ParsedSheet | null {
  const reference = sheet['!ref'];
  if (!reference) return null;
  const range = XLSX.utils.decode_range(reference);
  const data = sheet['!data'] ?? [];
  const firstColumn = range.s.c;
  let join: ColumnJoin | null = null;
  let header: SheetRow | null = null;
  const rows: SheetRow[] = [];
  let dataRows = 0;
  let columnCount = 0;
  let joinedColumnCount = 0;
  let isLastReadRowBlank = true;
  for (let r = range.s.r; r <= range.e.r; r += 1) {
    const texts: string[] = [];
    const roundedColumns = new Set<number>();
    let lastFilled = -1;
    const source = data[r] ?? [];
    for (let c = firstColumn; c < source.length && c <= range.e.c; c += 1) {
      const { text, mayBeRounded } = readCell(source[c]);
      const column = c - firstColumn;
      if (text.trim() !== '') lastFilled = column;
      if (column >= limits.maxColumns) continue;
      texts.push(text);
      if (mayBeRounded) roundedColumns.add(column);
    }
    isLastReadRowBlank = lastFilled < 0;
    if (lastFilled < 0) continue;
    columnCount = Math.max(columnCount, lastFilled + 1);
    // The header says which columns continue the one before them: every row is joined alike.
    const rowJoin = (join ??= planColumnJoin(texts.slice(0, lastFilled + 1), CONTINUED_COLUMN_WORDS));
    const kept = joinedColumnOf(rowJoin, lastFilled) + 1;
    joinedColumnCount = Math.max(joinedColumnCount, kept);
    let row: SheetRow;
    if (!header) row = header = { number: r + 1, cells: rowJoin.header.map((text) => text.slice(0, limits.maxCellLength)) };
    else if ((dataRows += 1) > limits.maxRows) continue;
    else {
      const joined = joinCells(texts, rowJoin, limits.maxCellLength);
      const fullLengths = joined.fullLengths.filter(([column]) => column < kept);
      const rounded = [...new Set([...roundedColumns].map((column) => joinedColumnOf(rowJoin, column)))];
      row = { number: r + 1, cells: joined.cells.slice(0, kept), ...(fullLengths.length > 0 && { fullLengths }), ...(rounded.length > 0 && { roundedColumns: rounded }) };
      rows.push(row);
    }
    limits.budget.characters -= row.cells.reduce((sum, cell) => sum + cell.length, 0);
    if (limits.budget.characters < 0) throw new TooMuchText();
  }
  const sheetJoin = join;
  if (!header || !sheetJoin) return null;
  const sheetName = String(name).slice(0, 100);
  if (columnCount > limits.maxColumns) return { name: sheetName, header: { number: header.number, cells: [] }, rows: [], totalRows: dataRows, columns: [], columnCount, isTooWide: true };
  // Data further right than the header still gets a column to map.
  const headerCells = [...header.cells, ...Array<string>(Math.max(0, joinedColumnCount - header.cells.length)).fill('')];
  const columns = headerCells.map((_, column) => {
    const { first, last } = spanOfJoined(sheetJoin, column);
    return { first: firstColumn + first, last: firstColumn + last };
  });
  return { name: sheetName, header: { ...header, cells: headerCells }, rows, totalRows: totalRowsOf(sheet, range.e.r, dataRows, isLastReadRowBlank, limits), columns, columnCount, isTooWide: false };
}

/** Data rows of the whole sheet, also those past the rows read (counted, not parsed). */
function totalRowsOf(sheet: XLSX.WorkSheet, lastReadRow: number, dataRows: number, isLastReadRowBlank: boolean, limits: SheetLimits): number {
  // Only a sheet that filled every row it was allowed can have more: a sheet's stated size
  // (its dimension, SheetJS's !fullref) may be wrong.
  const isCut = lastReadRow + 1 >= limits.sheetRows && (dataRows > limits.maxRows || !isLastReadRowBlank);
  if (!isCut) return dataRows;
  if (limits.csvText !== null) return countCsvRecords(limits.csvText) - 1;
  const fullReference = sheet['!fullref'];
  const lastRow = fullReference ? XLSX.utils.decode_range(fullReference).e.r : lastReadRow;
  return dataRows + Math.max(0, lastRow - lastReadRow);
}

class TooMuchText extends Error {}

export function readWorkbook(request: ParseRequest): ParseResponse {
  const isText = TEXT_FILE.test(request.fileName);
  const csvText = isText ? decodeText(request.bytes) : null;
  const sheetRows = request.maxRows + 1 + BLANK_ROW_ALLOWANCE;
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(csvText ?? new Uint8Array(request.bytes), {
      type: csvText === null ? 'array' : 'string',
      // CSV: every value as typed (0612345678 keeps its zero, 03/04/2025 stays as written).
      raw: isText,
      dense: true,
      sheetRows,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      WTF: false,
    });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const readCell = cellReader(Boolean(book.Workbook?.WBProps?.date1904));
  const limits: SheetLimits = { ...request, sheetRows, budget: { characters: request.maxTotalCharacters }, csvText };
  const sheets: ParsedSheet[] = [];
  try {
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name];
      const parsed = sheet ? readSheet(name, sheet, readCell, limits) : null;
      if (parsed) sheets.push(parsed);
    }
  } catch (caught) {
    if (caught instanceof TooMuchText) return { ok: false, reason: 'too-much-text' };
    throw caught;
  }
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false, reason: 'empty' };
}
