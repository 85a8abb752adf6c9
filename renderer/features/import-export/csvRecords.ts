// CSV rows counted without building them, by the rules of SheetJS's CSV reader (xlsx.mjs,
// dsv_to_sheet_str), so that the count and the rows read always agree: a quote opens a quoted
// text only at the start of a value; a line ends at \n, \r\n or a lone \r (Excel for Mac's
// "CSV (Macintosh)"); a first line "sep=;" names the separator and is no row; a row whose
// values are all blank once trimmed (spaces, tabs, non-breaking spaces) is no row either.

const SEPARATOR_WEIGHTS: ReadonlyMap<number, number> = new Map([
  [0x2c, 3], // ,
  [0x09, 2], // tab
  [0x3b, 1], // ;
  [0x7c, 0], // |
]);
/** The separators, the one SheetJS prefers on a tie first. */
const SEPARATORS = [...SEPARATOR_WEIGHTS.keys()];

/** The characters SheetJS looks at to guess the separator. */
const GUESSED_FROM = 1_024;
/** The first lines whose fields are counted, and how far into the text they may reach. */
const LINES_COMPARED = 20;
const CHARACTERS_COMPARED = 65_536;

/**
 * SheetJS's guess (guess_sep): the separator seen most often outside quotes in the first
 * 1,024 characters; a tie goes to the comma, then tab, semicolon and bar.
 */
function sheetJsGuess(text: string): number {
  const counts = new Map<number, number>();
  let isQuoted = false;
  for (let index = 0; index < Math.min(text.length, GUESSED_FROM); index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) isQuoted = !isQuoted;
    else if (!isQuoted && SEPARATOR_WEIGHTS.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best = 0x2c;
  for (const [code, count] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && SEPARATOR_WEIGHTS.get(code)! > SEPARATOR_WEIGHTS.get(best)!))
      best = code;
  }
  return best;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0d || code === 0x0a;

/**
 * For each of the first lines that hold something (not only spaces and separators), how many
 * of each separator (in SEPARATORS' order) it has outside quotes.
 */
function separatorsByLine(text: string): number[][] {
  const lines: number[][] = [];
  let counts = SEPARATORS.map(() => 0);
  let isFilled = false;
  let isQuoted = false;
  const end = Math.min(text.length, CHARACTERS_COMPARED);
  for (let index = 0; index < end && lines.length < LINES_COMPARED; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) isQuoted = !isQuoted;
    if (isQuoted) {
      isFilled = true;
    } else if (code === 0x0a || code === 0x0d) {
      if (isFilled) lines.push(counts);
      counts = SEPARATORS.map(() => 0);
      isFilled = false;
    } else if (SEPARATOR_WEIGHTS.has(code)) {
      counts[SEPARATORS.indexOf(code)]! += 1;
    } else if (!isSpace(code)) {
      isFilled = true;
    }
  }
  // The last line counts when the text ends there, or when it is the only one.
  if (isFilled && lines.length < LINES_COMPARED && (end === text.length || lines.length === 0)) lines.push(counts);
  return lines;
}

/**
 * The separator of a CSV file. Italian Excel writes semicolons and leaves the commas of a note
 * unquoted, so counting characters (as SheetJS does) can pick the comma: the separator is the
 * one giving every one of the first lines as many fields as the header (two or more, the most
 * such fields winning); else the one the header holds most often; else SheetJS's guess.
 */
export function csvSeparator(text: string): string {
  const lines = separatorsByLine(text);
  const header = lines[0];
  if (!header) return String.fromCharCode(sheetJsGuess(text));
  let best = -1;
  // SEPARATORS go from SheetJS's first choice on a tie to its last: only a larger count replaces one.
  SEPARATORS.forEach((_, which) => {
    const isConsistent = header[which]! > 0 && lines.every((line) => line[which] === header[which]);
    if (isConsistent && (best < 0 || header[which]! > header[best]!)) best = which;
  });
  if (best < 0)
    SEPARATORS.forEach((_, which) => {
      if (header[which]! > (best < 0 ? 0 : header[best]!)) best = which;
    });
  return String.fromCharCode(best < 0 ? sheetJsGuess(text) : SEPARATORS[best]!);
}

/**
 * The text as the reader hands it to SheetJS: with a "sep=" line naming the separator, unless
 * it has one. SheetJS then always reads it as CSV — without it, a file starting with "ID"
 * would be tried as SYLK, "TABL" as DIF and "<" as HTML — and the separator is the one counted here.
 */
export function csvForReader(text: string): string {
  return text.startsWith('sep=') ? text : `sep=${csvSeparator(text)}\n${text}`;
}

/** The separator and where the records start, as SheetJS finds them. */
function separatorAndBody(text: string): { separator: number; start: number } {
  if (!text.startsWith('sep=')) return { separator: csvSeparator(text).charCodeAt(0), start: 0 };
  if (text.charCodeAt(5) === 0x0d && text.charCodeAt(6) === 0x0a) return { separator: text.charCodeAt(4), start: 7 };
  if (text.charCodeAt(5) === 0x0d || text.charCodeAt(5) === 0x0a) return { separator: text.charCodeAt(4), start: 6 };
  return { separator: csvSeparator(text).charCodeAt(0), start: 0 };
}

/** A value as SheetJS keeps it (a trailing \r dropped, surrounding quotes removed), and whether it holds anything. */
function isFilledValue(text: string, start: number, end: number): boolean {
  let value = text.slice(start, end);
  if (value.endsWith('\r')) value = value.slice(0, -1);
  if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replace(/""/g, '"');
  return value.trim() !== '';
}

export interface CsvScan {
  /** Records that hold something. */
  records: number;
  /**
   * The records SheetJS must read (its sheetRows, blank ones included) to reach the
   * `wanted`-th record that holds something; all of them when there are fewer.
   */
  recordsToRead: number;
}

/** Counts the records of `text` (as given to SheetJS) that hold something, and where the `wanted`-th of them is. */
export function scanCsvRecords(text: string, wanted: number): CsvScan {
  const { separator, start } = separatorAndBody(text);
  let records = 0;
  let recordIndex = 0;
  let recordsToRead = 0;
  let valueStart = start;
  let isQuotedValue = text.charCodeAt(start) === 0x22;
  let isQuoted = false;
  let isFilled = false;
  const endRecord = () => {
    if (isFilled && (records += 1) === wanted) recordsToRead = recordIndex + 1;
    recordIndex += 1;
    isFilled = false;
  };
  for (let index = start; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      if (isQuotedValue) isQuoted = !isQuoted;
      continue;
    }
    if (isQuoted || (code !== separator && code !== 0x0a && code !== 0x0d)) continue;
    if (!isFilled && isFilledValue(text, valueStart, index)) isFilled = true;
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index += 1;
    valueStart = index + 1;
    isQuotedValue = text.charCodeAt(valueStart) === 0x22;
    if (code !== separator) endRecord();
  }
  // The last line needs no line break to be a row.
  if (text.length > valueStart && !isFilled && isFilledValue(text, valueStart, text.length)) isFilled = true;
  if (isFilled || text.length > valueStart) endRecord();
  return { records, recordsToRead: recordsToRead || recordIndex };
}

/** The records of `text` (as given to SheetJS) that hold something. */
export function countCsvRecords(text: string): number {
  return scanCsvRecords(text, Number.POSITIVE_INFINITY).records;
}
