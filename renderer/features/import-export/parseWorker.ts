/// <reference lib="webworker" />
import * as XLSX from 'xlsx';
import type { ParseRequest, ParseResponse, ParsedSheet } from './parseProtocol';

// Runs in a throw-away worker: whatever a hostile file does to the parser (pathological
// structure, deep recursion, prototype tricks) stays in here, and the page kills the worker
// if it takes too long. Only arrays of strings go back to the page — never parsed objects.

function toText(value: unknown, maxLength: number): string {
  if (value === null || value === undefined) return '';
  return String(value).slice(0, maxLength);
}

/**
 * CSV files come in UTF-8 (with or without a byte-order mark) or, when saved by Excel on an
 * Italian Windows, in Windows-1252; SheetJS alone would read UTF-8 accents as Latin-1.
 */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const TEXT_FILE = /\.(csv|tsv|txt)$/i;

function parse(request: ParseRequest): ParseResponse {
  let book: XLSX.WorkBook;
  try {
    const isText = TEXT_FILE.test(request.fileName);
    book = XLSX.read(isText ? decodeText(request.bytes) : new Uint8Array(request.bytes), {
      type: isText ? 'string' : 'array',
      dense: true,
      sheetRows: request.maxRows + 1,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      WTF: false,
    });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const sheets: ParsedSheet[] = book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    const raw: unknown[][] = sheet ? XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false, defval: '', blankrows: false }) : [];
    const rows = raw.slice(0, request.maxRows + 1).map((row) => (Array.isArray(row) ? row : []).slice(0, request.maxColumns).map((cell) => toText(cell, request.maxCellLength)));
    const isTruncated = raw.length > request.maxRows + 1 || raw.some((row) => Array.isArray(row) && row.length > request.maxColumns);
    return { name: String(name).slice(0, 100), rows, isTruncated };
  });
  const usable = sheets.filter((sheet) => sheet.rows.length > 0);
  return usable.length > 0 ? { ok: true, sheets: usable } : { ok: false, reason: 'empty' };
}

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(parse(event.data));
};
