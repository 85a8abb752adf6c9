import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/io/backup';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { BackupFile, BackupStore } from '../platform/platform';
import { LAST_AUTO_BACKUP_META_KEY, runDailyAutoBackup } from './autoBackup';
import type { TramaDatabase } from './db';
import { ensureDefaultProgrammes } from './repositories/organisation';
import { createStakeholder } from './repositories/stakeholders';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** Keeps what it is given in memory, one file per day like the desktop shell. */
class MemoryBackupStore implements BackupStore {
  readonly written: string[] = [];
  isBroken = false;
  async writeAuto(json: string) {
    if (this.isBroken) throw new Error('disk full');
    this.written.push(json);
    return { filePath: `/backups/${this.written.length}.json`, keptCount: this.written.length };
  }
  async list(): Promise<BackupFile[]> {
    return [];
  }
  async read(): Promise<string> {
    return this.written.at(-1) ?? '';
  }
  async openFolder() {
    return true;
  }
}

let db: TramaDatabase;
let store: MemoryBackupStore;
beforeEach(() => {
  db = freshDatabase();
  store = new MemoryBackupStore();
});
afterEach(async () => {
  await db.delete();
});

const monday = new Date(2026, 2, 2, 9, 0);
const mondayEvening = new Date(2026, 2, 2, 23, 10);
const tuesday = new Date(2026, 2, 3, 0, 5);

describe('the daily automatic backup', () => {
  it('writes nothing while the database holds only the default programmes', async () => {
    await ensureDefaultProgrammes(db);
    expect(await runDailyAutoBackup(db, store, monday)).toBe('nothing-to-back-up');
    expect(store.written).toEqual([]);
  });

  it('backs up the whole database once per calendar day', async () => {
    await createStakeholder(db, stakeholderInput());
    expect(await runDailyAutoBackup(db, store, monday)).toBe('written');
    expect(await runDailyAutoBackup(db, store, mondayEvening)).toBe('already-done-today');
    expect(store.written).toHaveLength(1);
    const backup = parseBackup(store.written[0]!, CURRENT_SCHEMA_VERSION);
    expect(backup.tables.stakeholders.map((row) => row.name)).toEqual(['ASL Napoli 1 Centro']);
    expect(backup.createdAt).toBe(monday.toISOString());
    expect(await runDailyAutoBackup(db, store, tuesday)).toBe('written');
    expect(store.written).toHaveLength(2);
    expect((await db.meta.get(LAST_AUTO_BACKUP_META_KEY))?.value).toBe('2026-03-03');
  });

  it('tries again the same day when the write failed', async () => {
    await createStakeholder(db, stakeholderInput());
    store.isBroken = true;
    await expect(runDailyAutoBackup(db, store, monday)).rejects.toThrow('disk full');
    store.isBroken = false;
    expect(await runDailyAutoBackup(db, store, mondayEvening)).toBe('written');
  });
});
