import {
  BACKUP_TABLE_NAMES,
  BackupError,
  type Backup,
  type BackupTableName,
  type BackupTables,
} from '../../../shared/io/backup';
import { fitsInUtf8Bytes, utf8ByteLength } from '../../../shared/ipc/utf8ByteLength';
import type { RestorePreview } from '../../db/restorePreview';
import {
  keepSafetyCopy,
  SafetyCopyError,
  type SafetyCopy,
  type SafetyCopyBeingKept,
} from '../../db/safetyCopyBeforeRestore';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from '../../db/schema';
import { writesStarted } from '../../db/writesStarted';
import type { DataRead } from './safetyCopyFromPreview';
import { platform, type BackupStore } from '../../platform/platform';
import {
  MAX_BACKUP_FILE_BYTES,
  WORKER_SILENCE_LIMIT_MS,
  type BackupHeader,
  type BackupSource,
  type BackupWorkerMessage,
  type BackupWorkerRequest,
} from './backupWorkerProtocol';

// The page's side of the backup worker (backupWorker.ts): one worker per task, terminated
// when it is done, or when it has said nothing for too long (a worker killed for lack of
// memory sends no error).

export class BackupFileTooLargeError extends Error {
  constructor(readonly sizeBytes: number) {
    super(`The backup file is larger than ${MAX_BACKUP_FILE_BYTES} bytes`);
    this.name = 'BackupFileTooLargeError';
  }
}

/** The worker stopped answering: most likely the file needs more memory than this computer gives it. */
export class BackupWorkerStoppedError extends Error {
  constructor() {
    super('The backup worker stopped answering');
    this.name = 'BackupWorkerStoppedError';
  }
}

/** A copy the browser kept was asked for, but it is gone (pruned, or deleted by an erasure). */
export class SafetyCopyGoneError extends Error {
  constructor() {
    super('That copy is no longer kept in this browser');
    this.name = 'SafetyCopyGoneError';
  }
}

const startWorker = () =>
  new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'trama-backup' });

/** A worker started ahead of its task (prepareBackupWorker); `failed` when it could not load. */
let spare: { worker: Worker; failed: boolean } | null = null;
/** Workers that read a preview and hold its data for the copy (dataReadIn), not yet copied or let go. */
let readsHeld = 0;

/**
 * Starts the worker for the next task (the copy taken before a restore) while the user reads
 * the restore's preview, so that it has loaded by the time it is asked; the returned
 * function ends it if no task took it. None while the worker that read the preview holds
 * its data: that one makes the copy, and a worker loading meanwhile only takes the CPU the
 * restore needs as it starts (the copy read afresh, when the data changed since, starts its own).
 */
export function prepareBackupWorker(): () => void {
  if (typeof Worker === 'undefined' || readsHeld > 0) return () => undefined;
  spare?.worker.terminate();
  const prepared = { worker: startWorker(), failed: false };
  prepared.worker.onerror = () => {
    prepared.failed = true;
  };
  spare = prepared;
  return () => {
    if (spare !== prepared) return;
    spare = null;
    prepared.worker.terminate();
  };
}

/** The worker prepared ahead, unless it could not load; else a new one. */
function takeWorker(): Worker {
  const prepared = spare;
  spare = null;
  if (prepared && !prepared.failed) return prepared.worker;
  prepared?.worker.terminate();
  return startWorker();
}

