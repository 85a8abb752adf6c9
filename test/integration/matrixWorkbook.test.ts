import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { matrixSheets, type MatrixWords } from '../../shared/io/matrixSheets';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { tablesToXlsx } from '../../renderer/features/import-export/writeXlsx';
import { TEST_LABELS } from '../unit/io/labels';
import { runPython } from './readBack';

// The matrix workbook's layout as an independent reader sees it (openpyxl): SheetJS Community
// writes neither frozen columns nor page setup, so writeXlsx adds them to the sheet XML.

const READ_LAYOUT = `
import json, sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
def layout(sheet):
    setup = sheet.page_setup
    fit = sheet.sheet_properties.pageSetUpPr
    return {
        "name": sheet.title,
        "frozen": sheet.freeze_panes,
        "orientation": setup.orientation,
        "fitToWidth": setup.fitToWidth,
        "fitToHeight": setup.fitToHeight,
        "fitToPage": bool(fit.fitToPage) if fit is not None else False,
        "titleRows": sheet.print_title_rows,
        "titleColumns": sheet.print_title_cols,
        "header": sheet.oddHeader.center.text,
        "footer": sheet.oddFooter.left.text,
        "lastRow": [cell.value for cell in sheet[sheet.max_row]][:3],
        "rotation": [sheet["A1"].alignment.textRotation, sheet["B1"].alignment.textRotation],
        "widthB": sheet.column_dimensions["B"].width,
    }
print(json.dumps([layout(sheet) for sheet in book.worksheets]))
`;

const WORDS: MatrixWords = {
  total: 'Total',
  corner: 'Row → column',
  direction: "Rows → columns: a directed tie goes from the row's stakeholder to the column's (R&D).",
  keySheet: 'Key',
  shortLabel: 'Short label',
  fullName: 'Full name',
  category: 'Category',
  noRegion: 'No region',
};

const hasPython = existsSync(process.env.TRAMA_PYTHON ?? '/usr/bin/python3');

describe.skipIf(!hasPython)('matrix workbook read back by openpyxl', () => {
  const sample = buildSampleNetwork('2026-12-06');
  const folder = mkdtempSync(path.join(tmpdir(), 'trama-matrix-'));
  const file = path.join(folder, 'matrix.xlsx');
  writeFileSync(file, tablesToXlsx(XLSX, matrixSheets(sample, 'strength', TEST_LABELS, WORDS)));
  const [matrix, key] = runPython<Array<Record<string, unknown>>>(READ_LAYOUT, file);

  it('freezes the header row and the first column of the matrix, only the header of the key', () => {
    expect(matrix!.frozen).toBe('B2');
    expect(key!.frozen).toBe('A2');
  });

  it('prints landscape, all columns on one page across, the titles on every page', () => {
    expect(matrix).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      fitToPage: true,
      titleRows: '$1:$1',
      titleColumns: '$A:$A',
      header: 'matrix.strength',
    });
    // openpyxl gives the header code as stored: a literal "&" is written "&&".
    expect(matrix!.footer).toBe(WORDS.direction.replaceAll('&', '&&'));
    // The key prints on its own pages, a few wide columns across.
    expect(key).toMatchObject({ orientation: 'landscape', fitToWidth: 1, titleRows: '$1:$1', titleColumns: null });
  });

  it('writes the column labels upwards over narrow columns', () => {
    expect(matrix!.rotation).toEqual([0, 90]);
    expect(matrix!.widthB).toBeLessThan(8);
    expect(key!.rotation).toEqual([0, 0]);
  });

  it('ends with the totals row', () => {
    expect((matrix!.lastRow as unknown[])[0]).toBe('Total');
  });
});
