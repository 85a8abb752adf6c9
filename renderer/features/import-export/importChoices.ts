import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { stakeholderInputSchema } from '../../../shared/domain/stakeholder';
import type { CellOverLimit } from '../../../shared/io/importCells';
import { mergedStakeholder, type FieldChoice, type MergeField } from '../../../shared/io/importMerge';
import type { ImportPreviewRow } from '../../../shared/io/importPreview';
import { joinRowExtras } from '../../../shared/io/importRowMerge';

// What the user chose in the preview, counted: rows skipped by hand, rows left out because
// a cell is longer than its field takes (until the user agrees to import them cut), and the
// rows that will be written. Agreeing to a cut holds for one cell going into one field: a
// column mapped later that makes another cell of the row too long asks again. A row similar
// to a stakeholder Trama has is merged into it (the most similar one unless the user picks
// another, or "import as new"), field by field as the user chose. Two rows that end up
// updating the same stakeholder are written as one: the later joins the earlier as a later
// row of the file does (its filled values fill what is empty, notes join, tags add up).

/** What the user chose for a row similar to stakeholders Trama has. */
export interface SimilarChoice {
  /** The stakeholder to merge into, or 'new' to import the row as a stakeholder of its own. */
  target: string;
  fields: Readonly<Partial<Record<MergeField, FieldChoice>>>;
}
export type SimilarChoices = ReadonlyMap<number, SimilarChoice>;

/** What the summary says of merges, fields taken from the file and cells left out. */
export interface MergeCounts {
  /** Rows merged: into a similar stakeholder, or into an earlier row of the file. */
  merged: number;
  /** Fields of similar stakeholders that take the file's value. */
  fromFile: number;
  /** Cells left out of imported rows because their field refuses them. */
  leftOut: number;
  /** Dated contacts the "last contact" column adds. */
  contactEntries: number;
}

/** The choice in force for a similar row: the user's, or the most similar stakeholder with the default fields. */
export const similarChoiceOf = (row: ImportPreviewRow, choices: SimilarChoices): SimilarChoice =>
  choices.get(row.rowNumber) ?? { target: row.similar?.[0]?.id ?? 'new', fields: {} };

/**
 * A similar row as it will be written: merged into the stakeholder chosen (an update) or new.
 * A merge the schema would refuse (a region taken without its province…) imports nothing of the row and says so.
 */
export function resolveSimilar(
  row: ImportPreviewRow,
  choice: SimilarChoice,
  existing: ReadonlyMap<string, Stakeholder>,
): { row: ImportPreviewRow; fromFile: number } {
  const target = choice.target === 'new' ? undefined : existing.get(choice.target);
  if (!target || !row.said) return { row: { ...row, status: 'new' }, fromFile: 0 };
  const { stakeholder, takenFromFile } = mergedStakeholder(target, row.said, choice.fields);
  if (!stakeholderInputSchema.safeParse(stakeholder).success)
    return { row: { ...row, status: 'error', reasons: ['merge-refused'], stakeholder: null }, fromFile: 0 };
  return {
    row: { ...row, status: 'update', existingId: target.id, stakeholder, reasons: ['merged-similar'] },
    fromFile: takenFromFile,
  };
}

export interface ImportCounts {
  new: number;
  update: number;
  duplicate: number;
  error: number;
  skipped: number;
  /** Rows that would be new or updates but hold a cell over its limit, not accepted cut. */
  overLimit: number;
}

export const isImportable = (row: ImportPreviewRow) =>
  row.status === 'new' || row.status === 'update' || row.status === 'similar';

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
  similarChoices: SimilarChoices = new Map(),
  existing: ReadonlyMap<string, Stakeholder> = new Map(),
): { counts: ImportCounts; toImport: ImportPreviewRow[]; merges: MergeCounts; refusedJoins: ReadonlySet<number> } {
  const counts: ImportCounts = { new: 0, update: 0, duplicate: 0, error: 0, skipped: 0, overLimit: 0 };
  // Rows whose join into an earlier update of the same stakeholder the schema refuses: the table says why.
  const refusedJoins = new Set<number>();
  const merges: MergeCounts = { merged: 0, fromFile: 0, leftOut: 0, contactEntries: 0 };
  const toImport: ImportPreviewRow[] = [];
  // Rows merged into an earlier row count with it, when it is imported.
  const mergedInto = new Map<number, number>();
  for (const row of preview)
    if (row.mergedInto) mergedInto.set(row.mergedInto, (mergedInto.get(row.mergedInto) ?? 0) + 1);
  // Where each stakeholder Trama has is updated in toImport.
  const updateAt = new Map<string, number>();
  for (const previewed of preview) {
    const resolved =
      previewed.status === 'similar'
        ? resolveSimilar(previewed, similarChoiceOf(previewed, similarChoices), existing)
        : null;
    const row = resolved?.row ?? previewed;
    if (row.status === 'similar') continue;
    const earlierAt = row.status === 'update' && row.existingId ? updateAt.get(row.existingId) : undefined;
    if (earlierAt !== undefined && !skipped.has(row.rowNumber) && !isLeftOutForLength(row, acceptedCuts)) {
      const joined = joinUpdates(toImport[earlierAt]!, row, existing);
      if (joined) {
        toImport[earlierAt] = joined;
        counts.duplicate += 1;
        merges.merged += 1 + (mergedInto.get(row.rowNumber) ?? 0);
        merges.leftOut += row.leftOut?.length ?? 0;
        continue;
      }
      // Refused joined (notes past their limit): left out, counted with the rows refused.
      counts.error += 1;
      refusedJoins.add(row.rowNumber);
      continue;
    }
    if (!isImportable(row)) counts[row.status] += 1;
    else if (isLeftOutForLength(row, acceptedCuts)) counts.overLimit += 1;
    else if (skipped.has(row.rowNumber)) counts.skipped += 1;
    else {
      counts[row.status] += 1;
      if (row.status === 'update' && row.existingId) updateAt.set(row.existingId, toImport.length);
      toImport.push(row);
      merges.merged +=
        (mergedInto.get(row.rowNumber) ?? 0) + (previewed.status === 'similar' && row.status === 'update' ? 1 : 0);
      merges.fromFile += resolved?.fromFile ?? 0;
      merges.leftOut += row.leftOut?.length ?? 0;
      merges.contactEntries += row.lastContact ? 1 : 0;
    }
  }
  return { counts, toImport, merges, refusedJoins };
}

/** A later update of the same stakeholder joined into the earlier; undefined when the schema refuses the result. */
function joinUpdates(
  earlier: ImportPreviewRow,
  later: ImportPreviewRow,
  existing: ReadonlyMap<string, Stakeholder>,
): ImportPreviewRow | undefined {
  const record = earlier.existingId ? existing.get(earlier.existingId) : undefined;
  if (!record || !earlier.stakeholder || !later.said) return undefined;
  // The earlier row's result stands as "what Trama has": its filled values stay.
  const { stakeholder } = mergedStakeholder({ ...record, ...earlier.stakeholder }, later.said);
  if (!stakeholderInputSchema.safeParse(stakeholder).success) return undefined;
  const joined: ImportPreviewRow = { ...earlier, stakeholder };
  joinRowExtras(joined, { ...later, lastContact: later.lastContact ?? null });
  return joined;
}
