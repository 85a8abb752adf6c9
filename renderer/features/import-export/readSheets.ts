import * as XLSX from 'xlsx';
import { LANGUAGES } from '../../../shared/domain/enums';
import type { CellNote, SheetRow } from '../../../shared/io/importCells';
import { joinCells, joinedColumnOf, planColumnJoin, spanOfJoined, type ColumnJoin } from '../../../shared/io/longCells';
import { cellReader, isFilled } from './cellText';
import { csvForReader, scanCsvRecords } from './csvRecords';
import { longCellWords } from './longCellNotice';
import type { ParseRequest, ParseResponse, ParsedSheet } from './parseProtocol';
import { decodeTextFile } from './textFile';

// What the parsing worker does with a file: the workbook read by SheetJS, each sheet turned
// into rows of text that carry the spreadsheet's own row numbers (cellText.ts says how a cell
// becomes text; CSV values stay exactly as typed). Every row and column the sheet holds is
// read, whatever size it states. Text a Trama export continued over several columns ("Tags",
// "Tags (continued)") is joined back into one column before anything is mapped or capped.
// Every limit is counted, never silent.

/**
 * Blank rows read beyond the row cap of a workbook sheet, so that a few empty lines in it do
 * not cost data rows (a CSV file is counted first, and needs none); rows past them are not
 * read, and the sheet's stated size says how far they may go.
 */
const BLANK_ROW_ALLOWANCE = 1_000;

const TEXT_FILE = /\.(csv|tsv|txt)$/i;

/** A workbook may come from Trama in either language: continuation headers in any of them. */
const CONTINUED_COLUMN_WORDS = LANGUAGES.map((language) => longCellWords(language));

type ReadCell = ReturnType<typeof cellReader>;

interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  maxCellLength: number;
  /** Rows SheetJS reads of each sheet (blank ones included): the rows after them are not read. */
  sheetRows: number;
  /** Characters the page may still receive; the reading stops when it runs out. */
  budget: { characters: number };
  /** A CSV file's records that hold something, counted before reading (header included). */
  csvRecords: number | null;
}

/** The leftmost column holding anything in any row: the sheet's first column, whatever it states. */
function firstFilledColumn(
  data: ReadonlyArray<ReadonlyArray<XLSX.CellObject | undefined> | undefined>,
  readCell: ReadCell,
): number | null {
  let first: number | null = null;
  for (const source of data) {
    if (!source) continue;
    const end = Math.min(source.length, first ?? Number.POSITIVE_INFINITY);
    for (let c = 0; c < end; c += 1) {
      if (isFilled(readCell(source[c]))) {
        first = c;
        break;
      }
    }
    if (first === 0) break;
  }
  return first;
}

