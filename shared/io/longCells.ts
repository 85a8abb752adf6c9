import type { CellValue, Column, Table } from './cells';
import { columnLetter, type ColumnSpan } from './columnNames';

// Excel refuses a cell of more than 32,767 characters, and SheetJS then fails the whole file.
// A joined list can be longer (200 tags of 200 characters, the 940 attendees of a regional
// meeting), so a long text continues in extra columns after its own ("Tags (continued)"),
// and only text too long even for those is cut, with a marker in the cell. Every such cell is
// reported, so the user is told where it is. The import joins such columns again (planColumnJoin).

/** Excel's limit, in UTF-16 code units (what both Excel and SheetJS count). */
export const EXCEL_CELL_LIMIT = 32_767;
/** A cell's text spreads over at most this many columns (about 327,000 characters). */
export const MAX_CELL_PARTS = 10;

/** Words of the workbook in the user's language. */
export interface LongCellWords {
  /** Header of the `part`-th column of a long text (part 2 is the first continuation). */
  continued(header: string, part: number): string;
  /** Marker that ends a cut cell. */
  cut(moreCharacters: number): string;
}

export interface LongCell {
  sheet: string;
  /** The row number Excel shows (the header is row 1). */
  row: number;
  /** Letters of the column where the text starts, in the written sheet. */
  column: string;
  /** Letters of the last column it spans. */
  lastColumn: string;
  /** Header of the first column. */
  header: string;
  length: number;
  /** Columns the text now spans. */
  parts: number;
  /** Characters left out (0 when the whole text is in the sheet). */
  cutCharacters: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where a piece of at most `size` code units starting at `start` ends, never inside a surrogate pair. */
function pieceEnd(text: string, start: number, size: number): number {
  const end = Math.min(text.length, start + size);
  return end < text.length && end > start + 1 && isHighSurrogate(text.charCodeAt(end - 1)) ? end - 1 : end;
}

/** The text as at most MAX_CELL_PARTS pieces that Excel accepts; the last one cut, with the marker, if need be. */
export function splitLongText(text: string, words: LongCellWords): { parts: string[]; cutCharacters: number } {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length && parts.length < MAX_CELL_PARTS - 1) {
    const end = pieceEnd(text, start, EXCEL_CELL_LIMIT);
    parts.push(text.slice(start, end));
    start = end;
  }
  if (start >= text.length) return { parts, cutCharacters: 0 };
  if (text.length - start <= EXCEL_CELL_LIMIT) return { parts: [...parts, text.slice(start)], cutCharacters: 0 };
  // The marker's own length depends on the count it states: measure it with the largest count.
  const room = EXCEL_CELL_LIMIT - words.cut(text.length).length;
  const end = pieceEnd(text, start, room);
  const cutCharacters = text.length - end;
  return { parts: [...parts, text.slice(start, end) + words.cut(cutCharacters)], cutCharacters };
}

/**
 * The table as Excel can hold it. Without a long cell it is the same table (no copy of tens of
 * thousands of rows); otherwise each column holding one gets as many continuation columns as
 * its longest text needs.
 */
