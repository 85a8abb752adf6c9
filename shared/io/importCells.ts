import type { ImportField } from './importFields';

// Rows of an imported sheet as the parsing worker hands them over, and what the preview
// says about their cells: the spreadsheet's own row numbers (columns are named in columnNames.ts), cells longer
// than their field takes, numbers the spreadsheet may already have rounded, and cells the
// sheet shows otherwise than they are imported.

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (Excel's and LibreOffice's row heading). */
  number: number;
  /** Every cell as text. */
  cells: readonly string[];
  /** Cells the reader cut because no field takes them whole: [column, full length]. */
  fullLengths?: ReadonlyArray<readonly [column: number, length: number]>;
  /** Number cells with more digits than a spreadsheet keeps exactly. */
  roundedColumns?: readonly number[];
  /** Cells imported otherwise than the sheet shows them. */
  cellNotes?: readonly CellNote[];
}

/**
 * A cell the sheet shows otherwise than it is imported: a number its format shows changed
 * (a percentage, fewer decimals: the value is imported), or an error such as #N/A
 * (imported empty). `shown` is what the sheet shows.
 */
export interface CellNote {
  column: number;
  kind: 'shown-as' | 'error';
  shown: string;
}

/** A cell longer than its field takes: imported only cut, and only if the user agrees. */
export interface CellOverLimit {
  column: number;
  /** The field the column is imported into: a decision to cut the cell holds for this field only. */
  field: ImportField;
  /** The cell's length in characters. */
  length: number;
  /** The field's maximum. */
  limit: number;
}

/** Ends a cut cell, so that anyone reading the record sees that text is missing. */
export const CUT_MARKER = '…';

/**
 * `text` cut to `limit` characters, the last of them CUT_MARKER; never half a surrogate pair.
 * `isCut` says the text is already cut (the reader holds at most the longest cell a field
 * takes), so that it ends in the marker even when it is no longer than `limit`.
 */
export function cutToLimit(text: string, limit: number, isCut = text.length > limit): string {
  if (!isCut) return text;
  let end = Math.max(0, Math.min(text.length, limit - CUT_MARKER.length));
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + CUT_MARKER;
}

/**
 * A cell's text as a field takes it: trimmed, or kept as written (free text, whose blank
 * edges are the user's layout) when it holds more than blanks.
 */
export function importedText(text: string, isKeptAsWritten: boolean): string {
  const trimmed = text.trim();
  return isKeptAsWritten && trimmed !== '' ? text : trimmed;
}

/** A plain row of cells is numbered as in a sheet with its header on row 1 and no blank rows. */
export function asSheetRow(row: readonly string[] | SheetRow, index: number): SheetRow {
  return isCellList(row) ? { number: index + 2, cells: row } : row;
}

function isCellList(row: readonly string[] | SheetRow): row is readonly string[] {
  return Array.isArray(row);
}

/** How a spreadsheet number reads in full: 393331234567, never 3.93331E+11 or 3.93331e+11. */
export function plainNumberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const shortest = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Excel keeps and shows 15 significant digits; a double holds every integer only up to 2^53. */
const EXACT_DIGITS = 15;
/** The smallest number with more than EXACT_DIGITS digits before the point. */
const FIRST_INEXACT = 10 ** EXACT_DIGITS;

/**
 * A number cell as the spreadsheet shows it, in full: at most 15 significant digits, so that a
 * computed 3.0000000000000004 reads 3 and 0.1 + 0.2 reads 0.3. A number with more digits
 * before the point keeps them all (mayHaveBeenRounded warns about it).
 */
export function spreadsheetNumberText(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= FIRST_INEXACT) return plainNumberText(value);
  return plainNumberText(Number(value.toPrecision(EXACT_DIGITS)));
}

/**
 * Whether a number cell may hold other digits than were typed (a long phone number): more
 * than 15 digits before the point. Digits after the 15th of a fraction are floating-point
 * noise that spreadsheetNumberText leaves out.
 */
export function mayHaveBeenRounded(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) >= FIRST_INEXACT;
}

export interface DateParts {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}

const two = (value: number) => String(value).padStart(2, '0');

/** A date cell as ISO text: YYYY-MM-DD, with " HH:MM[:SS]" when it holds a time of day. */
export function isoFromDateParts({ y, m, d, H, M, S }: DateParts, hasDay = true): string {
  const time = H || M || S ? `${two(H)}:${two(M)}${S ? `:${two(S)}` : ''}` : '';
  if (!hasDay) return time || '00:00';
  const date = `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
  return time ? `${date} ${time}` : date;
}
