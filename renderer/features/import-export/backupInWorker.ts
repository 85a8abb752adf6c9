import { BACKUP_TABLE_NAMES, BackupError, type Backup, type BackupTableName, type BackupTables } from '../../../shared/io/backup';
import type { RestorePreview } from '../../db/restorePreview';
import { keepSafetyCopy, SafetyCopyError, type SafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { platform, type BackupStore } from '../../platform/platform';
import { MAX_BACKUP_FILE_BYTES, type BackupHeader, type BackupWorkerMessage, type BackupWorkerRequest } from './backupWorkerProtocol';

// The page's side of the backup worker (backupWorker.ts): one worker per task, terminated
// when it is done.

export class BackupFileTooLargeError extends Error {
  constructor(readonly sizeBytes: number) {
    super(`The backup file is larger than ${MAX_BACKUP_FILE_BYTES} bytes`);
    this.name = 'BackupFileTooLargeError';
  }
}

function runWorker<Result>(request: BackupWorkerRequest, transfer: Transferable[], onMessage: (message: BackupWorkerMessage, resolve: (result: Result) => void) => void): Promise<Result> {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'trama-backup' });
  return new Promise<Result>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BackupWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'refused') reject(new BackupError(message.reason, message.detail, message.table, message.recordKey));
      else if (message.type === 'failed') reject(new Error(message.message));
      else onMessage(message, resolve);
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The backup worker failed'));
    worker.onmessageerror = () => reject(new Error('A message from the backup worker could not be read'));
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
}

export interface ReadBackup {
  backup: Backup;
  preview: RestorePreview;
}

/** Parses and checks a backup file off the page, and compares it with the database. */
export async function readBackupInWorker(source: File | string): Promise<ReadBackup> {
  if (typeof source !== 'string' && source.size > MAX_BACKUP_FILE_BYTES) throw new BackupFileTooLargeError(source.size);
  const bytes = typeof source === 'string' ? null : await source.arrayBuffer();
  const request: BackupWorkerRequest = { kind: 'read', source: bytes ? { bytes } : { text: String(source) }, schemaVersion: CURRENT_SCHEMA_VERSION };
  const rows = new Map<BackupTableName, unknown[]>(BACKUP_TABLE_NAMES.map((name) => [name, []]));
  let header: BackupHeader | null = null;
  return runWorker<ReadBackup>(request, bytes ? [bytes] : [], (message, resolve) => {
    if (message.type === 'header') header = message.header;
    else if (message.type === 'rows') rows.get(message.table)?.push(...message.rows);
    else if (message.type === 'preview' && header) {
      // The worker checked every row against the schemas before sending it.
      const tables = Object.fromEntries(rows) as BackupTables;
      resolve({ backup: { ...header, tables }, preview: message.preview });
    }
  });
}

async function asSafetyCopyStep<Result>(step: () => Promise<Result>): Promise<Result> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof SafetyCopyError ? error : new SafetyCopyError(error);
  }
}

/**
 * The copy of the current data kept before a restore, built off the page: in the browser
 * the worker keeps it itself; on the desktop it hands the JSON back for the shell to write.
 * Null when the database holds no work; SafetyCopyError when the copy could not be kept.
 */
export async function takeSafetyCopyOffThePage(store: BackupStore | undefined = platform.backups): Promise<SafetyCopy | null> {
  if (!store) {
    return asSafetyCopyStep(() =>
      runWorker<SafetyCopy | null>({ kind: 'keep-safety-copy-in-browser' }, [], (message, resolve) => {
        if (message.type === 'safety-copy') resolve(message.copy);
      }),
    );
  }
  const json = await asSafetyCopyStep(() =>
    runWorker<string | null>({ kind: 'serialise-current-data' }, [], (message, resolve) => {
      if (message.type === 'serialised') resolve(message.json);
    }),
  );
  return json === null ? null : keepSafetyCopy(json, store);
}
