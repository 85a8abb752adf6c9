import { newId } from '../domain/common';
import { programmeFieldsSchema, type Programme } from '../domain/organisation';
import { foldForMatching } from '../domain/regions';
import { restoreNeutralised } from './cells';
import { isComplete, readRecord } from './columns/readRecord';
import { asSheetRow, importedText, type SheetRow } from './importCells';
import { PROGRAMME_IMPORTS, guessFields } from './importFields';

// Programmes come back in with the workbook they went out in: the programmes sheet is read
// (a programme Trama has, by id or by name, is kept as it is; the others are added), and the
// names in the stakeholders' programme column are linked to them. A name that no programme
// has becomes a new programme too, said in the preview before anything is written.

export type ProgrammeRowStatus = 'new' | 'existing' | 'duplicate' | 'error';

export interface ProgrammeRowPreview {
  rowNumber: number;
  name: string;
  status: ProgrammeRowStatus;
  /** Reason codes of an 'error' row, e.g. 'missing-name', 'cell-too-long'. */
  reasons: string[];
  programme: ProgrammeFields | null;
  /** The programme Trama has that an 'existing' row is. */
  existingId: string | null;
}

export type ProgrammeFields = ReturnType<typeof programmeFieldsSchema.parse>;
type KnownProgramme = Pick<Programme, 'id' | 'name' | 'shortName'>;

const READINGS = PROGRAMME_IMPORTS.map((column) => column.reading);
const MAX_LENGTH: ReadonlyMap<string, number> = new Map(
  PROGRAMME_IMPORTS.map((column) => [column.field, column.reading.maxLength]),
);
const LONGEST_NAME = MAX_LENGTH.get('name') ?? 0;

/** Whether a sheet is a programmes sheet as the export writes it: every header a programme's column, its name and description among them. */
export function isProgrammeSheet(header: readonly string[]): boolean {
  const fields = guessFields(header, PROGRAMME_IMPORTS);
  return (
    fields.includes('name') &&
    fields.includes('description') &&
    header.every((text, column) => text.trim() === '' || fields[column] !== '')
  );
}

/** What importing each row of a programmes sheet would do. */
export function previewProgrammeSheet(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[] | SheetRow>,
  existing: readonly Programme[],
): ProgrammeRowPreview[] {
  const columnOf = new Map<string, number>();
  guessFields(header, PROGRAMME_IMPORTS).forEach((field, column) => field && columnOf.set(field, column));
  const byId = new Map(existing.map((programme) => [programme.id, programme.id]));
  const byName = new Map(existing.map((programme) => [foldForMatching(programme.name), programme.id]));
  const seenInFile = new Set<string>();
  return rows.map((plainOrSheetRow, index) => {
    const row = asSheetRow(plainOrSheetRow, index);
    const tooLong = new Set<string>();
    const cell = (field: string) => {
      const column = columnOf.get(field);
      if (column === undefined) return '';
      // A description is kept as written, as a stakeholder's notes are (importedText).
      const text = restoreNeutralised(importedText(row.cells[column] ?? '', field === 'description'));
      const length = row.fullLengths?.find(([cutColumn]) => cutColumn === column)?.[1] ?? text.length;
      if (length > (MAX_LENGTH.get(field) ?? 0)) tooLong.add(field);
      return text;
    };
    const read = readRecord(READINGS, cell, null);
    const name = read.values.name ?? '';
    const reasons = [...read.reasons, ...(tooLong.size > 0 ? ['cell-too-long'] : [])];
    const checked =
      reasons.length === 0 && isComplete(read.values, READINGS) ? programmeFieldsSchema.safeParse(read.values) : null;
    if (!checked?.success) {
      const why = checked ? [...new Set(checked.error.issues.map((issue) => issue.message))] : reasons;
      return { rowNumber: row.number, name, status: 'error', reasons: why, programme: null, existingId: null };
    }
    const key = foldForMatching(checked.data.name);
    const existingId = byId.get(read.values.id ?? '') ?? byName.get(key) ?? null;
    const status = existingId ? 'existing' : seenInFile.has(key) ? 'duplicate' : 'new';
    seenInFile.add(key);
    return { rowNumber: row.number, name, status, reasons: [], programme: checked.data, existingId };
  });
}

export interface ProgrammePlan {
  /** Programmes to add: the file's new ones, then names in the stakeholders' column that no programme has. */
  toCreate: Array<ProgrammeFields & { id: string }>;
  /** Programmes of the file Trama already has (kept as they are). */
  existing: number;
  /** Rows of the programmes sheet that cannot be imported. */
  refused: ProgrammeRowPreview[];
  /** The ids of the programmes a stakeholder's cell names. */
  idsOf(names: readonly string[]): string[];
}

/**
 * What importing the programmes would do, given the programmes sheet's rows (none when the
 * file has no such sheet), the names the imported stakeholders' cells hold, and the
 * programmes Trama has. New programmes get their ids here.
 */
export function planProgrammes(
  sheet: readonly ProgrammeRowPreview[],
  cellNames: Iterable<readonly string[]>,
  existing: readonly KnownProgramme[],
): ProgrammePlan {
  const idByName = new Map<string, string>();
  const learn = (name: string, id: string) =>
    name && !idByName.has(foldForMatching(name)) && idByName.set(foldForMatching(name), id);
  existing.forEach((programme) => learn(programme.name, programme.id));
  existing.forEach((programme) => learn(programme.shortName, programme.id));
  const toCreate: ProgrammePlan['toCreate'] = [];
  const create = (programme: ProgrammeFields) => {
    const created = { ...programme, id: newId() };
    toCreate.push(created);
    learn(programme.name, created.id);
  };
  for (const row of sheet) {
    if (row.status === 'existing' && row.programme && row.existingId) learn(row.programme.name, row.existingId);
    if (row.status === 'new' && row.programme) create(row.programme);
  }
  toCreate.forEach((programme) => learn(programme.shortName, programme.id));
  const known = (name: string) => idByName.get(foldForMatching(name));
  for (const names of cellNames)
    for (const name of namesIn(names, known)) if (!known(name)) create({ name, shortName: '', description: '' });
  return {
    toCreate,
    existing: sheet.filter((row) => row.status === 'existing').length,
    refused: sheet.filter((row) => row.status === 'error'),
    idsOf: (names) => [...new Set(namesIn(names, known).flatMap((name) => known(name) ?? []))],
  };
}

/**
 * The programmes a cell names, from the parts between its separators: parts that together
 * make a known name are joined again (a name may hold "; "), and a part that is a list of
 * known names with commas is split. A joined name is at most as long as a name can be.
 */
function namesIn(parts: readonly string[], known: (name: string) => string | undefined): string[] {
  const names: string[] = [];
  for (let first = 0; first < parts.length;) {
    let longest = 0;
    let joined = parts[first] ?? '';
    for (let last = first + 1; last < parts.length && joined.length <= LONGEST_NAME; last += 1) {
      joined = `${joined}; ${parts[last] ?? ''}`;
      if (joined.length <= LONGEST_NAME && known(joined)) longest = last - first;
    }
    const part = parts[first] ?? '';
    const commaParts = part
      .split(',')
      .map((piece) => piece.trim())
      .filter(Boolean);
    if (longest > 0) names.push(parts.slice(first, first + longest + 1).join('; '));
    else if (!known(part) && commaParts.length > 1 && commaParts.every((piece) => known(piece)))
      names.push(...commaParts);
    else names.push(part);
    first += longest + 1;
  }
  return names;
}
