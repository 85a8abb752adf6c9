// Messages between the page and the disposable spreadsheet-parsing worker.

export const PARSE_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 100,
  maxCellLength: 5_000,
  timeoutMs: 20_000,
} as const;

export interface ParseRequest {
  bytes: ArrayBuffer;
  fileName: string;
  maxRows: number;
  maxColumns: number;
  maxCellLength: number;
}

export interface ParsedSheet {
  name: string;
  /** Every cell as text; rows and columns beyond the limits are cut and counted. */
  rows: string[][];
  isTruncated: boolean;
}

export type ParseResponse = { ok: true; sheets: ParsedSheet[] } | { ok: false; reason: 'unreadable' | 'empty' };
