import type { ColumnSpan } from '../../../shared/io/columnNames';
import type { SheetRow } from '../../../shared/io/importCells';
import { LONGEST_IMPORT_CELL } from '../../../shared/io/importFields';

// Messages between the page and the disposable spreadsheet-parsing worker.

export const PARSE_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  /** Data rows imported at a time; the rows after them are counted and said, never dropped silently. */
  maxRows: 50_000,
  /** A sheet with data in more columns is refused, saying how many it has. */
  maxColumns: 100,
  /** The longest cell any field takes (joined continuation columns count as one); a longer cell comes back cut, with its full length. */
  maxCellLength: LONGEST_IMPORT_CELL,
  /** Text the page receives at most (a zipped workbook can repeat one long text in every cell). */
  maxTotalCharacters: 100_000_000,
  timeoutMs: 20_000,
} as const;

export interface ParseRequest {
  bytes: ArrayBuffer;
  fileName: string;
  maxRows: number;
  maxColumns: number;
  maxCellLength: number;
  maxTotalCharacters: number;
}

export interface ParsedSheet {
  name: string;
  /** The first row that holds anything, with its number in the spreadsheet. */
  header: SheetRow;
  /** The data rows after the header (blank rows left out), at most maxRows of them. */
  rows: SheetRow[];
  /** Data rows in the whole sheet, also those past maxRows that were counted but not kept. */
  totalRows: number;
  /**
   * Rows of a workbook sheet that were not read at all (not counted in totalRows): from
   * `fromRow` down to `toRow`, the last row the sheet states it reaches — at most, as a sheet
   * formatted below its data states more rows than it has — or null when it states none.
   */
  unreadRows?: { fromRow: number; toRow: number | null };
  /** A text file that is not all UTF-8: the bytes read as Windows-1252 instead. */
  windows1252Bytes?: number;
  /**
   * Where each column of the header and rows lies in the spreadsheet: one column each, or
   * several for text an export continued over them ("Tags", "Tags (continued)"), joined.
   */
  columns: ColumnSpan[];
  /** Spreadsheet columns from the first to the last that holds anything. */
  columnCount: number;
  /** More columns than maxColumns: the sheet is not read (rows and header cells empty). */
  isTooWide: boolean;
}

export type ParseRefusal = 'unreadable' | 'empty' | 'too-much-text';

export type ParseResponse = { ok: true; sheets: ParsedSheet[] } | { ok: false; reason: ParseRefusal };
