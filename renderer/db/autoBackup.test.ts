import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/io/backup';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { BackupFile, BackupStore } from '../platform/platform';
import {
  AutoBackupError,
  AutoBackupNotices,
  LAST_AUTO_BACKUP_META_KEY,
  runDailyAutoBackup,
  writeBackupNow,
} from './autoBackup';
import { createBackupJson } from './backup';
import { recordErasedContactIds } from './erasedContacts';
import { createContact } from './repositories/contacts';
import type { TramaDatabase } from './db';
import { createBriefing } from './repositories/briefings';
import { ensureDefaultProgrammes } from './repositories/organisation';
import { createStakeholder } from './repositories/stakeholders';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** Keeps what it is given in memory, one file per day like the desktop shell. */
class MemoryBackupStore implements BackupStore {
  readonly written: string[] = [];
  isBroken = false;
  failure: Error | null = null;
  async writeAuto(json: string) {
    if (this.failure) throw this.failure;
    if (this.isBroken) throw new Error('disk full');
    this.written.push(json);
    return { filePath: `/backups/${this.written.length}.json`, keptCount: this.written.length };
  }
  async list(): Promise<BackupFile[]> {
    return [];
  }
  async writeSafetyCopy() {
    return { fileName: 'trama-safety-2026-03-02T09-00-00.json' };
  }
  async read(): Promise<string> {
    return this.written.at(-1) ?? '';
  }
  async replace() {}
  async remove() {}
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

  it('backs up a database whose only work is a briefing', async () => {
    await ensureDefaultProgrammes(db);
    await createBriefing(db, {
      title: 'Tavolo regionale Lazio',
      source: { kind: 'region', region: 'lazio' },
      agenda: '1. Linee guida',
    });
    expect(await runDailyAutoBackup(db, store, monday)).toBe('written');
    expect(parseBackup(store.written[0]!, CURRENT_SCHEMA_VERSION).tables.briefings).toHaveLength(1);
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

  it.each([
    ["Error invoking remote method 'backup:write-auto': Error: ENOSPC: no space left on device, write", 'disk-full'],
    ["Error invoking remote method 'backup:write-auto': Error: EDQUOT: disk quota exceeded, write", 'disk-full'],
    [
      "Error invoking remote method 'backup:write-auto': Error: EACCES: permission denied, open '/x/.trama-backup-2026-03-02.json.1.tmp'",
      'not-allowed',
    ],
    ["Error invoking remote method 'backup:write-auto': Error: EROFS: read-only file system, open '/x'", 'not-allowed'],
    [
      "Error invoking remote method 'backup:write-auto': Error: EPERM: operation not permitted, rename '/x' -> '/y'",
      'not-allowed',
    ],
    [
      "Error invoking remote method 'backup:write-auto': IpcRejection: Refused backup:write-auto: invalid request (file-too-large)",
      'too-large',
    ],
    ["Error invoking remote method 'backup:write-auto': Error: Backup refused: invalid-backup (not-json)", 'invalid'],
    ["Error invoking remote method 'backup:write-auto': Error: EIO: i/o error, write", 'unknown'],
  ])('names the reason of the main process’s error %s: %s', async (message, reason) => {
    await createStakeholder(db, stakeholderInput());
    store.failure = new Error(message);
    const failure = await runDailyAutoBackup(db, store, monday).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AutoBackupError);
    expect(failure).toMatchObject({ reason });
  });

  it('refuses a backup over the size limit in UTF-8 bytes before sending it, and says how large it is', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Cooperativa Città Aperta' }));
    const failure = await runDailyAutoBackup(db, store, monday, { maxBytes: 100 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason: 'too-large' });
    expect((failure as AutoBackupError).sizeBytes).toBeGreaterThan(100);
    expect(store.written).toEqual([]);
  });

  it('tries again the same day when the write failed', async () => {
    await createStakeholder(db, stakeholderInput());
    store.isBroken = true;
    await expect(runDailyAutoBackup(db, store, monday)).rejects.toThrow('disk full');
    store.isBroken = false;
    expect(await runDailyAutoBackup(db, store, mondayEvening)).toBe('written');
  });
});

describe('the automatic backup and an erasure (review of issue 13)', () => {
  it('builds the backup again when a contact person was erased while it was being built', async () => {
    const asl = await createStakeholder(db, stakeholderInput());
    const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio' }));
    let builds = 0;
    const createJson = async (database: TramaDatabase, createdAt: string) => {
      builds += 1;
      const json = await createBackupJson(database, createdAt);
      // Another window erases the person right after this read.
      if (builds === 1) {
        await db.transaction('rw', db.contacts, db.meta, async () => {
          await db.contacts.delete(giovanna.id);
          await recordErasedContactIds(db, [giovanna.id]);
        });
      }
      return json;
    };
    expect(await runDailyAutoBackup(db, store, monday, { createJson })).toBe('written');
    expect(builds).toBe(2);
    expect(parseBackup(store.written[0]!, CURRENT_SCHEMA_VERSION).tables.contacts).toEqual([]);
  });

  it('writes a fresh backup of the database on request, whatever the day, and notes the day', async () => {
    await createStakeholder(db, stakeholderInput());
    expect(await runDailyAutoBackup(db, store, monday)).toBe('written');
    await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' }));
    await writeBackupNow(db, store, mondayEvening);
    expect(store.written).toHaveLength(2);
    expect(parseBackup(store.written[1]!, CURRENT_SCHEMA_VERSION).tables.stakeholders).toHaveLength(2);
    expect((await db.meta.get(LAST_AUTO_BACKUP_META_KEY))?.value).toBe('2026-03-02');
  });
});

describe('telling the user about failed automatic backups', () => {
  it('tells a failure once while the same reason lasts, a new reason again, and clears on success', () => {
    const notices = new AutoBackupNotices();
    expect(notices.isNews('disk-full')).toBe(true);
    expect(notices.isNews('disk-full')).toBe(false);
    expect(notices.isNews('disk-full')).toBe(false);
    expect(notices.isNews('not-allowed')).toBe(true);
    expect(notices.clear()).toBe(true);
    expect(notices.clear()).toBe(false);
    expect(notices.isNews('not-allowed')).toBe(true);
  });
});
