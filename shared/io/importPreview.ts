import { z } from 'zod';
import { DEFAULT_CATEGORIES, type DefaultCategoryId } from '../domain/categories';
import { contactFieldsSchema } from '../domain/contact';
import { ATTITUDES, GUIDELINES_STAGES, LEVELS, SECTORS, type Level, type Sector } from '../domain/enums';
import { foldForMatching, normaliseRegion, type RegionId } from '../domain/regions';
import { stakeholderInputSchema, type Stakeholder, type StakeholderInput } from '../domain/stakeholder';
import { restoreNeutralised } from './cells';
import type { EnumKind } from './exportData';
import { asSheetRow, cutToLimit, type CellNote, type CellOverLimit, type SheetRow } from './importCells';
import { IMPORT_FIELD_MAX_LENGTH, recogniseCategory, recogniseProvince, type ImportField } from './importFields';

// What importing each row would do, before anything is written: new, update (the row is a
// stakeholder we already have: same id, or same name and region), duplicate (an earlier
// row of the file already says it), or error — with the reasons.

export type ImportRowStatus = 'new' | 'update' | 'duplicate' | 'error';

export interface ImportedContact {
  name: string;
  role: string;
  emails: string[];
  phones: string[];
}

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
  /** Cells longer than their field takes; the row holds them cut (ending in "…"). */
  overLimit: CellOverLimit[];
  /** Imported number cells with more digits than a spreadsheet keeps exactly, with their text. */
  roundedNumbers: Array<{ column: number; text: string }>;
  /** Imported cells the sheet shows otherwise (a percentage, an error…), with the text imported. */
  cellNotes?: Array<CellNote & { text: string }>;
}

const SECTOR_KEYWORDS: ReadonlyArray<readonly [Sector, RegExp]> = [
  ['health', /sanit|salute|health/],
  ['reception', /accoglienza|reception/],
  ['public-order-and-asylum', /ordine pubblico|asilo|asylum|public order/],
  ['social', /social/],
  ['civil-society', /terzo settore|civil|volontariato/],
  ['academic-professional', /universit|accadem|academ|professional/],
  ['funder', /finanz|fund/],
];

const PROVINCIAL: readonly DefaultCategoryId[] = ['local-health-authority', 'prefecture', 'police-immigration-office', 'territorial-commission'];

function levelFor(categoryId: DefaultCategoryId, region: RegionId | null): Level {
  if (region === null) return categoryId === 'eu-body' ? 'european' : categoryId === 'international-organisation' ? 'international' : 'national';
  if (categoryId === 'regional-government') return 'regional';
  return PROVINCIAL.includes(categoryId) ? 'provincial' : 'local';
}

/** Record keys whose import column has another name. */
const FIELD_OF_KEY: Readonly<Record<string, ImportField>> = { guidelinesStage: 'stage', categoryId: 'category' };

export const matchKey = (name: string, region: string | null): string => `${foldForMatching(name)}|${region ?? ''}`;
const EMAIL = z.email();
const isEmail = (value: string) => EMAIL.safeParse(value).success;
const splitList = (text: string) => text.split(/[;,\n]/).map((part) => part.trim()).filter(Boolean);

/** Reads a label of an enumeration (in any interface language) back to its stored value. */
export type ValueRecogniser = (kind: EnumKind, text: string) => string | null;

const storedValue = (values: readonly string[]) => (text: string) => values.find((value) => value === foldForMatching(text).replace(/ /g, '-')) ?? null;
const STORED: Partial<Record<EnumKind, (text: string) => string | null>> = {
  sector: storedValue(SECTORS),
  level: storedValue(LEVELS),
  stage: storedValue(GUIDELINES_STAGES),
  attitude: storedValue(ATTITUDES),
};

