/// <reference lib="webworker" />
import {
  BACKUP_TABLE_NAMES,
  BackupError,
  readBackupText,
  type Backup,
  type BackupTables,
  type ReadBackupText,
} from '../../../shared/io/backup';
import { withOwnDatabase } from '../../data/ownDatabase';
import type { TramaDatabase } from '../../data/useDatabase';
import { readBackupTables } from '../../db/backup';
import { backupDataDigest } from '../../db/backupDataDigest';
import { previewRestore } from '../../db/restorePreview';
import { readSafetyCopy } from '../../db/safetyCopies';
import { currentDataJson, currentDataText, keepSafetyCopy, SafetyCopyError } from '../../db/safetyCopyBeforeRestore';
import {
  ROWS_PER_MESSAGE,
  type BackupSource,
  type BackupWorkerMessage,
  type BackupWorkerRequest,
} from './backupWorkerProtocol';

// Runs in a throw-away worker: parsing a backup (JSON, then the schemas), comparing it with
// the database, and serialising the database take seconds for a large network, and would
// freeze the page. The parsed tables go back in slices, each a short task for the page.
// Memory is the limit for a large file: the file's bytes are let go once decoded, its text
// once parsed, so that at most two forms of the backup are alive at any time.

const post = (message: BackupWorkerMessage) => self.postMessage(message);

class SafetyCopyGoneError extends Error {}

/** UTF-8 bytes as text, telling a file too large for a string from one that is not UTF-8. */
export function decodeBackupBytes(
  bytes: ArrayBuffer,
  decode = (input: ArrayBuffer) => new TextDecoder('utf-8', { fatal: true }).decode(input),
): string {
  try {
    return decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new BackupError('too-large');
    // Trama writes every backup in UTF-8: this is not one of its files.
    throw new BackupError('not-utf8');
  }
}

/** The source's text; the source is emptied, so that the file's bytes or text are not kept alive by it. */
async function takeText(source: BackupSource): Promise<string> {
  if ('text' in source) {
    const { text } = source;
    source.text = '';
    return text;
  }
  if ('file' in source) {
    const { file } = source;
    source.file = new Blob();
    return decodeBackupBytes(await file.arrayBuffer());
  }
  const copy = await readSafetyCopy(source.browserSafetyCopyId);
  if (!copy) throw new SafetyCopyGoneError();
  return copy.json;
}

/** Takes the source out of the request too: the message event keeps the request. */
async function parseSource(request: Extract<BackupWorkerRequest, { kind: 'read' }>): Promise<ReadBackupText> {
  const { source } = request;
  request.source = null;
  if (!source) throw new Error('The backup was handed over twice');
  const held = { text: await takeText(source) };
  post({ type: 'step', step: 'decoded' });
  return readBackupText(held, request.schemaVersion);
}

function postBackup(backup: Backup): void {
  const { tables, ...header } = backup;
  post({ type: 'header', header });
  for (const table of BACKUP_TABLE_NAMES) {
    const rows = tables[table];
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE)
      post({ type: 'rows', table, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
  }
}

/** Reads every table, its requests made before this settles: the database reads them while this worker goes on. */
async function startReadingTables(db: TramaDatabase): Promise<{ tables: Promise<BackupTables> }> {
  await db.open();
  const tables = readBackupTables(db);
  // A failed reading is told where it is awaited.
  tables.catch(() => undefined);
  // Dexie makes the requests once its transaction has started, within a turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { tables };
}

/**
 * The database's tables as the preview read them, as a backup's text: the copy taken before
 * the restore (copy-data-read); or why they could not be written as one, told when it is asked for.
 */
let dataReadCopy: { json: string } | { error: unknown } | null = null;

function asCopyText(tables: BackupTables): { json: string } | { error: unknown } {
  try {
    return { json: currentDataText(tables) };
  } catch (error) {
    return { error };
  }
}

async function read(request: Extract<BackupWorkerRequest, { kind: 'read' }>): Promise<void> {
  await withOwnDatabase(async (db) => {
    // The database reads its tables while this worker parses the file: both are needed to compare.
    const { tables: localTables } = await startReadingTables(db);
    const { backup, ...leftOutOfParse } = await parseSource(request);
    post({ type: 'step', step: 'parsed' });
    // Then the rows: the page takes them in while this worker compares.
    postBackup(backup);
    const preview = await previewRestore(db, backup, {
      marker: request.marker,
      ...leftOutOfParse,
      localTables,
      onStep: (step) => post({ type: 'step', step }),
    });
    const held = request.holdDataRead && preview.holdsWork ? await localTables : null;
    post({ type: 'preview', preview });
    // Written now, while the page shows the preview and this worker would wait: a confirmed
    // restore then only saves it, instead of serialising it while the restore writes.
    if (held) dataReadCopy = asCopyText(held);
  });
}

/** The copy of the data the preview read: no second reading of the database. */
async function copyDataRead(request: Extract<BackupWorkerRequest, { kind: 'copy-data-read' }>): Promise<void> {
  const held = dataReadCopy;
  dataReadCopy = null;
  if (!held) throw new Error('The data read for the preview is not held');
  if ('error' in held) throw held.error;
  const { json } = held;
  if (request.keepInBrowser) post({ type: 'safety-copy', copy: await keepSafetyCopy(json, undefined) });
  else post({ type: 'serialised', json, digest: await backupDataDigest(json) });
}

async function serialise(db: TramaDatabase): Promise<void> {
  const json = await currentDataJson(db);
  post({ type: 'serialised', json, digest: json === null ? null : await backupDataDigest(json) });
}

/** Says when the data has been read (the restore may start writing), then keeps the copy itself. */
async function keepInBrowser(db: TramaDatabase): Promise<void> {
  const json = await currentDataJson(db, () => post({ type: 'current-data-read' }));
  post({ type: 'safety-copy', copy: json === null ? null : await keepSafetyCopy(json, undefined) });
}

function handle(request: BackupWorkerRequest): Promise<void> {
  if (request.kind === 'read') return read(request);
  if (request.kind === 'copy-data-read') return copyDataRead(request);
  if (request.kind === 'serialise-current-data') return withOwnDatabase(serialise);
  return withOwnDatabase(keepInBrowser);
}

self.onmessage = (event: MessageEvent<BackupWorkerRequest>) => {
  handle(event.data).catch((error: unknown) => {
    if (error instanceof BackupError)
      post({
        type: 'refused',
        reason: error.reason,
        detail: error.detail,
        table: error.table,
        recordKey: error.recordKey,
      });
    else if (error instanceof SafetyCopyGoneError) post({ type: 'copy-gone' });
    else
      post({
        type: 'failed',
        message:
          error instanceof SafetyCopyError ? error.detail : error instanceof Error ? error.message : String(error),
      });
  });
};
