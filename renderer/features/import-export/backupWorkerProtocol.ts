import type { Backup, BackupRefusal, BackupTableName } from '../../../shared/io/backup';
import type { RestorePreview } from '../../db/restorePreview';
import type { SafetyCopy } from '../../db/safetyCopyBeforeRestore';

// Messages between the page and the disposable backup worker (backupWorker.ts), which
// reads a backup file and compares it with the database, or serialises the database for
// the copy kept before a restore, so that none of this freezes the page.

/** Larger than any backup Trama writes (50,000 stakeholders: about 91 MB). */
export const MAX_BACKUP_FILE_BYTES = 512 * 1024 * 1024;
/** Records per message back to the page: each message's copy stays a short task there. */
export const ROWS_PER_MESSAGE = 2_000;

export type BackupWorkerRequest =
  | { kind: 'read'; source: { bytes: ArrayBuffer } | { text: string }; schemaVersion: number }
  /** Desktop: the page hands the JSON to the shell, which writes the file. */
  | { kind: 'serialise-current-data' }
  /** Web: the worker keeps the copy in IndexedDB itself, so the page never holds it. */
  | { kind: 'keep-safety-copy-in-browser' };

export type BackupHeader = Omit<Backup, 'tables'>;

export type BackupWorkerMessage =
  | { type: 'header'; header: BackupHeader }
  | { type: 'rows'; table: BackupTableName; rows: unknown[] }
  | { type: 'preview'; preview: RestorePreview }
  | { type: 'refused'; reason: BackupRefusal; detail: string; table: BackupTableName | null; recordKey: string | null }
  | { type: 'serialised'; json: string | null }
  | { type: 'safety-copy'; copy: SafetyCopy | null }
  | { type: 'failed'; message: string };
