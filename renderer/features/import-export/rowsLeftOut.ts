import type { ParsedSheet } from './parseProtocol';

// The rows of a sheet that the import leaves out because of its row cap, as the preview
// says them: those counted past the cap, and those a workbook sheet states below the rows
// Trama reads, which can only be bounded.

export interface RowsLeftOut {
  /** Data rows counted after the last row read (never below 0, whatever the counts say). */
  counted: number;
  /** Rows not read, below `belowRow` down to the row the sheet states it reaches: at most `atMost` of them, or an unknown number (null). */
  unread: { belowRow: number; toRow: number | null; atMost: number | null } | null;
  /** The spreadsheet's number of the last row the preview holds (the header's when it holds none). */
  lastRowRead: number;
}

export function rowsLeftOutOf(sheet: ParsedSheet): RowsLeftOut {
  const unread = sheet.unreadRows;
  return {
    counted: Math.max(0, sheet.totalRows - sheet.rows.length),
    unread: unread
      ? {
          belowRow: unread.fromRow - 1,
          toRow: unread.toRow,
          atMost: unread.toRow === null ? null : Math.max(0, unread.toRow - unread.fromRow + 1),
        }
      : null,
    lastRowRead: sheet.rows.at(-1)?.number ?? sheet.header.number,
  };
}

/** The most rows left out: null when the sheet may hold an unknown number of rows past those read. */
export function mostRowsLeftOut({ counted, unread }: RowsLeftOut): number | null {
  if (!unread) return counted;
  return unread.atMost === null ? null : counted + unread.atMost;
}
