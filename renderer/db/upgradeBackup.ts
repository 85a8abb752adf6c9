import Dexie from 'dexie';
import { BACKUP_TABLE_NAMES, RETIRED_TABLE_NAMES, serialiseBackup, type BackupTables } from '../../shared/io/backup';
import { localIsoDate } from '../../shared/domain/common';
import type { BackupStore } from '../platform/platform';
import { LAST_AUTO_BACKUP_META_KEY } from './autoBackup';
import { saveUpgradeBackup, type UpgradeBackupRow } from './upgradeBackupStore';

export {
  deleteUpgradeBackup,
  KEPT_UPGRADE_BACKUPS,
  listUpgradeBackups,
  readUpgradeBackup,
  replaceUpgradeBackup,
  saveUpgradeBackup,
  UPGRADE_BACKUP_DATABASE_NAME,
  type UpgradeBackupChunkOptions,
  type UpgradeBackupRow,
} from './upgradeBackupStore';

// Before a new app version upgrades the database schema, the data is copied, exactly as the
// old version stored it, into a separate database (and, in the desktop shell, into a dated
// backup file). If the upgrade then fails, Dexie aborts it and the old data stays as it was;
// the copy is what the startup-failure screen offers to download. The browser's copies are
// kept in upgradeBackupStore.ts.

/**
 * Opens an existing database as it is on disk, without declaring a schema (Dexie's dynamic
 * mode), so nothing is upgraded. Null when no such database exists yet.
 */
export async function openAsStored(name: string): Promise<Dexie | null> {
  try {
    return await new Dexie(name, { addons: [] }).open();
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  }
}

/** The schema version a database is stored at, or null when there is none yet. */
export async function readStoredSchemaVersion(name: string): Promise<number | null> {
  const stored = await openAsStored(name);
  if (!stored) return null;
  stored.close();
  return stored.verno;
}

function withoutPartyIds(row: Record<string, unknown>): Record<string, unknown> {
  const { partyIds: _partyIds, ...agreement } = row;
  return agreement;
}

/**
 * Every table of a database as stored, as backup JSON; tables the version lacked are empty.
 * A table the upgrade is about to delete (RETIRED_TABLE_NAMES) is copied too while it exists:
 * the copy is the data exactly as it was, and a restore of it counts those rows aloud.
 */
export async function readStoredDatabaseAsBackupJson(
  name: string,
  createdAt = new Date().toISOString(),
): Promise<string | null> {
  const stored = await openAsStored(name);
  if (!stored) return null;
  try {
    const present = new Set(stored.tables.map((table) => table.name));
    const tableNames = [...BACKUP_TABLE_NAMES, ...RETIRED_TABLE_NAMES].filter((table) => present.has(table));
    const tables = await stored.transaction('r', tableNames, async () => {
      const entries = await Promise.all(
        tableNames.map(async (table) => [table, await stored.table(table).toArray()] as const),
      );
      return Object.fromEntries(entries) as Partial<Record<string, Record<string, unknown>[]>>;
    });
    const retiredPresent = RETIRED_TABLE_NAMES.filter((table) => present.has(table));
    const complete = Object.fromEntries(
      [...BACKUP_TABLE_NAMES, ...retiredPresent].map((table) => [table, tables[table] ?? []]),
    );
    // Stored agreements carry an index-only copy of their party ids; a backup file has none.
    complete.agreements = complete.agreements!.map(withoutPartyIds);
    return serialiseBackup(complete as unknown as BackupTables, stored.verno, createdAt);
  } finally {
    stored.close();
  }
}
export type StartupFailureReason = 'upgrade-failed' | 'backup-failed' | 'newer-version' | 'open-failed';

export type OpenDatabaseResult =
  | { status: 'opened'; upgradedFrom: number | null }
  | { status: 'failed'; reason: StartupFailureReason; storedVersion: number | null; error: unknown };

export interface OpenDatabaseOptions {
  /** The desktop shell's dated backups, when running there. */
  desktopBackups?: Pick<BackupStore, 'writeAuto'>;
  backupDatabaseName?: string;
  /** Where the copy is kept in the browser; the backup database unless a test says otherwise. */
  saveLocalBackup?: (row: UpgradeBackupRow) => Promise<void>;
  now?: () => string;
  /** Characters per stored part of the browser's copy (tests use small ones). */
  chunkChars?: number;
}

