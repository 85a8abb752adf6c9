import type { Stakeholder, StakeholderInput } from '../domain/stakeholder';
import type { StakeholderDraft } from './columns/stakeholderColumns';

// Merging what a file says into a stakeholder, field by field. Two rows of one file naming
// the same body join into the first: its values stay, its empty fields are filled from the
// later row, notes are joined and tags put together. A row similar to a stakeholder Trama has
// is merged by the user's choice per field: keep Trama's value, take the file's, or (notes)
// keep both; by default Trama's filled values stay and its empty ones are filled.

/** What a row's filled cells say, without the fields the import handles on its own. */
export type SaidFields = Partial<Omit<StakeholderDraft, 'id' | 'programmes'>>;
export type MergeField = keyof SaidFields;
export type FieldChoice = 'existing' | 'file' | 'both';

const NOTES_SEPARATOR = '\n\n';

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

export const joinNotes = (first: string, second: string): string =>
  !first ? second : !second || first.includes(second) ? first : `${first}${NOTES_SEPARATOR}${second}`;

const union = (first: readonly string[] = [], second: readonly string[] = []) => [...new Set([...first, ...second])];

/** A later row of the file said into an earlier one's: filled values stay, notes join, tags add up. */
export function combineSaid(earlier: SaidFields, later: SaidFields): SaidFields {
  const combined: SaidFields = { ...earlier };
  for (const key of Object.keys(later) as MergeField[]) {
    if (key === 'notes') combined.notes = joinNotes(earlier.notes ?? '', later.notes ?? '');
    else if (key === 'tags') combined.tags = union(earlier.tags, later.tags);
    else if (isEmpty(earlier[key])) Object.assign(combined, { [key]: later[key] });
  }
  return combined;
}

export interface FieldDifference {
  field: MergeField;
  existing: unknown;
  file: unknown;
  /** What the merge does unless the user chooses otherwise. */
  defaultChoice: FieldChoice;
}

/** The fields where the file says something other than what Trama has, each with its default choice. */
export function fieldDifferences(existing: Stakeholder, said: SaidFields): FieldDifference[] {
  return (Object.keys(said) as MergeField[]).flatMap((field) => {
    const [now, file] = [existing[field], said[field]];
    if (isEmpty(file) || JSON.stringify(now) === JSON.stringify(file)) return [];
    if (field === 'tags' && (file as string[]).every((tag) => (now as string[]).includes(tag))) return [];
    if (field === 'notes' && (now as string).includes(file as string)) return [];
    const defaultChoice: FieldChoice = isEmpty(now)
      ? 'file'
      : field === 'notes' || field === 'tags'
        ? 'both'
        : 'existing';
    return [{ field, existing: now, file, defaultChoice }];
  });
}

/** The stakeholder after the merge: each differing field as chosen (default when not chosen). */
export function mergedStakeholder(
  existing: Stakeholder,
  said: SaidFields,
  choices: Readonly<Partial<Record<MergeField, FieldChoice>>> = {},
): { stakeholder: StakeholderInput; takenFromFile: number } {
  const merged: StakeholderInput = { ...existing };
  let takenFromFile = 0;
  for (const difference of fieldDifferences(existing, said)) {
    const choice = choices[difference.field] ?? difference.defaultChoice;
    if (choice === 'existing') continue;
    takenFromFile += 1;
    const { field, file } = difference;
    if (choice === 'both' && field === 'notes') merged.notes = joinNotes(existing.notes, file as string);
    else if (choice === 'both' && field === 'tags') merged.tags = union(existing.tags, file as string[]);
    else Object.assign(merged, { [field]: file });
  }
  // A region taken from the file takes the file's province with it, or none: a province of another region is refused.
  if (merged.region !== existing.region && merged.province === existing.province) merged.province = said.province ?? '';
  return { stakeholder: merged, takenFromFile };
}
