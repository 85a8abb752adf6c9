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

/** The characters SheetJS looks at to guess the separator. */
const GUESSED_FROM = 1_024;

/**
 * SheetJS's guess (guess_sep): the separator seen most often outside quotes in the first
 * 1,024 characters; a tie goes to the comma, then tab, semicolon and bar.
 */
export function csvSeparator(text: string): string {
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
  return String.fromCharCode(best);
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
