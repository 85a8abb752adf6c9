import Dexie, { type Table, type Transaction } from 'dexie';
import {
  BACKUP_TABLE_NAMES,
  isInstallationMetaKey,
  serialiseBackup,
  TIMESTAMPED_TABLE_NAMES,
  type Backup,
  type BackupTableName,
  type BackupTables,
} from '../../shared/io/backup';
import { ERASED_CONTACTS_META_KEY } from '../../shared/domain/personalData';
import { isBackupCopyOlder } from '../../shared/io/restoreDiff';
import {
  erasedContactIdsIn,
  erasedContactsInBackup,
  isPlanFor,
  mergedErasedContactIds,
  NOTHING_LEFT_OUT,
  planLeftOutContacts,
  prepareRestore,
  type LeftOutContacts,
} from '../../shared/io/restorePlan';
import type { AgreementRow, TramaDatabase } from './db';
import { stakeholdersHeldAmong } from './heldStakeholders';
import { fromAgreementRow, toAgreementRow } from './repositories/agreements';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { noteWriteStarted } from './writesStarted';
import { createSyncOutboxMiddleware } from '../sync/syncOutbox';
import { teamMember } from '../sync/teamMember';

// Full backups of the database, and their restore: one transaction, written in chunks so
// that the page shows progress and can cancel (which rolls everything back).

/** Every table, in one transaction; all asked for at once, so that the database reads one while this thread takes in another. */
export async function readBackupTables(db: TramaDatabase): Promise<BackupTables> {
  return db.transaction('r', BACKUP_TABLE_NAMES, async () => {
    const rows = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).toArray()));
    const tables = Object.fromEntries(BACKUP_TABLE_NAMES.map((name, index) => [name, rows[index]])) as BackupTables;
    return { ...tables, agreements: (tables.agreements as unknown as AgreementRow[]).map(fromAgreementRow) };
  });
}

