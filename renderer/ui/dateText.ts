import type { Language } from '../../shared/domain/enums';

/**
 * How the date field writes a stored date (YYYY-MM-DD) in each language. Italian writes
 * day/month/year; English writes the ISO form, which no English reader (British or American)
 * can take for another day, and which is what the spreadsheets and the backup hold.
 */
export const DATE_TEXT_PATTERN: Readonly<Record<Language, 'dd/mm/yyyy' | 'yyyy-mm-dd'>> = {
  it: 'dd/mm/yyyy',
  en: 'yyyy-mm-dd',
};

export type ParsedDateText =
  | { iso: string }
  | { problem: 'format' }
  | { problem: 'shortYear' }
  | { problem: 'noSuchMonth'; month: number }
  | { problem: 'noSuchDay'; day: number; month: number; year: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day first, any of / . - or spaces between: what Italian users type.
const DAY_FIRST = /^(\d{1,2})\s*[/.\s-]\s*(\d{1,2})\s*[/.\s-]\s*(\d+)$/;
// Year first (ISO or with slashes), accepted in either language: four digits first cannot be a day.
const YEAR_FIRST = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
/** Longer than any date anyone types: the patterns are not run over a pasted page. */
const MAX_LENGTH = 40;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (isLeap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checked(day: number, month: number, year: number, yearDigits: number): ParsedDateText {
  if (yearDigits !== 4) return { problem: 'shortYear' };
  if (month < 1 || month > 12) return { problem: 'noSuchMonth', month };
  if (day < 1 || day > daysInMonth(year, month)) return { problem: 'noSuchDay', day, month, year };
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Reads what was typed into a date field: an ISO date, '' for none, or why it is not a date. */
export function parseDateText(text: string): ParsedDateText {
  const trimmed = text.trim();
  if (trimmed === '') return { iso: '' };
  if (trimmed.length > MAX_LENGTH) return { problem: 'format' };
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst) return checked(Number(yearFirst[3]), Number(yearFirst[2]), Number(yearFirst[1]), 4);
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) return checked(Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3]), dayFirst[3]!.length);
  return { problem: 'format' };
}

/** A stored date as the field shows it; anything that is not an ISO date is shown as it is. */
export function formatDateText(iso: string, language: Language): string {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return iso;
  const [, year, month, day] = parts;
  return DATE_TEXT_PATTERN[language] === 'dd/mm/yyyy' ? `${day}/${month}/${year}` : `${year}-${month}-${day}`;
}

/** The ISO date `days` away (for the arrow keys), in UTC so no time zone shifts it. */
export function shiftIsoDate(iso: string, days: number): string | null {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]) + days);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whether a date field's value is a date or none (not text that is no date): what a filter can take. */
export function isWholeDate(value: string): boolean {
  const read = parseDateText(value);
  return 'iso' in read && read.iso === value;
}
