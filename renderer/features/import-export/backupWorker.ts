/// <reference lib="webworker" />
import { BACKUP_TABLE_NAMES, BackupError, parseBackup, type Backup } from '../../../shared/io/backup';
import { openTramaDatabase, type TramaDatabase } from '../../db/db';
import { previewRestore } from '../../db/restorePreview';
import { currentDataJson, SafetyCopyError, takeSafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { ROWS_PER_MESSAGE, type BackupWorkerMessage, type BackupWorkerRequest } from './backupWorkerProtocol';

// Runs in a throw-away worker: parsing a backup (JSON, then the schemas), comparing it with
// the database, and serialising the database take seconds for a large network, and would
// freeze the page. The parsed tables go back in slices, each a short task for the page.

const post = (message: BackupWorkerMessage) => self.postMessage(message);

function decode(source: { bytes: ArrayBuffer } | { text: string }): string {
  if ('text' in source) return source.text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(source.bytes);
  } catch {
    // Not UTF-8: Trama writes every backup in UTF-8, so this is not one of its files.
    throw new BackupError('not-json');
  }
}

function postBackup(backup: Backup): void {
  const { tables, ...header } = backup;
  post({ type: 'header', header });
  for (const table of BACKUP_TABLE_NAMES) {
    const rows = tables[table];
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) post({ type: 'rows', table, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
  }
}

async function withDatabase(work: (db: TramaDatabase) => Promise<void>): Promise<void> {
  const db = openTramaDatabase();
  try {
    await work(db);
  } finally {
    db.close();
  }
}

async function read(request: Extract<BackupWorkerRequest, { kind: 'read' }>): Promise<void> {
  const backup = parseBackup(decode(request.source), request.schemaVersion);
  await withDatabase(async (db) => {
    const preview = await previewRestore(db, backup);
    postBackup(backup);
    post({ type: 'preview', preview });
  });
}

function handle(request: BackupWorkerRequest): Promise<void> {
  if (request.kind === 'read') return read(request);
  if (request.kind === 'serialise-current-data') return withDatabase(async (db) => post({ type: 'serialised', json: await currentDataJson(db) }));
  return withDatabase(async (db) => post({ type: 'safety-copy', copy: await takeSafetyCopy(db, undefined) }));
}

self.onmessage = (event: MessageEvent<BackupWorkerRequest>) => {
  handle(event.data).catch((error: unknown) => {
    if (error instanceof BackupError) post({ type: 'refused', reason: error.reason, detail: error.detail, table: error.table, recordKey: error.recordKey });
    else post({ type: 'failed', message: error instanceof SafetyCopyError ? error.detail : error instanceof Error ? error.message : String(error) });
  });
};
