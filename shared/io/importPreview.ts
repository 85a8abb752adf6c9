import { DEFAULT_CATEGORIES, type Category, type DefaultCategoryId } from '../domain/categories';
import { localIsoDate } from '../domain/common';
import { contactInputSchema } from '../domain/contact';
import { ATTITUDES, GUIDELINES_STAGES, LEVELS, SECTORS } from '../domain/enums';
import { foldForMatching, normaliseRegion, type RegionId } from '../domain/regions';
import { similarStakeholderIndex } from '../domain/similarStakeholders';
import { stakeholderInputSchema, type Stakeholder, type StakeholderInput } from '../domain/stakeholder';
import { restoreNeutralised } from './cells';
import { isComplete } from './columns/readRecord';
import { defaultSector } from './columns/stakeholderValues';
import type { StakeholderRecognisers } from './columns/stakeholderColumns';
import type { EnumKind } from './exportData';
import { asSheetRow, cutToLimit, importedText, type CellOverLimit, type SheetRow } from './importCells';
import {
  IMPORT_FIELD_MAX_LENGTH,
  TEXT_KEPT_AS_WRITTEN,
  categoryFromKeywords,
  namedCategory,
  namesCategory,
  recogniseProvince,
  recogniseSector,
  type ImportField,
} from './importFields';
import type { SaidFields } from './importMerge';
import { inFileKey, mergeIntoEarlier } from './importRowMerge';
import { CONTACT_READINGS, STAKEHOLDER_READINGS, rowReader } from './importRowReading';
import { LAST_CONTACT_FIELD, readContactDate } from './lastContactColumn';

// What importing each row would do, before anything is written: new, update (the row is a
// stakeholder we already have: same id, or same name and region), similar (its name says a
// stakeholder of the same region in other words: the user merges or imports it as new),
// duplicate (an earlier row of the file says the same body: merged into that row), or error
// — with the reasons. A cell a field refuses (one bad email) is left out, and said, while the
// rest of the row imports; the user may correct it in the preview.

export {
  matchKey,
  type ImportCorrections,
  type ImportedContact,
  type ImportPreviewRow,
  type ImportRowStatus,
  type LeftOutCell,
} from './importRows';
import { matchKey, type ImportCorrections, type ImportPreviewRow, type LeftOutCell } from './importRows';

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

const contactCheck = contactInputSchema.omit({ stakeholderId: true });

export function previewImport(
  rows: SheetRows,
  fields: ReadonlyArray<ImportField | ''>,
  existing: readonly Stakeholder[],
  recogniseValue: ValueRecogniser = () => null,
  corrections: ImportCorrections = new Map(),
  customCategories: readonly Category[] = [],
): ImportPreviewRow[] {
  return rows.map(rowPreviewer(fields, existing, recogniseValue, corrections, customCategories));
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
  corrections: ImportCorrections = new Map(),
  customCategories: readonly Category[] = [],
): Promise<ImportPreviewRow[] | null> {
  const preview = rowPreviewer(fields, existing, recogniseValue, corrections, customCategories);
  const result: ImportPreviewRow[] = [];
  for (let start = 0; start < rows.length; start += PREVIEW_STEP_ROWS) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (isCancelled()) return null;
    rows.slice(start, start + PREVIEW_STEP_ROWS).forEach((row, offset) => result.push(preview(row, start + offset)));
    onProgress(Math.min(1, (start + PREVIEW_STEP_ROWS) / rows.length));
  }
  return result;
}

