import { foldForMatching, type RegionId } from '../domain/regions';
import { nameWords } from '../domain/similarStakeholders';
import { stakeholderInputSchema, type StakeholderInput } from '../domain/stakeholder';
import { combineSaid, type SaidFields } from './importMerge';
import { matchKey, type ImportedContact, type ImportPreviewRow } from './importRows';

// Rows of one file naming the same body (accents, case, punctuation, word order and
// abbreviations aside) are merged into the first of them, as the preview reads them.

/** The key under which rows of one file name the same body: the name's words in any order, and the region. */
export function inFileKey(name: string, region: RegionId | null): string {
  const words = nameWords(name, region);
  return words.length > 0 ? `${[...words].sort().join(' ')}|${region ?? ''}` : matchKey(name, region);
}

/**
 * A later row of the file said into the earlier row naming the same body: its empty fields
 * filled, notes joined, contact persons and programmes kept. False when the merged row would
 * not pass the schema (notes joined past their limit): the later row is then left as it is.
 */
export function mergeIntoEarlier(
  earlier: { row: ImportPreviewRow; said: SaidFields; build: (said: SaidFields) => unknown },
  later: {
    said: SaidFields;
    contact: ImportedContact | null;
    programmes: string[];
    lastContact: string | null;
    rowNumber: number;
  },
): boolean {
  const said = combineSaid(earlier.said, later.said);
  const checked = stakeholderInputSchema.safeParse(earlier.build(said));
  if (!checked.success) return false;
  const { row } = earlier;
  earlier.said = said;
  row.stakeholder = earlier.build(said) as StakeholderInput;
  if (row.said) row.said = said;
  joinRowExtras(row, later);
  return true;
}

/**
 * What a later row brings besides its fields, joined into the row it merges into: its number,
 * its contact person (once per name), its programmes and the later of the two contact dates.
 * Assigns new arrays, never changes the old ones: a shallow copy of `row` may be passed.
 */
export function joinRowExtras(
  row: ImportPreviewRow,
  later: {
    contact: ImportedContact | null;
    extraContacts?: readonly ImportedContact[];
    programmes?: readonly string[];
    lastContact?: string | null;
    rowNumber: number;
    mergedRows?: readonly number[];
  },
): void {
  row.mergedRows = [...(row.mergedRows ?? []), later.rowNumber, ...(later.mergedRows ?? [])];
  for (const person of [later.contact, ...(later.extraContacts ?? [])]) {
    if (!person) continue;
    const knownPeople = [row.contact, ...(row.extraContacts ?? [])].map(
      (known) => known && foldForMatching(known.name),
    );
    if (!row.contact) row.contact = person;
    else if (!knownPeople.includes(foldForMatching(person.name)))
      row.extraContacts = [...(row.extraContacts ?? []), person];
  }
  if (later.programmes && later.programmes.length > 0)
    row.programmes = [...new Set([...(row.programmes ?? []), ...later.programmes])];
  if (later.lastContact && (!row.lastContact || later.lastContact > row.lastContact))
    row.lastContact = later.lastContact;
}
