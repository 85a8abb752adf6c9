import type { Backup, BackupTables, ReadBackupText } from '../../shared/io/backup';
import type { DroppedMetaRow } from '../../shared/io/backupMeta';
import { diffBackup, type TableDiff } from '../../shared/io/restoreDiff';
import type { MissingStakeholders } from '../../shared/io/restoreMissingStakeholders';
import {
  erasedContactsInBackup,
  planLeftOutContacts,
  prepareRestore,
  type LeftOutContacts,
} from '../../shared/io/restorePlan';
import { readBackupTables } from './backup';
import type { TramaDatabase } from './db';
import { readErasedContactIds } from './erasedContacts';
import { holdsWork } from './holdsWork';

// What restoring a backup would do to this database, shown before anything is written.
// Runs in the backup worker (it reads every record and compares them all).

export interface RestorePreview {
  /** Per table, the backup compared with the records held here; erased contacts left out. */
  diffs: TableDiff[];
  /** The backup's contact persons erased here on request (ids, never names), and their mentions replaced. */
  leftOut: LeftOutContacts;
  /**
   * Records of the backup pointing at stakeholders neither it nor this database holds: left
   * out of a merge (the dialog's default, which the diffs show), or merged without that mention.
   */
  missingStakeholders: MissingStakeholders;
  /** The same for a replace, which keeps none of the stakeholders held here; absent: as in a merge. */
  missingStakeholdersIfReplaced?: MissingStakeholders;
  /** Whether the database holds anything beyond a new installation's defaults (holdsWork.ts). */
  holdsWork: boolean;
  /** The backup's meta rows that are not restored: unknown keys, values of the wrong shape or size. */
  droppedMeta: DroppedMetaRow[];
  /** Rows of tables this version no longer has (readBackupText), counted: they are not restored. */
  retiredRows: ReadBackupText['retiredRows'];
  /** Fields of the backup's records and tables this version does not know (readBackupText): not restored. */
  droppedFields: ReadBackupText['droppedFields'];
  unknownTables: ReadBackupText['unknownTables'];
}

export interface PreviewOptions {
  /** What replaces an erased person's name, email or phone in the text restored. */
  marker: string;
  droppedMeta?: DroppedMetaRow[];
  retiredRows?: ReadBackupText['retiredRows'];
  droppedFields?: ReadBackupText['droppedFields'];
  unknownTables?: ReadBackupText['unknownTables'];
  /** The database's tables, when their reading was started before (readBackupTables). */
  localTables?: Promise<BackupTables>;
  /** Told between the long steps (the worker's sign of life). */
  onStep?(step: 'read-database' | 'compared'): void;
}

export async function previewRestore(
  db: TramaDatabase,
  backup: Backup,
  {
    marker,
    droppedMeta = [],
    retiredRows = [],
    droppedFields = [],
    unknownTables = [],
    localTables,
    onStep,
  }: PreviewOptions,
): Promise<RestorePreview> {
  const local = await (localTables ?? readBackupTables(db));
  onStep?.('read-database');
  const leftOut = planLeftOutContacts(
    backup.tables,
    erasedContactsInBackup(backup.tables, await readErasedContactIds(db)),
    marker,
  );
  const prepared = prepareRestore(backup.tables, leftOut);
  const heldHere = new Set(local.stakeholders.map((stakeholder) => stakeholder.id));
  const { tables, missingStakeholders } = prepared.plan(heldHere);
  const isAsInAMerge = ![...prepared.lacked].some((id) => heldHere.has(id));
  const diffs = diffBackup(tables, local);
  onStep?.('compared');
  return {
    diffs,
    leftOut,
    missingStakeholders,
    ...(isAsInAMerge ? {} : { missingStakeholdersIfReplaced: prepared.plan().missingStakeholders }),
    holdsWork: await holdsWork(db),
    droppedMeta,
    retiredRows,
    droppedFields,
    unknownTables,
  };
}
