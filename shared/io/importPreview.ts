import { contactFieldsSchema } from '../domain/contact';
import { ATTITUDES, GUIDELINES_STAGES, LEVELS, SECTORS } from '../domain/enums';
import { foldForMatching, normaliseRegion, type RegionId } from '../domain/regions';
import { stakeholderInputSchema, type Stakeholder, type StakeholderInput } from '../domain/stakeholder';
import { restoreNeutralised } from './cells';
import { isComplete, readRecord } from './columns/readRecord';
import type { StakeholderRecognisers } from './columns/stakeholderColumns';
import type { EnumKind } from './exportData';
import { asSheetRow, cutToLimit, type CellNote, type CellOverLimit, type SheetRow } from './importCells';
import {
  CONTACT_IMPORTS,
  IMPORT_FIELD_MAX_LENGTH,
  STAKEHOLDER_IMPORTS,
  recogniseCategory,
  recogniseProvince,
  recogniseSector,
  type ImportField,
} from './importFields';

// What importing each row would do, before anything is written: new, update (the row is a
// stakeholder we already have: same id, or same name and region), duplicate (an earlier
// row of the file already says it), or error — with the reasons.

export type ImportRowStatus = 'new' | 'update' | 'duplicate' | 'error';

import type { ImportedContact } from './columns/contactColumns';
export type { ImportedContact };

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
}

export const matchKey = (name: string, region: string | null): string => `${foldForMatching(name)}|${region ?? ''}`;

/** Reads a label of an enumeration (in any interface language) back to its stored value. */
export type ValueRecogniser = (kind: EnumKind, text: string) => string | null;

const storedValue = (values: readonly string[]) => (text: string) =>
  values.find((value) => value === foldForMatching(text).replace(/ /g, '-')) ?? null;
const STORED: Partial<Record<EnumKind, (text: string) => string | null>> = {
  sector: storedValue(SECTORS),
  level: storedValue(LEVELS),
  stage: storedValue(GUIDELINES_STAGES),
  attitude: storedValue(ATTITUDES),
};

/** Rows as the worker reads them, or plain rows of cells (numbered from 2, after a header on row 1). */
type SheetRows = ReadonlyArray<readonly string[] | SheetRow>;

const contactCheck = contactFieldsSchema.omit({ stakeholderId: true });
const STAKEHOLDER_READINGS = STAKEHOLDER_IMPORTS.map((column) => column.reading);
const CONTACT_READINGS = CONTACT_IMPORTS.map((column) => column.reading);

export function previewImport(
  rows: SheetRows,
  fields: ReadonlyArray<ImportField | ''>,
  existing: readonly Stakeholder[],
  recogniseValue: ValueRecogniser = () => null,
): ImportPreviewRow[] {
  return rows.map(rowPreviewer(fields, existing, recogniseValue));
}

/** Rows previewed in one go by previewImportInSteps before the page gets a turn. */
export const PREVIEW_STEP_ROWS = 2_000;

/**
 * previewImport in steps of PREVIEW_STEP_ROWS rows, giving the page a turn between them so
 * that a sheet of tens of thousands of rows never freezes it; `onProgress` receives the
 * share done (0–1). Resolves to null when `isCancelled` says the result is no longer wanted.
 */
export async function previewImportInSteps(
  rows: SheetRows,
  fields: ReadonlyArray<ImportField | ''>,
  existing: readonly Stakeholder[],
  recogniseValue: ValueRecogniser,
  onProgress: (done: number) => void,
  isCancelled: () => boolean,
): Promise<ImportPreviewRow[] | null> {
  const preview = rowPreviewer(fields, existing, recogniseValue);
  const result: ImportPreviewRow[] = [];
  for (let start = 0; start < rows.length; start += PREVIEW_STEP_ROWS) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (isCancelled()) return null;
    rows.slice(start, start + PREVIEW_STEP_ROWS).forEach((row, offset) => result.push(preview(row, start + offset)));
    onProgress(Math.min(1, (start + PREVIEW_STEP_ROWS) / rows.length));
  }
  return result;
}

