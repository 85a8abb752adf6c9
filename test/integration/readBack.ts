import { execFileSync } from 'node:child_process';

// Independent readers for what Trama writes: Debian's python3-openpyxl and python3-networkx
// (installed by .ci/run). Debian's python, not a virtualenv's, is the one that has them.

const PYTHON = process.env.TRAMA_PYTHON ?? '/usr/bin/python3';

export function runPython<T>(script: string, ...args: string[]): T {
  const output = execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output) as T;
}

export const READ_WORKBOOK = `
import json, sys, datetime
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {"date": value.strftime("%Y-%m-%d")}
    return value
print(json.dumps({
    "sheets": [
        {
            "name": sheet.title,
            "frozen": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "widths": [sheet.column_dimensions[letter].width for letter in sorted(sheet.column_dimensions.keys())],
            "rows": [[plain(cell) for cell in row] for row in sheet.iter_rows(values_only=True)],
        }
        for sheet in book.worksheets
    ]
}))
`;

export interface ReadSheet {
  name: string;
  frozen: string | null;
  filter: string | null;
  widths: number[];
  rows: unknown[][];
}
