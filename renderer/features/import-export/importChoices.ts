import type { CellOverLimit } from '../../../shared/io/importCells';
import type { ImportPreviewRow } from '../../../shared/io/importPreview';

// What the user chose in the preview, counted: rows skipped by hand, rows left out because
// a cell is longer than its field takes (until the user agrees to import them cut), and the
// rows that will be written. Agreeing to a cut holds for one cell going into one field: a
// column mapped later that makes another cell of the row too long asks again.

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

/** A cut the user agreed to: the row, the column and the field it goes into. */
export const cutKey = (rowNumber: number, { column, field }: Pick<CellOverLimit, 'column' | 'field'>) =>
  `${rowNumber}:${column}:${field}`;

/** Whether the user agreed to import every over-long cell of the row cut. */
export const isCutAccepted = (row: ImportPreviewRow, acceptedCuts: ReadonlySet<string>) =>
  row.overLimit.every((cell) => acceptedCuts.has(cutKey(row.rowNumber, cell)));

/** A row with a cell over its limit is imported only when the user accepted every such cell cut. */
export function isLeftOutForLength(row: ImportPreviewRow, acceptedCuts: ReadonlySet<string>): boolean {
  return row.overLimit.length > 0 && !isCutAccepted(row, acceptedCuts);
}

/** The cuts agreed to after ticking or unticking "import with the text cut" on a row. */
export function toggleCuts(acceptedCuts: ReadonlySet<string>, row: ImportPreviewRow): ReadonlySet<string> {
  const next = new Set(acceptedCuts);
  const isAccepting = !isCutAccepted(row, acceptedCuts);
  for (const cell of row.overLimit) {
    if (isAccepting) next.add(cutKey(row.rowNumber, cell));
    else next.delete(cutKey(row.rowNumber, cell));
  }
  return next;
}

export function countImportChoices(
  preview: readonly ImportPreviewRow[],
  skipped: ReadonlySet<number>,
  acceptedCuts: ReadonlySet<string>,
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