/** Previews rows in order: a row repeating an earlier one of the file is a duplicate, merged into it. */
function rowPreviewer(
  fields: ReadonlyArray<ImportField | ''>,
  existing: readonly Stakeholder[],
  recogniseValue: ValueRecogniser,
  corrections: ImportCorrections,
  customCategories: readonly Category[],
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
  // A cell naming a category exactly (the organisation's own too), else a guess from its words.
  const categoryNamed = remembered((text) => namedCategory(text, customCategories));
  const categoryGuessed = remembered((text) => categoryFromKeywords(text));
  const categoryByName = remembered((name) => categoryFromKeywords(name));
  const sectorByKeyword = remembered((text) => recogniseSector(text));
  const recognisers: StakeholderRecognisers = {
    enumValue: (kind, text) => enumValue(text, kind),
    region: (text) => regionOf(text),
    province: (text, region) => provinceOf(text, region ?? ''),
    // The recognisers' type names the default ids only; a category of the organisation's is as good.
    category: (text) => (categoryNamed(text) ?? categoryGuessed(text)) as DefaultCategoryId | null,
    categoryFromName: (name) => categoryByName(name),
    sectorFromKeywords: (text) => sectorByKeyword(text),
    sectorOfCategory: (categoryId) => defaultSector(categoryId, customCategories),
  };
  const columnOf = new Map<ImportField, number>();
  fields.forEach((field, column) => field && !columnOf.has(field) && columnOf.set(field, column));
  const byId = new Map(existing.map((stakeholder) => [stakeholder.id, stakeholder]));
  const byKey = new Map(existing.map((stakeholder) => [matchKey(stakeholder.name, stakeholder.region), stakeholder]));
  const similar = similarStakeholderIndex(existing);
  // Rows of the file naming the same body (accents, case, punctuation, word order and
  // abbreviations aside) merge into the first of them.
  const seenInFile = new Map<
    string,
    { row: ImportPreviewRow; said: SaidFields; build: (said: SaidFields) => unknown }
  >();
  const importedColumns = new Set(columnOf.values());
  const readCells = rowReader(columnOf, recognisers);
  const today = localIsoDate();
  return (plainOrSheetRow, index) => {
    const row = asSheetRow(plainOrSheetRow, index);
    const rowNumber = row.number;
    // Each imported cell read once: a cell longer than its field takes is held cut, and said.
    const overLimit: CellOverLimit[] = [];
    const texts = new Map<ImportField, string>();
    for (const [field, column] of columnOf) {
      const text = restoreNeutralised(importedText(row.cells[column] ?? '', TEXT_KEPT_AS_WRITTEN.has(field)));
      const length = row.fullLengths?.find(([cutColumn]) => cutColumn === column)?.[1] ?? text.length;
      const limit = IMPORT_FIELD_MAX_LENGTH[field];
      if (length > limit) overLimit.push({ column, field, length, limit });
      texts.set(field, length > limit ? cutToLimit(text, limit, true) : text);
    }
    const corrected = [...(corrections.get(rowNumber) ?? [])].filter(([field]) => columnOf.has(field));
    for (const [field, text] of corrected)
      texts.set(field, importedText(text, TEXT_KEPT_AS_WRITTEN.has(field)).slice(0, IMPORT_FIELD_MAX_LENGTH[field]));
    const roundedNumbers = (row.roundedColumns ?? [])
      .filter((column) => importedColumns.has(column))
      .map((column) => ({ column, text: row.cells[column] ?? '' }));
    const cellNotes = (row.cellNotes ?? [])
      .filter((note) => importedColumns.has(note.column))
      .map((note) => ({ ...note, text: row.cells[note.column] ?? '' }));
    const categoryText = texts.get('category') ?? '';
    const isCategoryGuessed = categoryText !== '' && categoryNamed(categoryText) === null;
    const { read, person, reasons, leftOut } = readCells(texts);
    const contactText = texts.get(LAST_CONTACT_FIELD) ?? '';
    const contactDay = contactText ? readContactDate(contactText) : null;
    // Refused after the user's today, as the action form refuses a follow-up done after it.
    const lastContact = contactDay !== null && contactDay <= today ? contactDay : null;
    if (contactText && !lastContact)
      leftOut.push({
        field: LAST_CONTACT_FIELD,
        column: columnOf.get(LAST_CONTACT_FIELD)!,
        reason: contactDay ? 'contact-in-future' : 'invalid-date',
        text: contactText,
      });
    const notes = {
      overLimit,
      roundedNumbers,
      ...(cellNotes.length > 0 && { cellNotes }),
      ...(leftOut.length > 0 && { leftOut }),
      ...(corrected.length > 0 && { corrected: corrected.map(([field]) => field) }),
      ...(lastContact && { lastContact }),
    };
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
    const similarMatches = existingMatch ? [] : similar.find(name, region);
    // A match keeps what we know and takes only what the sheet actually says.
    const { id: _namedId, programmes: _namedProgrammes, ...saidInCells } = read.said;
    // A category guessed from a cell's words (naming none of Trama's, or the organisation's,
    // exactly) may fill in a new stakeholder, shown in the preview, but never changes the one a
    // row updates: left out, and said, as an unknown level is. A cell whose words name no
    // category is left out by its column (stakeholderColumns.ts) for a new stakeholder too.
    const keepsCategory = existingMatch !== undefined && isCategoryGuessed;
    // A cell naming the category the stakeholder is in keeps it, though a default one has the
    // same label (the organisation's "Ospedale" read back from its own export).
    const existingCategory =
      existingMatch &&
      [...DEFAULT_CATEGORIES, ...customCategories].find(
        ({ id: categoryId }) => categoryId === existingMatch.categoryId,
      );
    const namesItsOwn = existingCategory !== undefined && namesCategory(categoryText, existingCategory);
    const { categoryId: _guessedCategory, ...saidWithoutCategory } = saidInCells;
    const said: SaidFields = keepsCategory || namesItsOwn ? saidWithoutCategory : saidInCells;
    if (keepsCategory) {
      // A cell naming no category at all was left out already, said as a new stakeholder's guess.
      const unrecognised = leftOut.findIndex((cell) => cell.field === 'category');
      const cell: LeftOutCell = {
        field: 'category',
        column: columnOf.get('category')!,
        reason: 'unknown-category',
        text: categoryText,
      };
      if (unrecognised >= 0) leftOut[unrecognised] = cell;
      else leftOut.push(cell);
      notes.leftOut = leftOut;
    }
    const build = (saidNow: SaidFields): StakeholderInput =>
      existingMatch
        ? { ...existingMatch, ...saidNow, tags: [...new Set([...existingMatch.tags, ...(saidNow.tags ?? [])])] }
        : { ...fields, ...saidNow, programmeIds: [] };
    const stakeholder = build(said);
    const checked = stakeholderInputSchema.safeParse(stakeholder);
    if (!checked.success) return refused([...new Set(checked.error.issues.map((issue) => issue.message))]);
    // The import writes the contact person through its schema: a row it would refuse is refused here.
    const checkedContact = contact ? contactCheck.safeParse(contact) : null;
    if (checkedContact && !checkedContact.success)
      return refused([...new Set(checkedContact.error.issues.map((issue) => issue.message))]);
    const named = programmes.length > 0 ? { programmes } : {};

    // A row that names its record by id (a file Trama wrote) is that record: rows of two
    // different ids are two records, however alike their names; rows without ids merge by name.
    // Rows reaching the same stakeholder Trama has (one by its id, another by its name) are
    // one record too: written apart, the later would undo what the earlier changed.
    const keys = [
      id ? `id|${id}` : inFileKey(name, region),
      ...(existingMatch ? [`existing|${existingMatch.id}`] : []),
    ];
    const earlier = keys.map((key) => seenInFile.get(key)).find((found) => found !== undefined);
    if (earlier) {
      const merged = mergeIntoEarlier(earlier, { said, contact, programmes, lastContact, rowNumber });
      return {
        rowNumber,
        name,
        status: 'duplicate',
        reasons: merged ? ['duplicate-in-file'] : ['duplicate-in-file', 'duplicate-not-merged'],
        stakeholder: null,
        existingId: null,
        contact,
        ...notes,
        ...named,
        ...(merged && { mergedInto: earlier.row.rowNumber }),
      };
    }
    const status = existingMatch ? 'update' : similarMatches.length > 0 ? 'similar' : 'new';
    const previewed: ImportPreviewRow = {
      ...notes,
      rowNumber,
      name,
      status,
      reasons: existingMatch ? [byId.has(id) ? 'matches-id' : 'matches-existing'] : [],
      stakeholder,
      existingId: existingMatch?.id ?? null,
      contact,
      ...named,
      // What the row says is kept for merges made later: into a similar stakeholder, or of
      // two rows that reach the same one (importChoices.ts).
      ...(status !== 'new' && { said }),
      ...(status === 'similar' && { similar: similarMatches }),
    };
    const seen = { row: previewed, said, build };
    for (const key of keys) seenInFile.set(key, seen);
    return previewed;
  };
}
