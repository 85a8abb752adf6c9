import type { AdvocacyAction } from '../../shared/domain/action';
import { contactInputSchema, type Contact } from '../../shared/domain/contact';
import { programmeFieldsSchema } from '../../shared/domain/organisation';
import { foldForMatching } from '../../shared/domain/regions';
import { stakeholderInputSchema, type Stakeholder } from '../../shared/domain/stakeholder';
import type { ImportPreviewRow } from '../../shared/io/importPreview';
import { planProgrammes, type ProgrammeRowPreview } from '../../shared/io/programmeImport';
import type { TramaDatabase } from './db';
import { contactEntryOf, contactPersonsOf } from './importContactEntries';
import { newRecordBase, nowIso } from './timestamps';
import { emptyChange, recordBefore, recordCreated, type UndoableChange } from './undo';

// Writes the rows the user kept from an import preview: all of them or none (one
// transaction), and undoable as one change. The programmes the file brings (its programmes
// sheet, the names in the stakeholders' programme column) are added in the same transaction
// and linked; the plan is made again inside it, against the programmes Trama has then.

export interface ImportResult {
  created: number;
  updated: number;
  contacts: number;
  /** Programmes added. */
  programmes: number;
  change: UndoableChange;
}

const CHUNK = 2_000;
/** Share of the progress bar for checking the rows, before anything is written. */
const CHECKING_SHARE = 0.3;

type CheckedFields = ReturnType<typeof stakeholderInputSchema.parse>;

/**
 * Every kept row's fields checked against the schema, CHUNK rows at a time with a pause in
 * between so that the page stays responsive. Done before the transaction opens: an
 * IndexedDB transaction with nothing to do while the page pauses would commit early.
 */
async function checkedFields(
  rows: readonly ImportPreviewRow[],
  onProgress?: (share: number) => void,
): Promise<CheckedFields[]> {
  const fields: CheckedFields[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const row of rows.slice(start, start + CHUNK)) fields.push(stakeholderInputSchema.parse(row.stakeholder));
    onProgress?.(CHECKING_SHARE * Math.min(1, (start + CHUNK) / rows.length));
  }
  return fields;
}

export async function importStakeholders(
  db: TramaDatabase,
  rows: readonly ImportPreviewRow[],
  onProgress?: (share: number) => void,
  programmeSheet: readonly ProgrammeRowPreview[] = [],
  /** The title of the dated contact a "last contact" column brings, in the interface's language. */
  contactTitle = 'Last contact (import)',
): Promise<ImportResult> {
  const kept = rows.filter((row) => (row.status === 'new' || row.status === 'update') && row.stakeholder !== null);
  const keptFields = await checkedFields(kept, onProgress);
  return db.transaction('rw', [db.stakeholders, db.contacts, db.programmes, db.actions], async () => {
    const change = emptyChange();
    const now = nowIso();
    const programmes = planProgrammes(
      programmeSheet,
      kept.map((row) => row.programmes ?? []),
      await db.programmes.toArray(),
    );
    const newProgrammes = programmes.toCreate.map((programme) => ({
      ...newRecordBase(),
      ...programmeFieldsSchema.parse(programme),
      id: programme.id,
    }));
    await db.programmes.bulkAdd(newProgrammes);
    recordCreated(
      change,
      'programmes',
      newProgrammes.map((programme) => programme.id),
    );
    const existingIds = kept.map((row) => row.existingId).filter((id): id is string => id !== null);
    const existing = new Map(
      (await db.stakeholders.bulkGet(existingIds))
        .filter((row): row is Stakeholder => row !== undefined)
        .map((row) => [row.id, row]),
    );
    const stakeholders: Stakeholder[] = [];
    const updatedBefore: Stakeholder[] = [];
    const contacts: Contact[] = [];
    const contactEntries: AdvocacyAction[] = [];
    // The contact persons of every stakeholder updated, in one read (not one per row).
    const knownContactNames = new Map<string, Set<string>>([...existing.keys()].map((id) => [id, new Set<string>()]));
    if (existing.size > 0)
      for (const contact of await db.contacts
        .where('stakeholderId')
        .anyOf([...existing.keys()])
        .toArray())
        knownContactNames.get(contact.stakeholderId)?.add(foldForMatching(contact.name));
    for (const [index, row] of kept.entries()) {
      const named = programmes.idsOf(row.programmes ?? []);
      const fields =
        named.length > 0
          ? { ...keptFields[index]!, programmeIds: [...new Set([...keptFields[index]!.programmeIds, ...named])] }
          : keptFields[index]!;
      const before = row.existingId ? existing.get(row.existingId) : undefined;
      if (row.existingId && !before)
        throw new Error(`Stakeholder ${row.existingId} changed while importing; nothing was imported.`);
      const stakeholder: Stakeholder = before
        ? { ...before, ...fields, updatedAt: now }
        : { ...newRecordBase(), ...fields };
      stakeholders.push(stakeholder);
      if (before) updatedBefore.push(before);
      else recordCreated(change, 'stakeholders', [stakeholder.id]);
      const entry = contactEntryOf(row, stakeholder, contactTitle);
      if (entry) contactEntries.push(entry);
      const names = knownContactNames.get(stakeholder.id) ?? new Set<string>();
      // Its own contact person, then those of the file's rows merged into it.
      for (const person of contactPersonsOf(row)) {
        if (names.has(foldForMatching(person.name))) continue;
        names.add(foldForMatching(person.name));
        knownContactNames.set(stakeholder.id, names);
        const contactFields = contactInputSchema.parse({
          ...person,
          stakeholderId: stakeholder.id,
          isPrimary: names.size === 1,
        });
        contacts.push({ ...newRecordBase(), ...contactFields });
      }
    }
    // Recorded together: Undo reads the records they point at once, not once per row.
    recordBefore(change, 'stakeholders', updatedBefore);
    // New stakeholders are added, not put: nothing is there to read first (the history
    // middleware reads what a put overwrites, historyMiddleware.ts), which was 2,000 reads
    // per chunk of an import of new rows.
    const updatedIds = new Set(updatedBefore.map((before) => before.id));
    const added = stakeholders.filter((stakeholder) => !updatedIds.has(stakeholder.id));
    const updated = stakeholders.filter((stakeholder) => updatedIds.has(stakeholder.id));
    let written = 0;
    for (const [rows, write] of [
      [added, (chunk: Stakeholder[]) => db.stakeholders.bulkAdd(chunk)],
      [updated, (chunk: Stakeholder[]) => db.stakeholders.bulkPut(chunk)],
    ] as const)
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await write(chunk);
        written += chunk.length;
        onProgress?.(CHECKING_SHARE + (1 - CHECKING_SHARE) * (written / stakeholders.length));
      }
    await db.contacts.bulkAdd(contacts);
    recordCreated(
      change,
      'contacts',
      contacts.map((contact) => contact.id),
    );
    await db.actions.bulkAdd(contactEntries);
    recordCreated(
      change,
      'actions',
      contactEntries.map((action) => action.id),
    );
    return {
      created: stakeholders.length - existing.size,
      updated: existing.size,
      contacts: contacts.length,
      programmes: newProgrammes.length,
      change,
    };
  });
}