export async function createBackupJson(db: TramaDatabase, createdAt = new Date().toISOString()): Promise<string> {
  return serialiseBackup(await readBackupTables(db), CURRENT_SCHEMA_VERSION, createdAt);
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreProgress {
  /** Records written (or kept as they were) so far. */
  done: number;
  total: number;
}

export interface RestoreOptions {
  /** Replace: the database becomes the backup. Merge: the backup's records are added or overwrite those with the same id. */
  mode: RestoreMode;
  /** Merge only: a record changed here after the backup's copy stays as it is. Default true. */
  keepNewer?: boolean;
  /** Contact persons erased here on request are left out unless this is true; if it is, they leave the list of erased contacts. */
  restoreErasedContacts?: boolean;
  /** What replaces an erased person's name, email or phone in the free text restored. */
  marker?: string;
  /** The preview's plan for the erased contacts (restorePreview.ts), so that it is not worked out again on the page. */
  leftOutPlan?: LeftOutContacts;
  onProgress?(progress: RestoreProgress): void;
  /** Aborting rolls the whole restore back: the database stays exactly as it was. */
  signal?: AbortSignal;
  /** Records per write request; by default sized as the restore goes (ISSUE_BUDGET_MS). */
  chunkSize?: number;
  /**
   * Settles once the copy of the data held here (read before this restore began) is saved:
   * the restore writes meanwhile, commits only after it is fulfilled, and rolls back whole,
   * rejecting with its error, if it rejects.
   */
  copyKept?: Promise<unknown>;
}

export interface RestoreOutcome {
  written: number;
  /** Records of the backup not written because the copy here is newer. */
  keptNewer: number;
  leftOutContacts: number;
  /** Records of the backup whose mentions of a left-out person were replaced by the marker. */
  recordsRedacted: number;
  /** Records that may still name a left-out person (a one-word name, or no marker fits there). */
  recordsLeftAsTheyAre: number;
  /** Erased contact persons the user chose to restore anyway, now off the list of erased contacts. */
  erasedContactsBroughtBack: number;
}

export class RestoreCancelledError extends Error {
  constructor() {
    super('The restore was cancelled; nothing was changed.');
    this.name = 'RestoreCancelledError';
  }
}

/**
 * Chromium's IndexedDB spends 60–400 µs of the page's thread on each row it is handed (a
 * copy of the row and a message to the storage process; measured in headless Chromium on
 * a busy 2-core machine), more for rows with many indexes and on a slower or busier
 * machine. So each request gets as many rows as take about ISSUE_BUDGET_MS to hand over,
 * measured as the restore goes: the page paints the progress and answers clicks between
 * requests, with room left under the 200 ms limit for a machine busy with other work.
 * A budget of 20 ms and chunks of at most 1,000 rows were tried at 10,000 stakeholders
 * (interleaved runs, December 2026): neither faster nor with a shorter longest task.
 */
const ISSUE_BUDGET_MS = 30;
const FIRST_CHUNK_SIZE = 250;
const MIN_CHUNK_SIZE = 25;
const MAX_CHUNK_SIZE = 2_000;

function sizeForBudget(rows: number, elapsedMs: number, current: number): number {
  if (rows < current) return current; // a table's last, short chunk says little
  const fitting = Math.round((rows * ISSUE_BUDGET_MS) / Math.max(1, elapsedMs));
  return Math.min(MAX_CHUNK_SIZE, Math.max(MIN_CHUNK_SIZE, Math.min(fitting, Math.round(current * 1.5))));
}

/**
 * A second connection to the same database for the restore's one write, with 'relaxed'
 * durability (the app's own connection is 'strict', db.ts). Strict waits for each commit
 * to be flushed to disk, which costs about twice the time of a bulk write. Relaxed is safe
 * here: the transaction is still atomic, so a crash or power cut leaves the data as it was
 * before the restore or as it is after, never half-restored; at worst a restore that had
 * just finished is lost to a power cut, and then the data is back as it was, the backup
 * file still exists, and the safety copy taken before the restore (written with strict
 * durability) holds the same data again. Opened without a schema (Dexie's dynamic mode), so
 * it always matches the app's connection.
 */
async function openRelaxedConnection(db: TramaDatabase): Promise<Dexie> {
  await db.open();
  const connection = new Dexie(db.name, { chromeTransactionDurability: 'relaxed' });
  // What it writes reaches the team like any other write (team sync's outbox, db.ts).
  connection.use(createSyncOutboxMiddleware({ member: teamMember }));
  await connection.open();
  return connection;
}

type AnyTable = Table<Record<string, unknown>, unknown>;

function rowsOf(tables: BackupTables, name: BackupTableName): Array<Record<string, unknown>> {
  return name === 'agreements' ? tables.agreements.map(toAgreementRow) : tables[name];
}

/**
 * Replace: empties every table, except this installation's bookkeeping rows in meta.
 * Deleting only the records the backup does not hold, and writing over the others, was
 * tried instead (December 2026): in the same page, interleaved, writing 60,000 rows over
 * those held took as long as emptying the tables and writing them anew (7 pairs, 4 to 3).
 */
async function clearForReplace(tx: Transaction): Promise<void> {
  // All asked for at once: the database empties one table while the next request arrives.
  await Promise.all(
    BACKUP_TABLE_NAMES.map(async (name) => {
      const table = tx.table(name) as AnyTable;
      if (name !== 'meta') await table.clear();
      else
        await table.bulkDelete(
          (await table.toCollection().primaryKeys()).filter((key) => !isInstallationMetaKey(String(key))),
        );
    }),
  );
}

/** Merge, keeping newer records: the chunk's rows whose copy here is not newer. */
async function rowsNotOlder(
  table: AnyTable,
  rows: Array<Record<string, unknown>>,
): Promise<Array<Record<string, unknown>>> {
  const existing = await table.bulkGet(rows.map((row) => row.id));
  return rows.filter((row, index) => !isBackupCopyOlder(row, existing[index]));
}

/** Whether a promise has settled, and how, read without awaiting it (awaiting would end the transaction). */
function watchSettling(promise: Promise<unknown> | undefined): {
  settled: boolean;
  failure: { error: unknown } | null;
} {
  const state: { settled: boolean; failure: { error: unknown } | null } = {
    settled: promise === undefined,
    failure: null,
  };
  promise?.then(
    () => (state.settled = true),
    (error: unknown) => Object.assign(state, { settled: true, failure: { error } }),
  );
  return state;
}

function isSameIdList(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return a.length === set.size && a.every((id) => set.has(id));
}

/**
 * Restores a parsed backup (parseBackup or the backup worker). Never takes this
 * installation's bookkeeping from the backup (shared/io/backup.ts INSTALLATION_META_KEYS).
 * Only IndexedDB work is awaited inside the transaction, so it stays open between chunks.
 */
export async function restoreBackup(
  db: TramaDatabase,
  backup: Backup,
  modeOrOptions: RestoreMode | RestoreOptions,
): Promise<RestoreOutcome> {
  const options: RestoreOptions = typeof modeOrOptions === 'string' ? { mode: modeOrOptions } : modeOrOptions;
  const {
    mode,
    signal,
    onProgress,
    keepNewer = true,
    restoreErasedContacts = false,
    chunkSize,
    marker = '[erased]',
    leftOutPlan,
    copyKept,
  } = options;
  const copy = watchSettling(copyKept);
  if (signal?.aborted) throw new RestoreCancelledError();
  const connection = await openRelaxedConnection(db);
  try {
    return await connection.transaction('rw', BACKUP_TABLE_NAMES, async (tx) => {
      // This connection has no write log (db.ts): a read of the data taken before now no longer holds it (writesStarted.ts).
      noteWriteStarted(db.name);
      const abortNow = () => tx.abort();
      signal?.addEventListener('abort', abortNow, { once: true });
      try {
        if (signal?.aborted) throw new RestoreCancelledError();
        const meta = tx.table('meta') as AnyTable;
        const erasedHere = erasedContactIdsIn((await meta.toArray()) as BackupTables['meta']);
        const erasedInBackup = erasedContactsInBackup(backup.tables, erasedHere);
        const leftOut = restoreErasedContacts
          ? NOTHING_LEFT_OUT
          : leftOutPlan && isPlanFor(leftOutPlan, erasedInBackup)
            ? leftOutPlan
            : planLeftOutContacts(backup.tables, erasedInBackup, marker);
        const broughtBack = new Set(restoreErasedContacts ? erasedInBackup : []);
        const prepared = prepareRestore(backup.tables, leftOut);
        // A merge keeps the stakeholders held here: records pointing at one have theirs.
        const isMergingLacked = mode === 'merge' && prepared.lacked.size > 0;
        const { tables } = prepared.plan(
          isMergingLacked ? await stakeholdersHeldAmong(tx, prepared.lacked) : undefined,
        );
        const total = BACKUP_TABLE_NAMES.reduce((sum, name) => sum + tables[name].length, 0);
        const outcome: RestoreOutcome = {
          written: 0,
          keptNewer: 0,
          leftOutContacts: leftOut.contactIds.length,
          recordsRedacted: leftOut.records.length,
          recordsLeftAsTheyAre: leftOut.recordsLeftAsTheyAre,
          erasedContactsBroughtBack: broughtBack.size,
        };
        onProgress?.({ done: 0, total });
        if (mode === 'replace') await clearForReplace(tx);
        // Two chunks in flight: IndexedDB writes one while the page hands it the next.
        let inFlight: Promise<void> | null = null;
        let nextChunkSize = FIRST_CHUNK_SIZE;
        for (const name of BACKUP_TABLE_NAMES) {
          const table = tx.table(name) as AnyTable;
          const rows = rowsOf(tables, name);
          const compares =
            mode === 'merge' &&
            keepNewer &&
            TIMESTAMPED_TABLE_NAMES.includes(name) &&
            rows.length > 0 &&
            (await table.count()) > 0;
          let start = 0;
          while (start < rows.length) {
            const chunk = rows.slice(start, start + (chunkSize ?? nextChunkSize));
            start += chunk.length;
            const kept = compares ? await rowsNotOlder(table, chunk) : chunk;
            const handedOver = performance.now();
            const written = table.bulkPut(kept).then(() => {
              outcome.written += kept.length;
              outcome.keptNewer += chunk.length - kept.length;
              onProgress?.({ done: outcome.written + outcome.keptNewer, total });
            });
            nextChunkSize = sizeForBudget(kept.length, performance.now() - handedOver, nextChunkSize);
            // Its failure is reported where it is awaited; this only keeps it from being called unhandled meanwhile.
            written.catch(() => undefined);
            if (inFlight) await inFlight;
            inFlight = written;
            if (signal?.aborted) throw new RestoreCancelledError();
            if (copy.failure) throw copy.failure.error;
          }
        }
        if (inFlight) await inFlight;
        // Written before the copy was saved: a read keeps the transaction open until it is.
        while (!copy.settled && !signal?.aborted) await meta.get('');
        if (signal?.aborted) throw new RestoreCancelledError();
        if (copy.failure) throw copy.failure.error;
        const erased = mergedErasedContactIds(erasedHere, backup.tables.meta, broughtBack);
        if (!isSameIdList(erased, erasedHere)) await meta.put({ key: ERASED_CONTACTS_META_KEY, value: erased });
        return outcome;
      } finally {
        signal?.removeEventListener('abort', abortNow);
      }
    });
  } catch (error) {
    if (signal?.aborted) throw new RestoreCancelledError();
    throw error;
  } finally {
    connection.close();
  }
}
