import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, readBackupText } from '../../shared/io/backup';
import v1Fixture from '../../test/fixtures/db/v1.json';
import { localIsoDate } from '../../shared/domain/common';
import type { BackupFile, BackupStore } from '../platform/platform';
import { LAST_AUTO_BACKUP_META_KEY, runDailyAutoBackup } from './autoBackup';
import { openTramaDatabase, SCHEMA_UPGRADES_META_KEY } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2 } from './schema';
import {
  KEPT_UPGRADE_BACKUPS,
  listUpgradeBackups,
  openDatabaseWithUpgradeBackup,
  readStoredSchemaVersion,
} from './upgradeBackup';

const V1_TABLES = Object.keys(SCHEMA_V1);
const opened: Dexie[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function uniqueNames() {
  const id = crypto.randomUUID();
  return { name: `upgrade-${id}`, backupDatabaseName: `upgrade-backups-${id}` };
}

async function seedV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.transaction('rw', V1_TABLES, async () => {
    for (const table of V1_TABLES)
      await old.table(table).bulkAdd(v1Fixture.tables[table as keyof typeof v1Fixture.tables]);
  });
  old.close();
}

/** Like the desktop shell: one file per calendar day, a second write the same day replaces it. */
class DatedBackupFiles implements BackupStore {
  readonly written = new Map<string, string>();
  today = new Date();
  async writeAuto(json: string) {
    this.written.set(localIsoDate(this.today), json);
    return { filePath: `/backups/trama-backup-${localIsoDate(this.today)}.json`, keptCount: this.written.size };
  }
  async list(): Promise<BackupFile[]> {
    return [];
  }
  async read(): Promise<string> {
    return '';
  }
  async writeSafetyCopy() {
    return { fileName: 'trama-safety-2026-11-22T08-00-00.json' };
  }
  async replace() {}
  async remove() {}
  async openFolder() {
    return true;
  }
}

function withoutPartyIds<T extends { partyIds?: unknown }>({ partyIds: _partyIds, ...rest }: T) {
  return rest;
}