function runWorker<Result>(
  request: BackupWorkerRequest,
  transfer: Transferable[],
  onMessage: (message: BackupWorkerMessage, resolve: (result: Result) => void) => void,
  silenceLimitMs = WORKER_SILENCE_LIMIT_MS,
  { worker = takeWorker(), keep = () => false }: { worker?: Worker; keep?: (result: Result) => boolean } = {},
): Promise<Result> {
  let kept = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  return new Promise<Result>((resolve, reject) => {
    const keepWatching = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => reject(new BackupWorkerStoppedError()), silenceLimitMs);
    };
    worker.onmessage = (event: MessageEvent<BackupWorkerMessage>) => {
      keepWatching();
      const message = event.data;
      // Where the worker is, for the benchmark (test/bench/restoreScenario.ts); rows are many and say nothing new.
      if (message.type !== 'rows')
        performance.mark(`trama:backup-worker:${message.type === 'step' ? message.step : message.type}`);
      if (message.type === 'refused')
        reject(new BackupError(message.reason, message.detail, message.table, message.recordKey));
      else if (message.type === 'copy-gone') reject(new SafetyCopyGoneError());
      else if (message.type === 'failed') reject(new Error(message.message));
      else
        onMessage(message, (result) => {
          kept = keep(result);
          resolve(result);
        });
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The backup worker failed'));
    worker.onmessageerror = () => reject(new Error('A message from the backup worker could not be read'));
    keepWatching();
    worker.postMessage(request, transfer);
  }).finally(() => {
    clearTimeout(watchdog);
    if (!kept) worker.terminate();
  });
}

export interface ReadBackup {
  backup: Backup;
  preview: RestorePreview;
  /** The data held here as the preview read it, kept by its worker for the copy taken before the restore. */
  dataRead: DataRead | null;
}

/** A backup file the user chose, a desktop backup's text (handed over, then let go), or a copy this browser keeps. */
export type BackupToRead = File | { text: string } | { browserSafetyCopyId: number };

type ReadRequest = Extract<BackupWorkerRequest, { kind: 'read' }>;

/**
 * The worker's request. A text is taken out of its holder, so that once it is handed to the
 * worker the page keeps no reference to it (a large network's backup is about 90 MB).
 */
async function readRequest(
  source: BackupToRead,
  marker: string,
): Promise<{ request: ReadRequest; transfer: Transferable[] }> {
  const request = (workerSource: BackupSource): ReadRequest => ({
    kind: 'read',
    source: workerSource,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    marker,
  });
  if (source instanceof Blob) {
    if (source.size > MAX_BACKUP_FILE_BYTES) throw new BackupFileTooLargeError(source.size);
    // Unread: a File is handed over as a reference, and the worker reads its bytes off the page.
    return { request: request({ file: source }), transfer: [] };
  }
  if ('browserSafetyCopyId' in source)
    return { request: request({ browserSafetyCopyId: source.browserSafetyCopyId }), transfer: [] };
  if (!fitsInUtf8Bytes(source.text, MAX_BACKUP_FILE_BYTES))
    throw new BackupFileTooLargeError(utf8ByteLength(source.text));
  const { text } = source;
  source.text = '';
  return { request: request({ text }), transfer: [] };
}

/** The worker that read the backup, kept with the data it read, for the copy taken before the restore. */
function dataReadIn(worker: Worker, writesBefore: number): DataRead {
  let isTaken = false;
  readsHeld += 1;
  const take = () => {
    isTaken = true;
    readsHeld -= 1;
  };
  return {
    writesBefore,
    copy(store) {
      if (isTaken) return Promise.reject(new Error('The data read was copied already'));
      take();
      return copyInWorker(store, { kind: 'copy-data-read', keepInBrowser: !store }, worker);
    },
    release() {
      if (isTaken) return;
      take();
      worker.terminate();
    },
  };
}

/** Parses and checks a backup off the page, and compares it with the database; `marker` replaces erased people's mentions. */
export async function readBackupInWorker(
  source: BackupToRead,
  marker: string,
  databaseName = DATABASE_NAME,
): Promise<ReadBackup> {
  const made = await readRequest(source, marker);
  made.request.holdDataRead = true;
  const rows = new Map<BackupTableName, unknown[]>(BACKUP_TABLE_NAMES.map((name) => [name, []]));
  let header: BackupHeader | null = null;
  const worker = takeWorker();
  // Noted before the worker reads: a write opened since makes its read stale.
  const writesBefore = writesStarted(databaseName);
  const reading = runWorker<ReadBackup>(
    made.request,
    made.transfer,
    (message, resolve) => {
      if (message.type === 'header') header = message.header;
      else if (message.type === 'rows') rows.get(message.table)?.push(...message.rows);
      else if (message.type === 'preview' && header) {
        // The worker checked every row against the schemas before sending it.
        const tables = Object.fromEntries(rows) as BackupTables;
        const { preview } = message;
        resolve({
          backup: { ...header, tables },
          preview,
          dataRead: preview.holdsWork ? dataReadIn(worker, writesBefore) : null,
        });
      }
    },
    WORKER_SILENCE_LIMIT_MS,
    { worker, keep: (read) => read.dataRead !== null },
  );
  made.request.source = null;
  return reading;
}