/** Previews rows in order: a row repeating an earlier one of the file is a duplicate. */
function rowPreviewer(
  fields: ReadonlyArray<ImportField | ''>,
  existing: readonly Stakeholder[],
  recogniseValue: ValueRecogniser,
): (row: readonly string[] | SheetRow, index: number) => ImportPreviewRow {
  // A sheet repeats the same few regions, provinces, categories and labels thousands of
  // times: each distinct text is recognised once.
  const remembered = <T>(recogniser: (text: string, context: string) => T) => {
    const known = new Map<string, T>();
    return (text: string, context = ''): T => {
      const key = `${context}|${text}`;
      if (known.has(key)) return known.get(key) as T;
      const value = recogniser(text, context);
      known.set(key, value);
      return value;
    };
  };
  const enumValue = remembered((text, kind) =>
    text ? (recogniseValue(kind as EnumKind, text) ?? STORED[kind as EnumKind]?.(text) ?? null) : null,
  );
  const regionOf = remembered((text) => normaliseRegion(text));
  const provinceOf = remembered((text, region) => recogniseProvince(text, (region || null) as RegionId | null));
  const categoryByText = remembered((text) => recogniseCategory(text, ''));
  const categoryByName = remembered((name) => recogniseCategory('', name));
  const sectorByKeyword = remembered((text) => recogniseSector(text));
  const recognisers: StakeholderRecognisers = {
    enumValue: (kind, text) => enumValue(text, kind),
    region: (text) => regionOf(text),
    province: (text, region) => provinceOf(text, region ?? ''),
    category: (text) => categoryByText(text),
    categoryFromName: (name) => categoryByName(name),
    sectorFromKeywords: (text) => sectorByKeyword(text),
  };
  const columnOf = new Map<ImportField, number>();
  fields.forEach((field, column) => field && !columnOf.has(field) && columnOf.set(field, column));
  const byId = new Map(existing.map((stakeholder) => [stakeholder.id, stakeholder]));
  const byKey = new Map(existing.map((stakeholder) => [matchKey(stakeholder.name, stakeholder.region), stakeholder]));
  const seenInFile = new Set<string>();
  const importedColumns = new Set(columnOf.values());
  return (plainOrSheetRow, index) => {
    const row = asSheetRow(plainOrSheetRow, index);
    const rowNumber = row.number;
    // Each imported cell read once: a cell longer than its field takes is held cut, and said.
    const overLimit: CellOverLimit[] = [];
    const texts = new Map<ImportField, string>();
    for (const [field, column] of columnOf) {
      const text = restoreNeutralised((row.cells[column] ?? '').trim());
      const length = row.fullLengths?.find(([cutColumn]) => cutColumn === column)?.[1] ?? text.length;
      const limit = IMPORT_FIELD_MAX_LENGTH[field];
      if (length > limit) overLimit.push({ column, field, length, limit });
      texts.set(field, length > limit ? cutToLimit(text, limit, true) : text);
    }
    const roundedNumbers = (row.roundedColumns ?? [])
      .filter((column) => importedColumns.has(column))
      .map((column) => ({ column, text: row.cells[column] ?? '' }));
    const cellNotes = (row.cellNotes ?? [])
      .filter((note) => importedColumns.has(note.column))
      .map((note) => ({ ...note, text: row.cells[note.column] ?? '' }));
    const cell = (field: string) => texts.get(field as ImportField) ?? '';
    const read = readRecord(STAKEHOLDER_READINGS, cell, recognisers);
    const person = readRecord(CONTACT_READINGS, cell, null);
    const reasons = [...read.reasons, ...person.reasons];
    const notes = { overLimit, roundedNumbers, ...(cellNotes.length > 0 && { cellNotes }) };
    const refused = (why: string[]): ImportPreviewRow => ({
      rowNumber,
      name: read.values.name ?? '',
      status: 'error',
      reasons: why,
      stakeholder: null,
      existingId: null,
      contact: null,
      ...notes,
    });
    if (reasons.length > 0 || !isComplete(read.values, STAKEHOLDER_READINGS)) return refused(reasons);
    const { id, programmes, ...fields } = read.values;
    const { name, region } = fields;
    const contact = isComplete(person.values, CONTACT_READINGS) && person.values.name ? person.values : null;

    const existingMatch = byId.get(id) ?? byKey.get(matchKey(name, region));
    // A match keeps what we know and takes only what the sheet actually says.
    const { id: _namedId, programmes: _namedProgrammes, ...said } = read.said;
    const stakeholder: StakeholderInput = existingMatch
      ? { ...existingMatch, ...said, tags: [...new Set([...existingMatch.tags, ...(said.tags ?? [])])] }
      : { ...fields, programmeIds: [] };
    const checked = stakeholderInputSchema.safeParse(stakeholder);
    if (!checked.success) return refused([...new Set(checked.error.issues.map((issue) => issue.message))]);
    // The import writes the contact person through its schema: a row it would refuse is refused here.
    const checkedContact = contact ? contactCheck.safeParse(contact) : null;
    if (checkedContact && !checkedContact.success)
      return refused([...new Set(checkedContact.error.issues.map((issue) => issue.message))]);
    const named = programmes.length > 0 ? { programmes } : {};

    const key = matchKey(name, region);
    if (seenInFile.has(key))
      return {
        rowNumber,
        name,
        status: 'duplicate',
        reasons: ['duplicate-in-file'],
        stakeholder: null,
        existingId: null,
        contact,
        ...notes,
        ...named,
      };
    seenInFile.add(key);
    return {
      ...notes,
      rowNumber,
      name,
      status: existingMatch ? 'update' : 'new',
      reasons: existingMatch ? [byId.has(id) ? 'matches-id' : 'matches-existing'] : [],
      stakeholder,
      existingId: existingMatch?.id ?? null,
      contact,
      ...named,
    };
  };
}