/**
 * Opens the app's database: reads the version it is stored at; if older than the code's,
 * saves a backup of the old data first (refusing to upgrade when no copy could be kept
 * anywhere); then opens, which upgrades. Never throws: a failure says why.
 */
export async function openDatabaseWithUpgradeBackup(
  db: Dexie,
  options: OpenDatabaseOptions = {},
): Promise<OpenDatabaseResult> {
  const targetVersion = db.verno;
  let storedVersion: number | null = null;
  try {
    storedVersion = await readStoredSchemaVersion(db.name);
  } catch (error) {
    return { status: 'failed', reason: 'open-failed', storedVersion, error };
  }
  if (storedVersion !== null && storedVersion > targetVersion) {
    return {
      status: 'failed',
      reason: 'newer-version',
      storedVersion,
      error: new Error(`Stored schema version ${storedVersion} is newer than ${targetVersion}`),
    };
  }
  const needsUpgrade = storedVersion !== null && storedVersion < targetVersion;
  let desktopCopyDay: string | null = null;
  if (storedVersion !== null && needsUpgrade) {
    const backup = await backUpBeforeUpgrade(db.name, storedVersion, targetVersion, options);
    if (backup.error) return { status: 'failed', reason: 'backup-failed', storedVersion, error: backup.error };
    desktopCopyDay = backup.desktopCopyDay;
  }
  try {
    await db.open();
  } catch (error) {
    return { status: 'failed', reason: needsUpgrade ? 'upgrade-failed' : 'open-failed', storedVersion, error };
  }
  if (desktopCopyDay !== null) await keepDesktopCopyForTheDay(db, desktopCopyDay);
  return { status: 'opened', upgradedFrom: needsUpgrade ? storedVersion : null };
}

/**
 * The desktop copy is the day's dated backup file: the daily backup must not overwrite it
 * with upgraded data the same day, so the day counts as backed up. Written once the upgrade
 * is done (before, Dexie would be writing into the old version); a failure here only means
 * the file may be replaced later today, which is no reason to stop the app.
 */
async function keepDesktopCopyForTheDay(db: Dexie, day: string): Promise<void> {
  try {
    await db.table('meta').put({ key: LAST_AUTO_BACKUP_META_KEY, value: day });
  } catch (error) {
    console.error(error);
  }
}

interface UpgradeBackupOutcome {
  /** Why no copy could be kept anywhere; null when at least one was. */
  error: unknown;
  /** The local day (YYYY-MM-DD) whose dated desktop file holds the copy; null when none was written. */
  desktopCopyDay: string | null;
}

/** Keeps a copy in the backup database and in the desktop shell; fails only if neither worked. */
async function backUpBeforeUpgrade(
  name: string,
  fromVersion: number,
  toVersion: number,
  options: OpenDatabaseOptions,
): Promise<UpgradeBackupOutcome> {
  const createdAt = options.now?.() ?? new Date().toISOString();
  let json: string | null;
  try {
    json = await readStoredDatabaseAsBackupJson(name, createdAt);
  } catch (error) {
    return { error, desktopCopyDay: null };
  }
  if (json === null) return { error: null, desktopCopyDay: null };
  let desktopCopyDay: string | null = null;
  const errors: unknown[] = [];
  try {
    const row = { createdAt, fromVersion, toVersion, json };
    await (options.saveLocalBackup
      ? options.saveLocalBackup(row)
      : saveUpgradeBackup(row, options.backupDatabaseName, { chunkChars: options.chunkChars }));
  } catch (error) {
    errors.push(error);
  }
  if (options.desktopBackups) {
    try {
      await options.desktopBackups.writeAuto(json);
      desktopCopyDay = localIsoDate(new Date(createdAt));
    } catch (error) {
      errors.push(error);
    }
  }
  const attempts = options.desktopBackups ? 2 : 1;
  return { error: errors.length === attempts ? errors[0] : null, desktopCopyDay };
}