export function fitTableToExcel(
  table: Table,
  words: LongCellWords,
  sheet = table.name,
): { table: Table; longCells: LongCell[] } {
  const width = table.columns.length;
  const spans = table.columns.map(() => 1);
  const split = new Map<string, ReturnType<typeof splitLongText>>();
  table.rows.forEach((row, rowIndex) => {
    row.forEach((value, columnIndex) => {
      if (typeof value !== 'string' || value.length <= EXCEL_CELL_LIMIT) return;
      const pieces = splitLongText(value, words);
      split.set(`${rowIndex}:${columnIndex}`, pieces);
      spans[columnIndex] = Math.max(spans[columnIndex] ?? 1, pieces.parts.length);
    });
  });
  if (split.size === 0) return { table, longCells: [] };

  const starts: number[] = [];
  const columns: Column[] = [];
  table.columns.forEach((column, index) => {
    starts.push(columns.length);
    columns.push(column);
    for (let part = 2; part <= (spans[index] ?? 1); part += 1)
      columns.push({ key: `${column.key}.${part}`, header: words.continued(column.header, part), type: 'text' });
  });
  const longCells: LongCell[] = [];
  const rows = table.rows.map((row, rowIndex) => {
    const out: CellValue[] = [];
    for (let index = 0; index < Math.max(width, row.length); index += 1) {
      const value = row[index] ?? null;
      const at = starts[index] ?? out.length;
      const pieces = split.get(`${rowIndex}:${index}`);
      if (!pieces) {
        out[at] = value;
        continue;
      }
      pieces.parts.forEach((piece, part) => (out[at + part] = piece));
      longCells.push({
        sheet,
        row: rowIndex + 2,
        column: columnLetter(at),
        lastColumn: columnLetter(at + pieces.parts.length - 1),
        header: table.columns[index]?.header ?? '',
        length: typeof value === 'string' ? value.length : 0,
        parts: pieces.parts.length,
        cutCharacters: pieces.cutCharacters,
      });
    }
    for (let index = 0; index < out.length; index += 1) out[index] ??= null;
    return out;
  });
  return { table: { ...table, columns, rows }, longCells };
}

/**
 * How the columns of a sheet read back fold into the columns an import maps — the inverse of
 * fitTableToExcel: a column whose header says it continues the one before it ("Tags
 * (continued)", then "Tags (continued 2)"…, in any of the given languages) joins that column.
 */
export interface ColumnJoin {
  /** Each joined column's header: that of its first column. */
  header: string[];
  /** Each joined column's first and last column in the header (0 = the header's first). */
  spans: ColumnSpan[];
  /** For each column of the header, the joined column it goes into. */
  targets: number[];
}

export function planColumnJoin(header: readonly string[], wordsByLanguage: readonly LongCellWords[]): ColumnJoin {
  const join: ColumnJoin = { header: [], spans: [], targets: [] };
  let part = 1;
  header.forEach((text, column) => {
    const current = join.spans.at(-1);
    const base = current ? (header[current.first] ?? '').trim() : '';
    if (current && base !== '' && wordsByLanguage.some((words) => words.continued(base, part + 1) === text.trim())) {
      part += 1;
      current.last = column;
    } else {
      part = 1;
      join.spans.push({ first: column, last: column });
      join.header.push(text);
    }
    join.targets.push(join.spans.length - 1);
  });
  return join;
}

/** The joined column a column of the sheet goes into: one each past the header (data further right than it). */
export function joinedColumnOf(join: ColumnJoin, column: number): number {
  return join.targets[column] ?? join.spans.length + column - join.targets.length;
}

/** Where a joined column lies, in columns of the sheet (0 = the header's first). */
export function spanOfJoined(join: ColumnJoin, joinedColumn: number): ColumnSpan {
  const column = join.targets.length + joinedColumn - join.spans.length;
  return join.spans[joinedColumn] ?? { first: column, last: column };
}

/**
 * A row's cells in the joined columns, each joined text whole unless it is longer than
 * `maxLength`: then it is held cut to that length, its full length in `fullLengths`.
 */
export function joinCells(
  cells: readonly string[],
  join: ColumnJoin,
  maxLength = Number.POSITIVE_INFINITY,
): { cells: string[]; fullLengths: Array<[column: number, length: number]> } {
  const texts: string[] = [];
  const lengths: number[] = [];
  cells.forEach((cell, column) => {
    const target = joinedColumnOf(join, column);
    const before = texts[target] ?? '';
    lengths[target] = (lengths[target] ?? 0) + cell.length;
    // Never more than maxLength held: a hostile file can hold a 10 MB text in every part.
    texts[target] =
      before.length + cell.length <= maxLength
        ? before + cell
        : before + cell.slice(0, Math.max(0, maxLength - before.length));
  });
  const fullLengths = lengths.flatMap((length, column): Array<[number, number]> =>
    length > maxLength ? [[column, length]] : [],
  );
  return { cells: Array.from(texts, (text) => text ?? ''), fullLengths };
}
