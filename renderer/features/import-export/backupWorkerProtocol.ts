import type { Backup, BackupRefusal, BackupTableName } from '../../../shared/io/backup';
import { MAX_AUTO_BACKUP_BYTES } from '../../../shared/ipc/backupFiles';
import type { RestorePreview } from '../../db/restorePreview';
import type { SafetyCopy } from '../../db/safetyCopyBeforeRestore';

// Messages between the page and the disposable backup worker (backupWorker.ts), which
// reads a backup file and compares it with the database, or serialises the database for
// the copy kept before a restore, so that none of this freezes the page.

/**
 * The largest backup file read: the largest Trama writes (MAX_AUTO_BACKUP_BYTES; 50,000
 * stakeholders take about 91 MB). Twice that would not fit in the longest string a browser
 * can hold (about 537 million characters), and while a file is read the worker holds its
 * text, the parsed records, the checked records and the whole database to compare with.
 */
export const MAX_BACKUP_FILE_BYTES = MAX_AUTO_BACKUP_BYTES;
/**
 * Records per message back to the page: each message's copy stays a short task there. At
 * 50,000 stakeholders the page holds 300,000 records by the end and collects garbage in the
 * same tasks: messages of 2,000 records then took up to 200 ms each.
 */
export const ROWS_PER_MESSAGE = 1_000;
/**
 * The worker says where it is between its steps. A worker killed for lack of memory says
 * nothing more, not even an error: silent for this long, it is taken for stopped.
 */
export const WORKER_SILENCE_LIMIT_MS = 5 * 60_000;

/**
 * A file the user chose, handed over unread (the worker reads it: reading a 90 MB file's
 * bytes on the page ended in one task of 280–420 ms there), a desktop backup's text, or a
 * copy the browser keeps (read by the worker itself).
 */
export type BackupSource = { file: Blob } | { text: string } | { browserSafetyCopyId: number };

export type BackupWorkerRequest =
  /** `holdDataRead`: once the preview is sent, the worker keeps the data it read for `copy-data-read`. */
  | { kind: 'read'; source: BackupSource | null; schemaVersion: number; marker: string; holdDataRead?: boolean }
  /** The copy taken before a restore, from the data the preview read: kept in the browser, or serialised for the desktop. */
  | { kind: 'copy-data-read'; keepInBrowser: boolean }
  /** Desktop: the page hands the JSON to the shell, which writes the file. */
  | { kind: 'serialise-current-data' }
  /** Web: the worker keeps the copy in IndexedDB itself, so the page never holds it. */
  | { kind: 'keep-safety-copy-in-browser' };

export type BackupHeader = Omit<Backup, 'tables'>;

export type BackupWorkerStep = 'decoded' | 'parsed' | 'read-database' | 'compared';

export type BackupWorkerMessage =
  | { type: 'step'; step: BackupWorkerStep }
  | { type: 'header'; header: BackupHeader }
  | { type: 'rows'; table: BackupTableName; rows: unknown[] }
  | { type: 'preview'; preview: RestorePreview }
  | { type: 'refused'; reason: BackupRefusal; detail: string; table: BackupTableName | null; recordKey: string | null }
  | { type: 'serialised'; json: string | null; digest: string | null }
  /** The copy has read every table: the restore may start writing while it is saved. */
  | { type: 'current-data-read' }
  | { type: 'safety-copy'; copy: SafetyCopy | null }
  | { type: 'copy-gone' }
  | { type: 'failed'; message: string };
