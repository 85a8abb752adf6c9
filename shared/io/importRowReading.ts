import type { ImportedContact } from './columns/contactColumns';
import { readRecord, type RecordReading } from './columns/readRecord';
import type { StakeholderDraft, StakeholderRecognisers } from './columns/stakeholderColumns';
import { CONTACT_IMPORTS, STAKEHOLDER_IMPORTS, type ImportField } from './importFields';
import type { LeftOutCell } from './importRows';

// One row's cells read into a stakeholder and its contact person. A cell its field refuses
// (an email that is no email, a website that is no address) is left out, and named, when the
// rest of the row reads without it: one bad cell no longer costs the whole row. The name and
// the region are never left out: without them the row is not the same body.

export const STAKEHOLDER_READINGS = STAKEHOLDER_IMPORTS.map((column) => column.reading);
export const CONTACT_READINGS = CONTACT_IMPORTS.map((column) => column.reading);

const KEPT_WHOLE: ReadonlySet<ImportField> = new Set<ImportField>(['name', 'region']);

export interface RowReading {
  read: RecordReading<StakeholderDraft>;
  person: RecordReading<ImportedContact>;
  /** Why the row cannot be imported, with the left-out cells already taken away. */
  reasons: string[];
  leftOut: LeftOutCell[];
}

export function rowReader(
  columnOf: ReadonlyMap<ImportField, number>,
  recognisers: StakeholderRecognisers,
): (texts: ReadonlyMap<ImportField, string>) => RowReading {
  return (texts) => {
    const readWithout = (blank: ReadonlySet<ImportField>) => {
      const cell = (field: string) => (blank.has(field as ImportField) ? '' : (texts.get(field as ImportField) ?? ''));
      const read = readRecord(STAKEHOLDER_READINGS, cell, recognisers);
      const person = readRecord(CONTACT_READINGS, cell, null);
      return { read, person, reasons: [...new Set([...read.reasons, ...person.reasons])] };
    };
    const whole = readWithout(new Set());
    if (whole.reasons.length === 0) return { ...whole, leftOut: [] };
    // Only rows with a refused cell pay for reading again, once per filled cell.
    const leftOut: LeftOutCell[] = [];
    for (const [field, column] of columnOf) {
      const text = texts.get(field) ?? '';
      if (!text || KEPT_WHOLE.has(field)) continue;
      const without = readWithout(new Set([field]));
      const reason = whole.reasons.find((candidate) => !without.reasons.includes(candidate));
      if (reason) leftOut.push({ field, column, reason, text });
    }
    if (leftOut.length === 0) return { ...whole, leftOut };
    const rest = readWithout(new Set(leftOut.map((cell) => cell.field)));
    return rest.reasons.length === 0 ? { ...rest, leftOut } : { ...whole, leftOut: [] };
  };
}
