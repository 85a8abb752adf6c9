import { advocacyActionInputSchema, type AdvocacyAction } from '../../shared/domain/action';
import type { ImportedContact, ImportPreviewRow } from '../../shared/io/importPreview';
import { newRecordBase } from './timestamps';

// What an import row brings besides its stakeholder and first contact person: the contact
// persons of the rows of the file merged into it, and the date of the last contact, which
// Trama keeps as a done action of kind 'call-or-email' addressed to the stakeholder (the
// stakeholder's last contact date is read from its done actions, shared/analysis/followUps.ts).
// importStakeholders writes them in its one transaction.

/** Every contact person a row holds: its own, then those of the rows merged into it. */
export const contactPersonsOf = (row: Pick<ImportPreviewRow, 'contact' | 'extraContacts'>): ImportedContact[] => [
  ...(row.contact ? [row.contact] : []),
  ...(row.extraContacts ?? []),
];

/**
 * The dated contact of an imported row, as a done action addressed to its stakeholder;
 * null when the row has no last contact. `title` is written in the interface's language.
 */
export function contactEntryOf(
  row: Pick<ImportPreviewRow, 'lastContact'>,
  stakeholder: { id: string; region: AdvocacyAction['regions'][number] | null },
  title: string,
): AdvocacyAction | null {
  if (!row.lastContact) return null;
  const fields = advocacyActionInputSchema.parse({
    title,
    kind: 'call-or-email',
    date: row.lastContact,
    regions: stakeholder.region ? [stakeholder.region] : [],
    targetIds: [stakeholder.id],
    status: 'done',
  });
  return { ...newRecordBase(), ...fields };
}
