import { BACKUP_TABLE_NAMES, type BackupTables } from '../../shared/io/backup';

/**
 * Every table of a backup, each with no records, from the registry's list: tests spread their
 * own rows over it, so a table added to the registry needs no edit here or in them.
 */
export function emptyBackupTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((table) => [table, []])) as unknown as BackupTables;
}
