import { ERASED_CONTACTS_KEY, isInstallationMetaKey, type BackupTables } from './backup';

// What a restore writes, decided before anything is written: the backup's records without
// this installation's bookkeeping, and without the contact persons erased here on request
// (unless the user chose to bring them back), references to them included.

/** The ids listed as erased in a meta table (a backup's or this database's); [] when none. */
export function erasedContactIdsIn(meta: BackupTables['meta']): string[] {
  const value = meta.find((row) => row.key === ERASED_CONTACTS_KEY)?.value;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** The backup's contacts whose ids are recorded as erased, here or in the backup itself. */
export function erasedContactsInBackup(tables: BackupTables, erasedHere: Iterable<string>): string[] {
  const erased = new Set([...erasedHere, ...erasedContactIdsIn(tables.meta)]);
  return erased.size === 0 ? [] : tables.contacts.filter((contact) => erased.has(contact.id)).map((contact) => contact.id);
}

/** The tables as a restore writes them; the backup itself is not changed. */
export function tablesToRestore(tables: BackupTables, leftOutContactIds: ReadonlySet<string>): BackupTables {
  const meta = tables.meta.filter((row) => !isInstallationMetaKey(row.key));
  if (leftOutContactIds.size === 0) return { ...tables, meta };
  return {
    ...tables,
    meta,
    contacts: tables.contacts.filter((contact) => !leftOutContactIds.has(contact.id)),
    actions: tables.actions.map((action) =>
      action.participantIds.some((id) => leftOutContactIds.has(id)) ? { ...action, participantIds: action.participantIds.filter((id) => !leftOutContactIds.has(id)) } : action,
    ),
  };
}

/** The erased-contacts record after a restore: this database's list with the backup's added. */
export function mergedErasedContactIds(local: readonly string[], backupMeta: BackupTables['meta']): string[] {
  return [...new Set([...local, ...erasedContactIdsIn(backupMeta)])].sort();
}
