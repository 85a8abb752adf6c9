import { localDayOf } from '../domain/common';
// Cells of the tables Trama exports, before they become xlsx or CSV.

export type CellValue = string | number | boolean | null | { date: string };
export type ColumnType = 'text' | 'number' | 'date' | 'boolean';

export interface Column {
  key: string;
  header: string;
  type: ColumnType;
}

export interface Table {
  /** Sheet name (xlsx) or file name stem (CSV); at most 31 characters, Excel's limit. */
  name: string;
  columns: Column[];
  rows: CellValue[][];
}

/** Text a spreadsheet would read as a formula (OWASP "CSV injection"), after any apostrophes. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text. Numbers are never passed here: they stay numbers. Text
 * that already starts with apostrophes before a trigger gets one more, so that
 * restoreNeutralised() gives back exactly what was exported.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Text for an .xlsx string cell. Such a cell is never run as a formula, so it needs no
 * apostrophe: "+39 06 …" stays as typed. Only text that already starts with apostrophes before
 * a trigger gets one more, because the import (restoreNeutralised, which also reads files
 * exported before xlsx cells stopped being neutralised) takes one away.
 */
export function xlsxText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormula (and of xlsxText), for cells read back from a spreadsheet. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A YYYY-MM-DD date as an Excel serial number (days since 1899-12-30), timezone-free. */
export function excelSerial(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / DAY_MS);
}

export function isoFromExcelSerial(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A day, or a stored timestamp (UTC) on the user's calendar day, as a date cell. */
export const dateCell = (isoDate: string | null | undefined): CellValue =>
  isoDate ? { date: localDayOf(isoDate) } : null;

/** Excel's rules for sheet names: 31 characters, none of []:*?/\ */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}

/** The plain text of a cell, as CSV and column-width estimates see it. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.date;
  return String(value);
}
