// How a spreadsheet names its columns and cells (A, B… Z, AA…; D7), for the written sheet and
// for messages about an imported one.

export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Where a column of the import lies in the spreadsheet (0 = A): more than one column when
 * text an export continued over several ("Tags", "Tags (continued)") was joined again.
 */
export interface ColumnSpan {
  first: number;
  last: number;
}

/** A column's name in messages: "D", or "D–E" for a joined one. */
export function columnName({ first, last }: ColumnSpan): string {
  return last > first ? `${columnLetter(first)}–${columnLetter(last)}` : columnLetter(first);
}

/** A cell's name in messages: "D7", or "D7–E7" for a joined one. */
export function cellName({ first, last }: ColumnSpan, row: number): string {
  return last > first ? `${columnLetter(first)}${row}–${columnLetter(last)}${row}` : `${columnLetter(first)}${row}`;
}