function score(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

/** Rows as the worker reads them, or plain rows of cells (numbered from 2, after a header on row 1). */
type SheetRows = ReadonlyArray<readonly string[] | SheetRow>;

const contactCheck = contactFieldsSchema.omit({ stakeholderId: true });

export function previewImport(rows: SheetRows, fields: ReadonlyArray<ImportField | ''>, existing: readonly Stakeholder[], recogniseValue: ValueRecogniser = () => null): ImportPreviewRow[] {
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
function rowPreviewer(fields: ReadonlyArray<ImportField | ''>, existing: readonly Stakeholder[], recogniseValue: ValueRecogniser): (row: readonly string[] | SheetRow, index: number) => ImportPreviewRow {
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
  const recognise = remembered((text, kind) => (text ? (recogniseValue(kind as EnumKind, text) ?? STORED[kind as EnumKind]?.(text) ?? null) : null));
  const regionOf = remembered((text) => normaliseRegion(text));
  const provinceOf = remembered((text, region) => recogniseProvince(text, (region || null) as RegionId | null));
  const categoryByText = remembered((text) => recogniseCategory(text, ''));
  const sectorByKeyword = remembered((text) => SECTOR_KEYWORDS.find(([, pattern]) => text && pattern.test(text))?.[0]);
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
    const roundedNumbers = (row.roundedColumns ?? []).filter((column) => importedColumns.has(column)).map((column) => ({ column, text: row.cells[column] ?? '' }));
    const cellNotes = (row.cellNotes ?? []).filter((note) => importedColumns.has(note.column)).map((note) => ({ ...note, text: row.cells[note.column] ?? '' }));
    const cell = (field: ImportField) => texts.get(field) ?? '';
    const reasons: string[] = [];
    const name = cell('name');
    if (!name) reasons.push('missing-name');
    const regionText = cell('region');
    const region = regionText ? regionOf(regionText) : null;
    if (regionText && !region) reasons.push('unknown-region');
    const provinceText = cell('province');
    const province = provinceText ? provinceOf(provinceText, region ?? '') : null;
    if (provinceText && !province) reasons.push('unknown-province');
    // Found from the category's text alone, it is what the name could not change.
    const categoryId = (cell('category') ? categoryByText(cell('category')) : null) ?? recogniseCategory(cell('category'), name) ?? 'other';
    const sector =
      (recognise(cell('sector'), 'sector') as Sector | null) ??
      sectorByKeyword(foldForMatching(cell('sector'))) ??
      DEFAULT_CATEGORIES.find((category) => category.id === categoryId)?.defaultSector ??
      'other';
    const level = recognise(cell('level'), 'level');
    const stage = recognise(cell('stage'), 'stage');
    const attitude = recognise(cell('attitude'), 'attitude');
    const influence = score(cell('influence'));
    const interest = score(cell('interest'));
    if ((cell('level') && !level) || (cell('stage') && !stage) || (cell('attitude') && !attitude)) reasons.push('unknown-value');
    if ((cell('influence') && influence === null) || (cell('interest') && interest === null)) reasons.push('invalid-score');
    const emails = splitList(cell('contactEmail')).map((email) => email.toLowerCase());
    if (emails.some((email) => !isEmail(email))) reasons.push('invalid-email');
    const contactName = cell('contactName');
    const contact = contactName ? { name: contactName, role: cell('contactRole'), emails, phones: splitList(cell('contactPhone')) } : null;

    const existingMatch = byId.get(cell('id')) ?? (name ? byKey.get(matchKey(name, region)) : undefined);
    const imported: StakeholderInput = {
      name,
      shortName: cell('shortName'),
      categoryId,
      level: (level as Level | null) ?? levelFor(categoryId, region),
      region,
      province: province ?? '',
      city: cell('city'),
      sector,
      website: cell('website'),
      notes: cell('notes'),
      tags: splitList(cell('tags')),
      programmeIds: [],
      influence: influence ?? 3,
      interest: interest ?? 3,
      attitude: (attitude as StakeholderInput['attitude'] | null) ?? 'unknown',
      guidelinesStage: (stage as StakeholderInput['guidelinesStage'] | null) ?? 'not-engaged',
    };
    // A match keeps what we know and takes only what the sheet actually says.
    const stakeholder: StakeholderInput = existingMatch
      ? {
          ...existingMatch,
          ...Object.fromEntries(Object.entries(imported).filter(([key]) => cell((FIELD_OF_KEY[key] ?? key) as ImportField) !== '')),
          tags: [...new Set([...existingMatch.tags, ...(imported.tags ?? [])])],
        }
      : imported;
    const checked = stakeholderInputSchema.safeParse(stakeholder);
    if (!checked.success && reasons.length === 0) reasons.push(...new Set(checked.error.issues.map((issue) => issue.message)));
    // The import writes the contact person through its schema: a row it would refuse is refused here.
    const checkedContact = contact && reasons.length === 0 ? contactCheck.safeParse(contact) : null;
    if (checkedContact && !checkedContact.success) reasons.push(...new Set(checkedContact.error.issues.map((issue) => issue.message)));
    const notes = { overLimit, roundedNumbers, ...(cellNotes.length > 0 && { cellNotes }) };
    if (reasons.length > 0) return { rowNumber, name, status: 'error', reasons, stakeholder: null, existingId: null, contact: null, ...notes };

    const key = matchKey(name, region);
    if (seenInFile.has(key)) return { rowNumber, name, status: 'duplicate', reasons: ['duplicate-in-file'], stakeholder: null, existingId: null, contact, ...notes };
    seenInFile.add(key);
    return {
      ...notes,
      rowNumber,
      name,
      status: existingMatch ? 'update' : 'new',
      reasons: existingMatch ? [byId.has(cell('id')) ? 'matches-id' : 'matches-existing'] : [],
      stakeholder,
      existingId: existingMatch?.id ?? null,
      contact,
    };
  };
}
