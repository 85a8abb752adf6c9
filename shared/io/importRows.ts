import { foldForMatching } from '../domain/regions';
import type { SimilarMatch } from '../domain/similarStakeholders';
import type { StakeholderInput } from '../domain/stakeholder';
import type { ImportedContact } from './columns/contactColumns';
import type { CellNote, CellOverLimit } from './importCells';
import type { ImportField } from './importFields';
import type { SaidFields } from './importMerge';

// An import preview's rows, apart from the preview that makes them: the row merging and
// reading steps (importRowMerge.ts, importRowReading.ts) use them too, and importPreview.ts
// uses those steps.

export type { ImportedContact };

export type ImportRowStatus = 'new' | 'update' | 'similar' | 'duplicate' | 'error';

/** A cell left out of an imported row because its field refuses it. */
export interface LeftOutCell {
  field: ImportField;
  column: number;
  /** The reason code, as in `reasons`. */
  reason: string;
  text: string;
}

/** Texts the user typed in the preview for a row's cells, by the row's number and field. */
export type ImportCorrections = ReadonlyMap<number, ReadonlyMap<ImportField, string>>;

export interface ImportPreviewRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  name: string;
  status: ImportRowStatus;
  /** Reason codes, e.g. 'unknown-region', 'invalid-email', 'matches-existing'. */
  reasons: string[];
  stakeholder: StakeholderInput | null;
  /** The existing stakeholder an 'update' row merges into. */
  existingId: string | null;
  contact: ImportedContact | null;
  /** The programmes the row names, as written: linked, or created, when the import is written (programmeImport.ts). */
  programmes?: string[];
  /** Cells longer than their field takes; the row holds them cut (ending in "…"). */
  overLimit: CellOverLimit[];
  /** Imported number cells with more digits than a spreadsheet keeps exactly, with their text. */
  roundedNumbers: Array<{ column: number; text: string }>;
  /** Imported cells the sheet shows otherwise (a percentage, an error…), with the text imported. */
  cellNotes?: Array<CellNote & { text: string }>;
  /** Stakeholders of the same region with a similar name, best first ('similar' rows). */
  similar?: SimilarMatch[];
  /** What the row's filled cells say: what a merge into a stakeholder Trama has can take ('similar' and 'update' rows). */
  said?: SaidFields;
  /** Cells left out because their field refuses them; the rest of the row imports. */
  leftOut?: LeftOutCell[];
  /** Fields whose cell the user corrected in the preview. */
  corrected?: ImportField[];
  /** The date of the last contact, YYYY-MM-DD: written as a done contact action. */
  lastContact?: string;
  /** A 'duplicate' row: the row number of the earlier row it was merged into. */
  mergedInto?: number;
  /** The later rows of the file merged into this one. */
  mergedRows?: number[];
  /** Further contact persons from the rows merged into this one. */
  extraContacts?: ImportedContact[];
}

export const matchKey = (name: string, region: string | null): string => `${foldForMatching(name)}|${region ?? ''}`;