async function asSafetyCopyStep<Result>(step: () => Promise<Result>): Promise<Result> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof SafetyCopyError ? error : new SafetyCopyError(error);
  }
}

/** The copy, by a worker that holds the data already: kept in the browser, or serialised for the desktop's shell. */
async function copyInWorker(
  store: BackupStore | undefined,
  request: BackupWorkerRequest,
  worker?: Worker,
): Promise<SafetyCopyBeingKept> {
  if (!store) {
    const kept = asSafetyCopyStep(() =>
      runWorker<SafetyCopy | null>(
        request,
        [],
        (message, resolve) => {
          if (message.type === 'safety-copy') resolve(message.copy);
        },
        WORKER_SILENCE_LIMIT_MS,
        { worker },
      ),
    ).then((copy) => copy ?? Promise.reject(new SafetyCopyError(new Error('The copy of the data read was not kept'))));
    return { kept };
  }
  const serialised = asSafetyCopyStep(() =>
    runWorker<{ json: string | null; digest: string | null }>(
      request,
      [],
      (message, resolve) => {
        if (message.type === 'serialised') resolve({ json: message.json, digest: message.digest });
      },
      WORKER_SILENCE_LIMIT_MS,
      { worker },
    ),
  );
  return {
    kept: serialised.then(({ json, digest }) =>
      json === null
        ? Promise.reject(new SafetyCopyError(new Error('The copy of the data read was not kept')))
        : keepSafetyCopy(json, store, digest ?? undefined),
    ),
  };
}

/** In the browser: settles once the worker has read the data (the copy then goes on being kept), or once it is done. */
function keepInBrowserOffThePage(): Promise<SafetyCopyBeingKept | null> {
  let onRead: () => void = () => undefined;
  const read = new Promise<void>((resolve) => (onRead = resolve));
  const kept = asSafetyCopyStep(() =>
    runWorker<SafetyCopy | null>({ kind: 'keep-safety-copy-in-browser' }, [], (message, resolve) => {
      if (message.type === 'current-data-read') onRead();
      else if (message.type === 'safety-copy') resolve(message.copy);
    }),
  );
  const keptCopy = kept.then(
    (copy) => copy ?? Promise.reject(new SafetyCopyError(new Error('The copy of the data read was not kept'))),
  );
  // A failure before the data was read is told by the race below; this one then goes unused.
  keptCopy.catch(() => undefined);
  return Promise.race([
    read.then(() => ({ kept: keptCopy })),
    kept.then((copy) => (copy === null ? null : { kept: keptCopy })),
  ]);
}

/**
 * The copy of the current data kept before a restore, built off the page: in the browser
 * the worker keeps it itself; on the desktop it hands the JSON back for the shell to write.
 * Settles as soon as the data has been read, with the copy still being kept; null when
 * the database holds no work; SafetyCopyError when the copy could not be taken or kept.
 */
export async function takeSafetyCopyOffThePage(
  store: BackupStore | undefined = platform.backups,
): Promise<SafetyCopyBeingKept | null> {
  if (!store) return keepInBrowserOffThePage();
  const serialised = await asSafetyCopyStep(() =>
    runWorker<{ json: string | null; digest: string | null }>(
      { kind: 'serialise-current-data' },
      [],
      (message, resolve) => {
        if (message.type === 'serialised') resolve({ json: message.json, digest: message.digest });
      },
    ),
  );
  return serialised.json === null
    ? null
    : { kept: keepSafetyCopy(serialised.json, store, serialised.digest ?? undefined) };
}