function readSheet(name: string, sheet: XLSX.WorkSheet, readCell: ReadCell, limits: SheetLimits): ParsedSheet | null {
  // The rows SheetJS found, not the size the sheet states (its dimension may be wrong either way).
  const data = sheet['!data'] ?? [];
  const firstColumn = firstFilledColumn(data, readCell);
  if (firstColumn === null) return null;
  let join: ColumnJoin | null = null;
  let header: SheetRow | null = null;
  const rows: SheetRow[] = [];
  let dataRows = 0;
  let columnCount = 0;
  let joinedColumnCount = 0;
  for (let r = 0; r < data.length; r += 1) {
    const source = data[r] ?? [];
    const texts: string[] = [];
    const roundedColumns = new Set<number>();
    const notes: CellNote[] = [];
    let lastFilled = -1;
    for (let c = firstColumn; c < source.length; c += 1) {
      const reading = readCell(source[c]);
      const column = c - firstColumn;
      if (isFilled(reading)) lastFilled = column;
      if (column >= limits.maxColumns) continue;
      texts.push(reading.text);
      if (reading.mayBeRounded) roundedColumns.add(column);
      if (reading.note) notes.push({ column, ...reading.note });
    }
    if (lastFilled < 0) continue;
    columnCount = Math.max(columnCount, lastFilled + 1);
    // The header says which columns continue the one before them: every row is joined alike.
    const rowJoin = (join ??= planColumnJoin(texts.slice(0, lastFilled + 1), CONTINUED_COLUMN_WORDS));
    const kept = joinedColumnOf(rowJoin, lastFilled) + 1;
    joinedColumnCount = Math.max(joinedColumnCount, kept);
    let row: SheetRow;
    if (!header)
      row = header = { number: r + 1, cells: rowJoin.header.map((text) => text.slice(0, limits.maxCellLength)) };
    else if ((dataRows += 1) > limits.maxRows) continue;
    else {
      const joined = joinCells(texts, rowJoin, limits.maxCellLength);
      const fullLengths = joined.fullLengths.filter(([column]) => column < kept);
      const rounded = [...new Set([...roundedColumns].map((column) => joinedColumnOf(rowJoin, column)))];
      const cellNotes = notes.map((note) => ({ ...note, column: joinedColumnOf(rowJoin, note.column) }));
      row = {
        number: r + 1,
        cells: joined.cells.slice(0, kept),
        ...(fullLengths.length > 0 && { fullLengths }),
        ...(rounded.length > 0 && { roundedColumns: rounded }),
        ...(cellNotes.length > 0 && { cellNotes }),
      };
      rows.push(row);
    }
    limits.budget.characters -= row.cells.reduce((sum, cell) => sum + cell.length, 0);
    if (limits.budget.characters < 0) throw new TooMuchText();
  }
  const sheetJoin = join;
  if (!header || !sheetJoin) return null;
  const sheetName = String(name).slice(0, 100);
  const counts = {
    totalRows: limits.csvRecords === null ? dataRows : Math.max(dataRows, limits.csvRecords - 1),
    ...unreadRowsOf(sheet, data.length, limits),
  };
  if (columnCount > limits.maxColumns)
    return {
      name: sheetName,
      header: { number: header.number, cells: [] },
      rows: [],
      ...counts,
      columns: [],
      columnCount,
      isTooWide: true,
    };
  // Data further right than the header still gets a column to map.
  const headerCells = [
    ...header.cells,
    ...Array<string>(Math.max(0, joinedColumnCount - header.cells.length)).fill(''),
  ];
  const columns = headerCells.map((_, column) => {
    const { first, last } = spanOfJoined(sheetJoin, column);
    return { first: firstColumn + first, last: firstColumn + last };
  });
  return {
    name: sheetName,
    header: { ...header, cells: headerCells },
    rows,
    ...counts,
    columns,
    columnCount,
    isTooWide: false,
  };
}

/**
 * The rows of a workbook sheet that were not read: after the rows SheetJS reads, down to the
 * row its stated size (SheetJS's !fullref) reaches — at most, since a sheet formatted far
 * below its data states more rows than it has — or to an unknown row when the rows read
 * reach the limit and the sheet states no further size. A CSV file is counted whole instead.
 */
function unreadRowsOf(sheet: XLSX.WorkSheet, rowsFound: number, limits: SheetLimits): Pick<ParsedSheet, 'unreadRows'> {
  if (limits.csvRecords !== null) return {};
  const fullReference = sheet['!fullref'];
  const statedLastRow = fullReference ? XLSX.utils.decode_range(fullReference).e.r + 1 : 0;
  if (statedLastRow > limits.sheetRows) return { unreadRows: { fromRow: limits.sheetRows + 1, toRow: statedLastRow } };
  return rowsFound >= limits.sheetRows ? { unreadRows: { fromRow: limits.sheetRows + 1, toRow: null } } : {};
}

class TooMuchText extends Error {}

export function readWorkbook(request: ParseRequest): ParseResponse {
  const isText = TEXT_FILE.test(request.fileName);
  const decoded = isText ? decodeTextFile(new Uint8Array(request.bytes)) : null;
  const csvText = decoded ? csvForReader(decoded.text) : null;
  // A CSV file is read down to its (maxRows + 1)-th row holding something (the header and
  // maxRows data rows), however many blank lines lie between them.
  const csvScan = csvText === null ? null : scanCsvRecords(csvText, request.maxRows + 1);
  const sheetRows = csvScan ? Math.max(1, csvScan.recordsToRead) : request.maxRows + 1 + BLANK_ROW_ALLOWANCE;
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
  const limits: SheetLimits = {
    ...request,
    sheetRows,
    budget: { characters: request.maxTotalCharacters },
    csvRecords: csvScan?.records ?? null,
  };
  const windows1252Bytes = decoded?.windows1252Bytes ?? 0;
  const sheets: ParsedSheet[] = [];
  try {
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name];
      const parsed = sheet ? readSheet(name, sheet, readCell, limits) : null;
      if (parsed) sheets.push(windows1252Bytes > 0 ? { ...parsed, windows1252Bytes } : parsed);
    }
  } catch (caught) {
    if (caught instanceof TooMuchText) return { ok: false, reason: 'too-much-text' };
    throw caught;
  }
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false, reason: 'empty' };
}
