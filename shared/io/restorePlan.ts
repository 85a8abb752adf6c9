import { CONTACT_ID_LISTS, ERASED_CONTACTS_META_KEY, PERSON_TABLE } from '../domain/personalData';
import { formerAttendeesOf, withFormerAttendees, type Training } from '../domain/training';
import { backupRecordKey, isInstallationMetaKey, type BackupTableName, type BackupTables } from './backup';
import { redactErasedMentions, type ErasedMentions } from './erasedMentions';
import {
  stakeholdersLacked,
  withoutMissingStakeholders,
  withoutStakeholders,
  type WithoutMissingStakeholders,
} from './restoreMissingStakeholders';

// What a restore writes, decided before anything is written: the backup's records without
// this installation's bookkeeping, and without the contact persons erased here on request
// (unless the user chose to bring them back): their records, their ids in every list of
// contact ids, and their mentions in free text (erasedMentions.ts); and without the records
// that point at stakeholders the backup lacks, unless a merge keeps them here
// (restoreMissingStakeholders.ts).

/** The ids listed as erased in a meta table (a backup's or this database's); [] when none. */
export function erasedContactIdsIn(meta: BackupTables['meta']): string[] {
  const value = meta.find((row) => row.key === ERASED_CONTACTS_META_KEY)?.value;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** The backup's contacts whose ids are recorded as erased, here or in the backup itself. */
export function erasedContactsInBackup(tables: BackupTables, erasedHere: Iterable<string>): string[] {
  const erased = new Set([...erasedHere, ...erasedContactIdsIn(tables.meta)]);
  return erased.size === 0
    ? []
    : tables.contacts.filter((contact) => erased.has(contact.id)).map((contact) => contact.id);
}

/** The erased contacts a restore leaves out, and their mentions replaced in the records it writes. */
export interface LeftOutContacts extends ErasedMentions {
  contactIds: string[];
}

export const NOTHING_LEFT_OUT: LeftOutContacts = {
  contactIds: [],
  records: [],
  mentionsReplaced: 0,
  recordsLeftAsTheyAre: 0,
};

/** Takes seconds for a large backup with erased contacts: the preview does it in the worker, and the restore reuses it. */
export function planLeftOutContacts(
  tables: BackupTables,
  contactIds: readonly string[],
  marker: string,
): LeftOutContacts {
  if (contactIds.length === 0) return NOTHING_LEFT_OUT;
  return { contactIds: [...contactIds], ...redactErasedMentions(tables, new Set(contactIds), marker) };
}

export function isPlanFor(plan: LeftOutContacts, contactIds: readonly string[]): boolean {
  const planned = new Set(plan.contactIds);
  return planned.size === new Set(contactIds).size && contactIds.every((id) => planned.has(id));
}

type Row = Record<string, unknown>;

/** Every list of contact ids the registry names is a top-level `field[]` (a test checks it). */
const ID_LIST_FIELDS = CONTACT_ID_LISTS.map(({ table, path }) => ({
  table: table as BackupTableName,
  field: path.slice(0, -2),
}));

function withoutIds(row: Row, field: string, ids: ReadonlySet<string>): Row {
  const list = Object.hasOwn(row, field) ? row[field] : undefined;
  if (!Array.isArray(list) || !list.some((id) => ids.has(id))) return row;
  return { ...row, [field]: list.filter((id) => !ids.has(id)) };
}

/** The tables as a restore writes them; the backup itself is not changed. */
export function tablesToRestore(tables: BackupTables, leftOut: LeftOutContacts = NOTHING_LEFT_OUT): BackupTables {
  return planRestore(tables, leftOut).tables;
}

/**
 * The tables as a restore writes them, and what it leaves out of them because they point at
 * stakeholders the backup lacks (restoreMissingStakeholders.ts), for the preview to say.
 * `heldHere`: in a merge, the stakeholders this database holds (they stay).
 */
export function planRestore(
  tables: BackupTables,
  leftOut: LeftOutContacts = NOTHING_LEFT_OUT,
  heldHere?: ReadonlySet<string>,
): WithoutMissingStakeholders {
  return withoutMissingStakeholders(withoutErasedContacts(tables, leftOut), heldHere);
}

export interface PreparedRestore {
  /** The stakeholders the records to restore point at and the backup lacks. */
  lacked: ReadonlySet<string>;
  /** The plan, counting the `heldHere` among them as present (a merge); none by default (a replace). */
  plan(heldHere?: ReadonlySet<string>): WithoutMissingStakeholders;
}

/**
 * planRestore in two steps, for a caller that looks up which lacked stakeholders it holds
 * before planning (the restore, in its transaction; the preview, for both modes): the records
 * are searched for stakeholders once, however many plans follow.
 */
export function prepareRestore(tables: BackupTables, leftOut: LeftOutContacts = NOTHING_LEFT_OUT): PreparedRestore {
  const kept = withoutErasedContacts(tables, leftOut);
  const lacked = stakeholdersLacked(kept);
  return {
    lacked,
    plan: (heldHere) =>
      withoutStakeholders(kept, heldHere ? new Set([...lacked].filter((id) => !heldHere.has(id))) : lacked),
  };
}

function withoutErasedContacts(tables: BackupTables, leftOut: LeftOutContacts): BackupTables {
  const meta = tables.meta.filter((row) => !isInstallationMetaKey(row.key));
  if (leftOut.contactIds.length === 0) return { ...tables, meta };
  const ids = new Set(leftOut.contactIds);
  const restored: Record<string, Row[]> = {
    ...tables,
    meta,
    [PERSON_TABLE]: tables.contacts.filter((contact) => !ids.has(contact.id)),
  };
  const redactedByTable = new Map<string, Map<string, Row>>();
  for (const { table, key, record } of leftOut.records) {
    const byKey = redactedByTable.get(table) ?? new Map<string, Row>();
    redactedByTable.set(table, byKey.set(key, record));
  }
  for (const [table, byKey] of redactedByTable)
    restored[table] = restored[table]!.map(
      (row) => byKey.get(backupRecordKey(table as BackupTableName, row) ?? '') ?? row,
    );
  // An erased trainee stays counted among the people trained, as the erasure left them here
  // (an anonymous entry on each training: cascade.ts); one token per person across trainings.
  const leftOutContacts = tables.contacts.filter((contact) => ids.has(contact.id));
  const tally = formerAttendeesOf(leftOutContacts, tables.stakeholders, new Map());
  restored.trainings = restored.trainings!.map((row) => {
    const training = row as unknown as Training;
    const added = training.attendeeIds.flatMap((id) => tally.get(id) ?? []);
    return withFormerAttendees(training, added) as unknown as Row;
  });
  for (const { table, field } of ID_LIST_FIELDS)
    restored[table] = restored[table]!.map((row) => withoutIds(row, field, ids));
  return restored as unknown as BackupTables;
}

/**
 * The erased-contacts record after a restore: this database's list with the backup's added,
 * less the people the user chose to bring back (restoring them anyway undoes their erasure,
 * so later restores do not warn about people who are here).
 */
export function mergedErasedContactIds(
  local: readonly string[],
  backupMeta: BackupTables['meta'],
  broughtBack: ReadonlySet<string> = new Set(),
): string[] {
  return [...new Set([...local, ...erasedContactIdsIn(backupMeta)])].filter((id) => !broughtBack.has(id)).sort();
}
