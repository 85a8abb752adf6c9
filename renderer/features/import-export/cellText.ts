import * as XLSX from 'xlsx';
import {
  isoFromDateParts,
  mayHaveBeenRounded,
  spreadsheetNumberText,
  type CellNote,
} from '../../../shared/io/importCells';

// A workbook cell as the text the import takes. A number is read from its value, never
// through "General" (which shows 393331234567 as 3.93331E+11), with the 15 digits a
// spreadsheet shows; a format that only pads digits or adds literal text (a postcode 00184,
// a phone "+39 06…") gives the text the user sees; dates become YYYY-MM-DD, times HH:MM,
// durations as shown ([h]:mm). What the sheet shows otherwise than it is imported — a
// percentage, fewer decimals, an error such as #N/A — is returned as a note for the row.

export interface CellReading {
  text: string;
  mayBeRounded: boolean;
  note: Omit<CellNote, 'column'> | null;
}

const EMPTY: CellReading = { text: '', mayBeRounded: false, note: null };

/** A cell that makes its row count: some text, or a note such as an error. */
export const isFilled = (reading: CellReading) => reading.note !== null || reading.text.trim() !== '';

/** How a number format shows a number, as far as the import cares. */
type FormatKind = 'general' | 'date' | 'time' | 'duration' | 'digits' | 'number';

/** A format with its literal text ("…", \x) and AM/PM markers taken out: only its codes. */
const codesOf = (format: string) =>
  format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/AM\/PM|A\/P/gi, '');

/** Digit placeholders, and the characters Excel shows as they are without quotes: no point, comma, %, E, / or currency. */
const DIGITS_AND_LITERALS = /^[0#?\s+\-():!^&'~{}<>=]*$/;

function kindOf(format: string): FormatKind {
  if (format === 'General' || format === '@' || format === '') return 'general';
  const codes = codesOf(format);
  if (XLSX.SSF.is_date(format)) {
    if (/\[(h+|m+|s+)\]/i.test(codes)) return 'duration';
    const bare = codes.replace(/\[[^\]]*\]/g, '');
    // y, d and e (era year) say a day; "mmm" alone is a month; h and s without them, a time of day.
    return /[yde]/i.test(bare) || !/[hs]/i.test(bare) ? 'date' : 'time';
  }
  return DIGITS_AND_LITERALS.test(codes) && /[0#]/.test(codes) ? 'digits' : 'number';
}

/** The digits that carry a number's value: 1,234.50 and 1234.5 agree; 15% and 0.15 too. */
const significantDigits = (text: string) => text.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');

function formatted(format: string, value: number): string | null {
  try {
    return XLSX.SSF.format(format, value);
  } catch {
    return null;
  }
}

function readNumber(value: number, format: string, kind: FormatKind, date1904: boolean): CellReading {
  if (kind === 'date' || kind === 'time') {
    const parts = XLSX.SSF.parse_date_code(value, { date1904 });
    if (parts) return { text: isoFromDateParts(parts, kind === 'date'), mayBeRounded: false, note: null };
  }
  const shown = kind === 'general' ? null : formatted(format, value);
  if (kind === 'duration' && shown) return { text: shown, mayBeRounded: false, note: null };
  const reading: CellReading = {
    text: spreadsheetNumberText(value),
    mayBeRounded: mayHaveBeenRounded(value),
    note: null,
  };
  if (shown === null || shown.trim() === '') return reading;
  // Padding and literal text are part of what the user typed (00184, +39 06…); rounding is not.
  if (kind === 'digits' && Number.isInteger(value) && /\d/.test(shown)) return { ...reading, text: shown };
  const isPercent = codesOf(format).includes('%');
  return isPercent || significantDigits(shown) !== significantDigits(reading.text)
    ? { ...reading, note: { kind: 'shown-as', shown } }
    : reading;
}

/** Reads cells the way the import needs them; each number format is looked at once. */
export function cellReader(date1904: boolean): (cell: XLSX.CellObject | undefined) => CellReading {
  const kinds = new Map<string, FormatKind>();
  const kindOfFormat = (format: string) => {
    let kind = kinds.get(format);
    if (kind === undefined) kinds.set(format, (kind = kindOf(format)));
    return kind;
  };
  return (cell) => {
    if (!cell) return EMPTY;
    // An error (#N/A, #REF!…) is no value to import: the cell stays empty and the row says so.
    if (cell.t === 'e') return { text: '', mayBeRounded: false, note: { kind: 'error', shown: cell.w || '#ERROR!' } };
    const { t: type, v: value } = cell;
    if (value === undefined || value === null) return EMPTY;
    if (type === 'n' && typeof value === 'number') {
      const format = typeof cell.z === 'string' ? cell.z : 'General';
      return readNumber(value, format, kindOfFormat(format), date1904);
    }
    if (type === 'b') return { text: value ? 'TRUE' : 'FALSE', mayBeRounded: false, note: null };
    // SheetJS builds date cells in UTC (its parseDate), so the UTC fields are the sheet's own.
    if (value instanceof Date) {
      const parts = {
        y: value.getUTCFullYear(),
        m: value.getUTCMonth() + 1,
        d: value.getUTCDate(),
        H: value.getUTCHours(),
        M: value.getUTCMinutes(),
        S: value.getUTCSeconds(),
      };
      return { text: isoFromDateParts(parts), mayBeRounded: false, note: null };
    }
    return { text: String(value), mayBeRounded: false, note: null };
  };
}