describe('opening the database with a backup before each schema upgrade', () => {
  it('backs up a version 1 database, exactly as it was, before opening it at the current version', async () => {
    const { name, backupDatabaseName } = uniqueNames();
    await seedV1(name);
    const desktopWrites: string[] = [];
    const db = openTramaDatabase(name);
    opened.push(db);

    const result = await openDatabaseWithUpgradeBackup(db, {
      backupDatabaseName,
      now: () => '2026-11-23T12:00:00.000Z',
      desktopBackups: {
        writeAuto: async (json) => (desktopWrites.push(json), { filePath: '/backups/x.json', keptCount: 1 }),
      },
    });

    expect(result).toEqual({ status: 'opened', upgradedFrom: 1 });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const [saved, ...others] = await listUpgradeBackups(backupDatabaseName);
    expect(others).toEqual([]);
    expect(saved).toMatchObject({
      fromVersion: 1,
      toVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-23T12:00:00.000Z',
    });
    expect(desktopWrites).toEqual([saved!.json]);

    const backup = parseBackup(saved!.json, CURRENT_SCHEMA_VERSION);
    expect(backup.schemaVersion).toBe(1);
    const raw = JSON.parse(saved!.json) as { tables: Record<string, unknown[]> };
    for (const table of V1_TABLES) {
      const expected = v1Fixture.tables[table as keyof typeof v1Fixture.tables] as { partyIds?: unknown }[];
      expect(raw.tables[table], table).toEqual(table === 'agreements' ? expected.map(withoutPartyIds) : expected);
    }
    expect(raw.tables.briefings).toEqual([]);
    // The backup holds the data before the upgrade wrote its own records into meta.
    expect((await db.meta.toArray()).map((row) => row.key).sort()).toEqual(
      [...v1Fixture.tables.meta.map((row) => row.key), LAST_AUTO_BACKUP_META_KEY, SCHEMA_UPGRADES_META_KEY].sort(),
    );
  });

  it('keeps the rows of a table the upgrade deletes (saved map views) in the copy taken before it', async () => {
    const { name, backupDatabaseName } = uniqueNames();
    const view = {
      id: 'view-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      name: 'Campania',
      filters: JSON.parse('{"regions":["campania"],"__proto__":{"polluted":true}}') as unknown,
    };
    const views = [view, { ...view, id: 'view-2', name: '"}],\u0000\u202e' }];
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.table('savedViews').bulkAdd(views);
    old.close();
    const db = openTramaDatabase(name);
    opened.push(db);

    expect(await openDatabaseWithUpgradeBackup(db, { backupDatabaseName })).toEqual({
      status: 'opened',
      upgradedFrom: 2,
    });

    const [saved] = await listUpgradeBackups(backupDatabaseName);
    expect((JSON.parse(saved!.json) as { tables: Record<string, unknown[]> }).tables.savedViews).toEqual(views);
    // Restored, the copy says what it holds that this version no longer keeps.
    expect(readBackupText(saved!.json, CURRENT_SCHEMA_VERSION).retiredRows).toEqual([
      { table: 'savedViews', count: 2 },
    ]);
  });

  it('does not back up again a database already at the current version, nor a new one', async () => {
    const { name, backupDatabaseName } = uniqueNames();
    await seedV1(name);
    const first = openTramaDatabase(name);
    await openDatabaseWithUpgradeBackup(first, { backupDatabaseName });
    // No dated desktop file was written, so the day's automatic backup is still to do.
    expect(await first.meta.get(LAST_AUTO_BACKUP_META_KEY)).toBeUndefined();
    first.close();

    const again = openTramaDatabase(name);
    opened.push(again);
    expect(await openDatabaseWithUpgradeBackup(again, { backupDatabaseName })).toEqual({
      status: 'opened',
      upgradedFrom: null,
    });
    expect(await listUpgradeBackups(backupDatabaseName)).toHaveLength(1);

    const { name: newName, backupDatabaseName: newBackups } = uniqueNames();
    const fresh = openTramaDatabase(newName);
    opened.push(fresh);
    expect(await openDatabaseWithUpgradeBackup(fresh, { backupDatabaseName: newBackups })).toEqual({
      status: 'opened',
      upgradedFrom: null,
    });
    expect(await listUpgradeBackups(newBackups)).toEqual([]);
  });

  it(`keeps only the last ${KEPT_UPGRADE_BACKUPS} pre-upgrade backups`, async () => {
    const { backupDatabaseName } = uniqueNames();
    for (let round = 1; round <= KEPT_UPGRADE_BACKUPS + 2; round += 1) {
      const name = `upgrade-round-${round}-${crypto.randomUUID()}`;
      await seedV1(name);
      const db = openTramaDatabase(name);
      opened.push(db);
      await openDatabaseWithUpgradeBackup(db, { backupDatabaseName, now: () => `2026-11-2${round}T12:00:00.000Z` });
    }
    const kept = await listUpgradeBackups(backupDatabaseName);
    expect(kept.map((row) => row.createdAt)).toEqual([
      '2026-11-25T12:00:00.000Z',
      '2026-11-24T12:00:00.000Z',
      '2026-11-23T12:00:00.000Z',
    ]);
  });

  it('leaves the version 1 data intact and readable when the upgrade throws, with its backup kept', async () => {
    const { name, backupDatabaseName } = uniqueNames();
    await seedV1(name);
    const failing = new Dexie(name);
    failing.version(1).stores(SCHEMA_V1);
    failing
      .version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx.table('stakeholders').clear();
        throw new Error('conversion failed half way');
      });
    opened.push(failing);

    const result = await openDatabaseWithUpgradeBackup(failing, { backupDatabaseName });

    expect(result).toMatchObject({ status: 'failed', reason: 'upgrade-failed', storedVersion: 1 });
    failing.close();
    expect(await readStoredSchemaVersion(name)).toBe(1);
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    opened.push(old);
    expect(await old.table('stakeholders').toArray()).toEqual(v1Fixture.tables.stakeholders);
    expect(await old.table('meta').toArray()).toEqual(v1Fixture.tables.meta);
    expect(await listUpgradeBackups(backupDatabaseName)).toHaveLength(1);
  });

  it('does not upgrade when no backup could be kept anywhere, and does when the desktop copy was written', async () => {
    const { name } = uniqueNames();
    await seedV1(name);
    const saveLocalBackup = async () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };

    const db = openTramaDatabase(name);
    opened.push(db);
    expect(await openDatabaseWithUpgradeBackup(db, { saveLocalBackup })).toMatchObject({
      status: 'failed',
      reason: 'backup-failed',
      storedVersion: 1,
    });
    expect(await readStoredSchemaVersion(name)).toBe(1);

    const desktopWrites: string[] = [];
    const withDesktop = openTramaDatabase(name);
    opened.push(withDesktop);
    const result = await openDatabaseWithUpgradeBackup(withDesktop, {
      saveLocalBackup,
      desktopBackups: {
        writeAuto: async (json) => (desktopWrites.push(json), { filePath: '/backups/x.json', keptCount: 1 }),
      },
    });
    expect(result).toEqual({ status: 'opened', upgradedFrom: 1 });
    expect(JSON.parse(desktopWrites[0]!).tables.stakeholders).toEqual(v1Fixture.tables.stakeholders);
  });

  it("keeps the pre-upgrade data in the day's desktop file: the daily backup does not overwrite it the same day", async () => {
    const { name, backupDatabaseName } = uniqueNames();
    await seedV1(name);
    const morning = new Date(2026, 10, 23, 8, 30);
    const files = new DatedBackupFiles();
    files.today = morning;
    const db = openTramaDatabase(name);
    opened.push(db);
    expect(
      await openDatabaseWithUpgradeBackup(db, {
        backupDatabaseName,
        desktopBackups: files,
        now: () => morning.toISOString(),
      }),
    ).toEqual({ status: 'opened', upgradedFrom: 1 });

    expect(await runDailyAutoBackup(db, files, new Date(2026, 10, 23, 9, 0))).toBe('already-done-today');
    expect(parseBackup(files.written.get('2026-11-23')!, CURRENT_SCHEMA_VERSION).schemaVersion).toBe(1);

    files.today = new Date(2026, 10, 24, 9, 0);
    expect(await runDailyAutoBackup(db, files, files.today)).toBe('written');
    expect(parseBackup(files.written.get('2026-11-24')!, CURRENT_SCHEMA_VERSION).schemaVersion).toBe(
      CURRENT_SCHEMA_VERSION,
    );
    expect(parseBackup(files.written.get('2026-11-23')!, CURRENT_SCHEMA_VERSION).schemaVersion).toBe(1);
  });

  it('refuses to open a database written by a newer version, without touching it', async () => {
    const { name, backupDatabaseName } = uniqueNames();
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V2, later: 'id' });
    await newer.open();
    newer.close();

    const db = openTramaDatabase(name);
    opened.push(db);
    expect(await openDatabaseWithUpgradeBackup(db, { backupDatabaseName })).toMatchObject({
      status: 'failed',
      reason: 'newer-version',
      storedVersion: CURRENT_SCHEMA_VERSION + 1,
    });
    expect(await readStoredSchemaVersion(name)).toBe(CURRENT_SCHEMA_VERSION + 1);
  });
});
