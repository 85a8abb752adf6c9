import type { CellValue, Column, Table } from './cells';

// Excel refuses a cell of more than 32,767 characters, and SheetJS then fails the whole file.
// A joined list can be longer (200 tags of 200 characters, the 940 attendees of a regional
// meeting), so a long text continues in extra columns after its own ("Tags (continued)"),
// and only text too long even for those is cut, with a marker in the cell. Every such cell is
// reported, so the user is told where it is.

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

export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
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
export function fitTableToExcel(table: Table, words: LongCellWords, sheet = table.name): { table: Table; longCells: LongCell[] } {
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
    for (let part = 2; part <= (spans[index] ?? 1); part += 1) columns.push({ key: `${column.key}.${part}`, header: words.continued(column.header, part), type: 'text' });
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
 * The inverse, for rows read back from a written sheet (header first): each continuation
 * column, recognised by its header in any of the given languages, is joined to the text
 * before it and taken away.
 */
export function rejoinContinuedColumns(rows: readonly string[][], wordsByLanguage: readonly LongCellWords[]): string[][] {
  const [header = [], ...body] = rows;
  const baseOf: number[] = [];
  let base = -1;
  let part = 1;
  header.forEach((text, index) => {
    const isNext = base >= 0 && wordsByLanguage.some((words) => words.continued(header[base] ?? '', part + 1) === text);
    if (isNext) {
      part += 1;
      baseOf.push(base);
    } else {
      base = index;
      part = 1;
      baseOf.push(index);
    }
  });
  if (baseOf.every((owner, index) => owner === index)) return rows.map((row) => [...row]);
  const join = (row: readonly string[]) => {
    const out: string[] = [];
    const positions = new Map<number, number>();
    row.forEach((cell, index) => {
      const owner = baseOf[index] ?? index;
      const position = positions.get(owner);
      if (position === undefined || owner === index) {
        positions.set(owner, out.length);
        out.push(cell);
      } else out[position] += cell;
    });
    return out;
  };
  return [join(header.map((text, index) => ((baseOf[index] ?? index) === index ? text : ''))), ...body.map(join)];
}
