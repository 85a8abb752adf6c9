import type { ImportPreviewRow } from '../../../shared/io/importPreview';

// What the user chose in the preview, counted: rows skipped by hand, rows left out because
// a cell is longer than its field takes (until the user agrees to import them cut), and the
// rows that will be written.

export interface ImportCounts {
  new: number;
  update: number;
  duplicate: number;
  error: number;
  skipped: number;
  /** Rows that would be new or updates but hold a cell over its limit, not accepted cut. */
  overLimit: number;
}

export const isImportable = (row: ImportPreviewRow) => row.status === 'new' || row.status === 'update';

/** A row with a cell over its limit is imported only when the user accepted it cut. */
export function isLeftOutForLength(row: ImportPreviewRow, acceptedCuts: ReadonlySet<number>): boolean {
  return row.overLimit.length > 0 && !acceptedCuts.has(row.rowNumber);
}

export function countImportChoices(
  preview: readonly ImportPreviewRow[],
  skipped: ReadonlySet<number>,
  acceptedCuts: ReadonlySet<number>,
): { counts: ImportCounts; toImport: ImportPreviewRow[] } {
  const counts: ImportCounts = { new: 0, update: 0, duplicate: 0, error: 0, skipped: 0, overLimit: 0 };
  const toImport: ImportPreviewRow[] = [];
  for (const row of preview) {
    if (!isImportable(row)) counts[row.status] += 1;
    else if (isLeftOutForLength(row, acceptedCuts)) counts.overLimit += 1;
    else if (skipped.has(row.rowNumber)) counts.skipped += 1;
    else {
      counts[row.status] += 1;
      toImport.push(row);
    }
  }
  return { counts, toImport };
}
