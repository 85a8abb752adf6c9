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

/**
 * A format's sections (positive;negative;zero;text), split where SheetJS splits them: at
 * semicolons outside quotes and not escaped by \, _ or *.
 */
function sectionsOf(format: string): string[] {
  const sections: string[] = [];
  let isQuoted = false;
  let sectionStart = 0;
  for (let index = 0; index < format.length; index += 1) {
    const character = format[index];
    if (character === '"') isQuoted = !isQuoted;
    else if (isQuoted) continue;
    else if (character === '\\' || character === '_' || character === '*') index += 1;
    else if (character === ';') {
      sections.push(format.slice(sectionStart, index));
      sectionStart = index + 1;
    }
  }
  sections.push(format.slice(sectionStart));
  return sections;
}

/** The number sections of a format: the text section (the one with @, or the fourth) left out. */
function numberSectionsOf(format: string): string[] {
  const sections = sectionsOf(format);
  return sections.length < 4 && sections.at(-1)!.includes('@') ? sections.slice(0, -1) : sections.slice(0, 3);
}

const CONDITION = /\[(=|>=?|<[>=]?)(-?\d+(?:\.\d*)?)\]/;

/** Whether `value` meets a section's condition ([<=99999999]); null when it has none. */
function meetsCondition(value: number, section: string | undefined): boolean | null {
  const condition = section === undefined ? null : CONDITION.exec(section);
  if (!condition) return null;
  const threshold = Number(condition[2]);
  switch (condition[1]) {
    case '=':
      return value === threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    default:
      return value !== threshold;
  }
}

/**
 * The section that shows `value`, chosen as SheetJS chooses it (its choose_fmt), so that the
 * kind read from it matches what SSF.format shows: by sign (a second section for negatives, a
 * third for zero), or by the conditions in brackets ([<=99999999]) of the first two sections.
 */
function sectionFor(sections: readonly string[], value: number): string {
  if (sections.length === 0) return 'General';
  const [positive, negative = positive, zero = positive] = sections as [string, ...string[]];
  const first = meetsCondition(value, positive);
  const second = meetsCondition(value, negative);
  if (first === null && second === null) return value > 0 ? positive : value < 0 ? negative : zero;
  if (first) return positive;
  if (second) return negative;
  return first !== null && second !== null ? zero : negative;
}

/** A format's codes only: literal text ("…", \x), the padding of _x and *x, and AM/PM markers taken out. */
const codesOf = (format: string) => format.replace(/"[^"]*"|\\.|[_*]./g, '').replace(/AM\/PM|A\/P/gi, '');

/**
 * Codes without what is in brackets: a colour, a condition, a locale ([$-410]). A currency
 * symbol written in brackets ([$€-410]) stays, as the sheet shows it beside the number.
 */
const withoutBrackets = (codes: string) => codes.replace(/\[(?!\$[^\]-])[^\]]*\]/g, '');

/** Digit placeholders, and the characters Excel shows as they are without quotes: no point, comma, %, E, / or currency. */
const DIGITS_AND_LITERALS = /^[0#?\s+\-():!^&'~{}<>=]*$/;

/** How a format section shows a number. */
function kindOf(section: string): FormatKind {
  if (section === 'General' || section === '@' || section === '') return 'general';
  const codes = codesOf(section);
  if (XLSX.SSF.is_date(section)) {
    if (/\[(h+|m+|s+)\]/i.test(codes)) return 'duration';
    const bare = codes.replace(/\[[^\]]*\]/g, '');
    // y, d and e (era year) say a day; "mmm" alone is a month; h and s without them, a time of day.
    return /[yde]/i.test(bare) || !/[hs]/i.test(bare) ? 'date' : 'time';
  }
  const digits = withoutBrackets(codes);
  return DIGITS_AND_LITERALS.test(digits) && /[0#]/.test(digits) ? 'digits' : 'number';
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

/** The section as SheetJS formats it alone: without brackets, which it may show ([$-410] as "$"). */
const sectionWithoutBrackets = (section: string) =>
  section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, (part) => (part.startsWith('[') ? '' : part));

/** A number format as the import looks at it: its number sections, and the kind of each. */
interface NumberFormat {
  format: string;
  sections: string[];
  kinds: Map<string, FormatKind>;
}

function readNumber(value: number, { format, sections, kinds }: NumberFormat, date1904: boolean): CellReading {
  const section = sectionFor(sections, value);
  let kind = kinds.get(section);
  if (kind === undefined) kinds.set(section, (kind = kindOf(section)));
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
  // A section of its own for negatives writes its own sign (SheetJS and Excel drop the minus):
  // without one in the text, the number is read from its value.
  if (kind === 'digits' && Number.isInteger(value)) {
    const padded = formatted(sectionWithoutBrackets(section), sections.length > 1 ? Math.abs(value) : value)?.trim();
    if (padded && /\d/.test(padded) && (value >= 0 || padded.includes('-'))) return { ...reading, text: padded };
  }
  const isPercent = codesOf(section).includes('%');
  return isPercent || significantDigits(shown) !== significantDigits(reading.text)
    ? { ...reading, note: { kind: 'shown-as', shown } }
    : reading;
}

/** Reads cells the way the import needs them; each number format is looked at once. */
export function cellReader(date1904: boolean): (cell: XLSX.CellObject | undefined) => CellReading {
  const numberFormats = new Map<string, NumberFormat>();
  const numberFormatOf = (format: string) => {
    let numberFormat = numberFormats.get(format);
    if (numberFormat === undefined)
      numberFormats.set(format, (numberFormat = { format, sections: numberSectionsOf(format), kinds: new Map() }));
    return numberFormat;
  };
  return (cell) => {
    if (!cell) return EMPTY;
    // An error (#N/A, #REF!…) is no value to import: the cell stays empty and the row says so.
    if (cell.t === 'e') return { text: '', mayBeRounded: false, note: { kind: 'error', shown: cell.w || '#ERROR!' } };
    const { t: type, v: value } = cell;
    if (value === undefined || value === null) return EMPTY;
    if (type === 'n' && typeof value === 'number') {
      const format = typeof cell.z === 'string' ? cell.z : 'General';
      return readNumber(value, numberFormatOf(format), date1904);
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
