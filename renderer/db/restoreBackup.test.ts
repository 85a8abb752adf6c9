import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backupRecordKey,
  INSTALLATION_META_KEYS,
  parseBackup,
  type Backup,
  type BackupTableName,
} from '../../shared/io/backup';
import { COPIES_PENDING_META_KEY, PRIVACY_INSTALLATION_META_KEYS } from '../../shared/domain/personalData';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { contactInput, freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { BackupFile, BackupStore } from '../platform/platform';
import { LAST_AUTO_BACKUP_META_KEY, runDailyAutoBackup } from './autoBackup';
import { createBackupJson, readBackupTables, restoreBackup, RestoreCancelledError } from './backup';
import { SCHEMA_UPGRADES_META_KEY, type TramaDatabase } from './db';
import { ERASED_CONTACTS_META_KEY, readErasedContactIds, recordErasedContactIds } from './erasedContacts';
import { readMeta, writeMeta } from './repositories/meta';
import { createContact } from './repositories/contacts';
import { createStakeholder } from './repositories/stakeholders';
import { loadSampleNetwork } from './sample';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** One file per day, like the desktop shell: a second write on a day replaces that day's file. */
class DatedBackupFiles implements BackupStore {
  readonly files = new Map<string, string>();
  today = '';
  async writeAuto(json: string) {
    this.files.set(this.today, json);
    return { filePath: `/backups/trama-backup-${this.today}.json`, keptCount: this.files.size };
  }
  async list(): Promise<BackupFile[]> {
    return [];
  }
  async read(): Promise<string> {
    return '';
  }
  async writeSafetyCopy() {
    return { fileName: 'trama-safety-2026-03-02T10-00-00.json' };
  }
  async replace() {}
  async remove() {}
  async openFolder() {
    return true;
  }
}

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const backupOf = async (database: TramaDatabase): Promise<Backup> =>
  parseBackup(await createBackupJson(database), CURRENT_SCHEMA_VERSION);
/** A table's rows in the order of their keys: a restore need not keep the backup's order. */
const sortedByKey = (table: BackupTableName, rows: readonly unknown[]) =>
  [...rows].sort((a, b) => String(backupRecordKey(table, a)).localeCompare(String(backupRecordKey(table, b))));
const stakeholderNames = async (database: TramaDatabase) =>
  (await database.stakeholders.toArray()).map((row) => row.name).sort();

describe("a restore never restores this installation's bookkeeping", () => {
  for (const mode of ['replace', 'merge'] as const) {
    it(`(${mode}) keeps the day of the last automatic backup, so today's automatic backup is not rewritten with older data`, async () => {
      const store = new DatedBackupFiles();
      await createStakeholder(db, stakeholderInput({ name: 'Made on Sunday morning' }));
      store.today = '2026-03-01';
      await runDailyAutoBackup(db, store, new Date(2026, 2, 1, 9, 0));
      const manualBackup = await backupOf(db);
      await createStakeholder(db, stakeholderInput({ name: 'Made on Sunday evening' }));
      store.today = '2026-03-02';
      expect(await runDailyAutoBackup(db, store, new Date(2026, 2, 2, 9, 0))).toBe('written');

      await restoreBackup(db, manualBackup, mode);

      expect(await runDailyAutoBackup(db, store, new Date(2026, 2, 2, 10, 0))).toBe('already-done-today');
      const todays = parseBackup(store.files.get('2026-03-02')!, CURRENT_SCHEMA_VERSION);
      expect(todays.tables.stakeholders.map((row) => row.name)).toContain('Made on Sunday evening');
    });
  }

  it('(replace) keeps the local upgrade history and adds the backup’s erased contacts to the local record', async () => {
    await createStakeholder(db, stakeholderInput());
    await writeMeta(db, SCHEMA_UPGRADES_META_KEY, [
      { fromVersion: 1, toVersion: 2, upgradedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    await writeMeta(db, LAST_AUTO_BACKUP_META_KEY, '2026-03-02');
    await recordErasedContactIds(db, ['erased-here']);
    const backup = await backupOf(db);
    backup.tables.meta = [
      { key: SCHEMA_UPGRADES_META_KEY, value: [] },
      { key: LAST_AUTO_BACKUP_META_KEY, value: '2025-01-01' },
      { key: ERASED_CONTACTS_META_KEY, value: ['erased-elsewhere'] },
      { key: 'onboarded', value: true },
    ];

    await restoreBackup(db, backup, 'replace');

    expect(await readMeta(db, SCHEMA_UPGRADES_META_KEY, z.array(z.unknown()))).toHaveLength(1);
    expect(await readMeta(db, LAST_AUTO_BACKUP_META_KEY, z.string())).toBe('2026-03-02');
    expect(await readMeta(db, ERASED_CONTACTS_META_KEY, z.array(z.string()))).toEqual([
      'erased-elsewhere',
      'erased-here',
    ]);
    expect(await readMeta(db, 'onboarded', z.boolean())).toBe(true);
  });
});

describe('the bookkeeping keys', () => {
  it('are the keys the app keeps its bookkeeping under', () => {
    expect([...INSTALLATION_META_KEYS].sort()).toEqual(
      [LAST_AUTO_BACKUP_META_KEY, SCHEMA_UPGRADES_META_KEY, ...PRIVACY_INSTALLATION_META_KEYS].sort(),
    );
  });

  for (const mode of ['replace', 'merge'] as const) {
    it(`(${mode}) never take the erasures whose copies are pending from a backup, nor drop the local ones`, async () => {
      await createStakeholder(db, stakeholderInput());
      const pendingHere = [{ contactId: 'pending-here', places: [] }];
      await writeMeta(db, COPIES_PENDING_META_KEY, pendingHere);
      const backup = await backupOf(db);
      backup.tables.meta = [
        { key: COPIES_PENDING_META_KEY, value: [{ contactId: 'pending-in-the-backup', places: [] }] },
      ];
      await restoreBackup(db, backup, mode);
      expect((await db.meta.get(COPIES_PENDING_META_KEY))?.value).toEqual(pendingHere);
    });
  }
});

describe('a restore written in chunks', () => {
  it('reports its progress and, when cancelled, leaves the database exactly as it was', async () => {
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    const backup = await backupOf(db);
    backup.tables.stakeholders = backup.tables.stakeholders.map((row) => ({ ...row, name: `${row.name} (restored)` }));
    await db.stakeholders.update('sample-laz-ngo-1', { notes: 'Changed after the backup' });
    const before = await readBackupTables(db);
    const controller = new AbortController();
    const seen: Array<{ done: number; total: number }> = [];

    const restoring = restoreBackup(db, backup, {
      mode: 'replace',
      chunkSize: 50,
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.done >= 100) controller.abort();
      },
    });

    await expect(restoring).rejects.toBeInstanceOf(RestoreCancelledError);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)!.done).toBeLessThan(seen.at(-1)!.total);
    expect(await readBackupTables(db)).toEqual(before);
  });

  it('changes nothing when cancelled before it starts writing', async () => {
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    const backup = await backupOf(db);
    await db.stakeholders.clear();
    const before = await readBackupTables(db);
    const controller = new AbortController();
    const restoring = restoreBackup(db, backup, { mode: 'replace', signal: controller.signal });
    controller.abort();
    await expect(restoring).rejects.toBeInstanceOf(RestoreCancelledError);
    expect(await readBackupTables(db)).toEqual(before);
  });

  it('writes while the copy taken before is being saved, and commits only once it is kept', async () => {
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    const backup = await backupOf(db);
    backup.tables.stakeholders = backup.tables.stakeholders.map((row) => ({ ...row, name: `${row.name} (restored)` }));
    const events: string[] = [];
    let keepCopy: () => void = () => undefined;
    const copyKept = new Promise<void>((resolve) => (keepCopy = resolve));
    const restoring = restoreBackup(db, backup, {
      mode: 'replace',
      chunkSize: 50,
      copyKept,
      onProgress: ({ done, total }) => {
        if (done < total || total === 0) return;
        events.push('all written');
        // Later than the last write: the transaction must stay open until then.
        setTimeout(() => {
          events.push('copy kept');
          keepCopy();
        }, 50);
      },
    }).then(() => events.push('committed'));
    await restoring;
    expect(events).toEqual(['all written', 'copy kept', 'committed']);
    expect((await db.stakeholders.toArray()).every((row) => row.name.endsWith('(restored)'))).toBe(true);
  });

  it('rolls back whole when the copy taken before could not be kept, and says why', async () => {
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    const backup = await backupOf(db);
    backup.tables.stakeholders = backup.tables.stakeholders.map((row) => ({ ...row, name: `${row.name} (restored)` }));
    const before = await readBackupTables(db);
    const refused = new Error('QuotaExceededError: the disk is full');
    let failCopy: (error: Error) => void = () => undefined;
    const copyKept = new Promise<void>((_resolve, reject) => (failCopy = reject));
    const restoring = restoreBackup(db, backup, {
      mode: 'replace',
      chunkSize: 50,
      copyKept,
      onProgress: ({ done }) => done >= 100 && failCopy(refused),
    });
    await expect(restoring).rejects.toBe(refused);
    expect(await readBackupTables(db)).toEqual(before);
  });

  it('reports every record once it is done', async () => {
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    const backup = await backupOf(db);
    const seen: Array<{ done: number; total: number }> = [];
    await db.stakeholders.clear();
    await restoreBackup(db, backup, { mode: 'replace', chunkSize: 100, onProgress: (progress) => seen.push(progress) });
    const total = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(seen.map((progress) => progress.done)).toEqual(
      [...seen.map((progress) => progress.done)].sort((a, b) => a - b),
    );
    expect(await db.stakeholders.count()).toBe(backup.tables.stakeholders.length);
  });
});

describe('a replace by two-part keys and bookkeeping keys', () => {
  it('leaves exactly the backup’s map positions, told apart by both parts of their keys, and keeps this installation’s bookkeeping', async () => {
    await db.mapPositions.bulkPut([
      { viewId: 'region', stakeholderId: 'a', x: 1, y: 1 },
      { viewId: 'region', stakeholderId: 'b', x: 2, y: 2 },
    ]);
    await writeMeta(db, LAST_AUTO_BACKUP_META_KEY, '2026-03-02');
    const backup = await backupOf(db);
    // The same stakeholder in another view, and a view id that reads like a joined pair: neither is held here.
    backup.tables.mapPositions = [
      { viewId: 'region', stakeholderId: 'a', x: 9, y: 9 },
      { viewId: 'category', stakeholderId: 'b', x: 3, y: 3 },
      { viewId: '["region","b"]', stakeholderId: 'b', x: 4, y: 4 },
    ];
    backup.tables.meta = [{ key: 'onboarded', value: true }];

    await restoreBackup(db, backup, 'replace');

    const positions = await db.mapPositions.toArray();
    expect(sortedByKey('mapPositions', positions)).toEqual(sortedByKey('mapPositions', backup.tables.mapPositions));
    expect(await readMeta(db, LAST_AUTO_BACKUP_META_KEY, z.string())).toBe('2026-03-02');
    expect(await readMeta(db, 'onboarded', z.boolean())).toBe(true);
  });
});

describe('a merge', () => {
  it('keeps a record changed here after the backup when asked to keep the newer records', async () => {
    const mine = await createStakeholder(db, stakeholderInput({ name: 'Old name' }));
    const backup = await backupOf(db);
    await db.stakeholders.update(mine.id, {
      name: 'Renamed later',
      updatedAt: new Date(Date.parse(mine.updatedAt) + 60_000).toISOString(),
    });

    await restoreBackup(db, backup, { mode: 'merge', keepNewer: true });
    expect(await stakeholderNames(db)).toEqual(['Renamed later']);

    await restoreBackup(db, backup, { mode: 'merge', keepNewer: false });
    expect(await stakeholderNames(db)).toEqual(['Old name']);
  });

  it('compares times across offsets, not as text', async () => {
    const mine = await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupOf(db);
    // 10:00 in Rome is 09:00 UTC: the backup's copy is the older one although its text sorts later.
    backup.tables.stakeholders[0] = {
      ...backup.tables.stakeholders[0]!,
      name: 'Backup',
      updatedAt: '2026-03-02T10:00:00+01:00',
    };
    await db.stakeholders.update(mine.id, { updatedAt: '2026-03-02T09:30:00.000Z' });
    await restoreBackup(db, backup, { mode: 'merge', keepNewer: true });
    expect(await stakeholderNames(db)).toEqual(['Mine']);
  });
});

describe('contact persons erased here on request', () => {
  async function sampleWithOneErased() {
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    const backup = await backupOf(db);
    const action = backup.tables.actions.find((row) => row.participantIds.length > 0)!;
    const erasedId = action.participantIds[0]!;
    await db.contacts.delete(erasedId);
    await db.actions.update(action.id, { participantIds: action.participantIds.filter((id) => id !== erasedId) });
    await recordErasedContactIds(db, [erasedId]);
    return { backup, erasedId, actionId: action.id };
  }

  for (const mode of ['merge', 'replace'] as const) {
    it(`(${mode}) are left out by default, with every reference to them`, async () => {
      const { backup, erasedId, actionId } = await sampleWithOneErased();
      await restoreBackup(db, backup, { mode });
      expect(await db.contacts.get(erasedId)).toBeUndefined();
      expect((await db.actions.get(actionId))!.participantIds).not.toContain(erasedId);
      expect(await db.contacts.count()).toBe(backup.tables.contacts.length - 1);
    });
  }

  it('come back only when the user chooses so', async () => {
    const { backup, erasedId, actionId } = await sampleWithOneErased();
    await restoreBackup(db, backup, { mode: 'merge', restoreErasedContacts: true });
    expect(await db.contacts.get(erasedId)).toBeDefined();
    expect((await db.actions.get(actionId))!.participantIds).toContain(erasedId);
  });
});

describe('an erased person’s details in the free text of a backup', () => {
  const ANNA = { name: 'Anna Rossi', emails: ['anna.rossi@example.org'], phones: ['+39 333 123 4567'] };
  const NOTE = 'Call Anna Rossi at anna.rossi@example.org or 333 1234567.';

  /** Anna was erased here after the backup; the note mentioning her was then redacted here, and another deleted. */
  async function backupThenErasure() {
    const office = await createStakeholder(db, stakeholderInput({ name: 'Office', notes: NOTE }));
    const deletedSince = await createStakeholder(
      db,
      stakeholderInput({ name: 'Deleted here since', notes: `Ask ${ANNA.emails[0]}` }),
    );
    const anna = await createContact(db, contactInput(office.id, ANNA));
    await createContact(db, contactInput(office.id, { name: 'Carla Kept', emails: ['carla@example.org'] }));
    const backup = await backupOf(db);
    await db.contacts.delete(anna.id);
    await db.stakeholders.update(office.id, {
      notes: 'Call [erased] at [erased] or [erased].',
      updatedAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await db.stakeholders.delete(deletedSince.id);
    await recordErasedContactIds(db, [anna.id]);
    return { backup, office, deletedSince, anna };
  }

  const cases = [
    { mode: 'merge', keepNewer: false },
    { mode: 'merge', keepNewer: true },
    { mode: 'replace', keepNewer: true },
  ] as const;
  for (const { mode, keepNewer } of cases) {
    it(`(${mode}${mode === 'merge' ? `, ${keepNewer ? 'keeping newer records' : 'taking the backup’s version'}` : ''}) do not come back: they are replaced by the marker`, async () => {
      const { backup, office, deletedSince } = await backupThenErasure();
      const outcome = await restoreBackup(db, backup, { mode, keepNewer, marker: '[erased]' });
      const notes = (await db.stakeholders.toArray()).map((row) => row.notes ?? '').join('\n');
      expect(notes).not.toMatch(/Anna|anna\.rossi|1234567/);
      expect((await db.stakeholders.get(deletedSince.id))?.notes).toBe('Ask [erased]');
      if (!(mode === 'merge' && keepNewer))
        expect((await db.stakeholders.get(office.id))?.notes).toBe('Call [erased] at [erased] or [erased].');
      expect(outcome.leftOutContacts).toBe(1);
      expect(outcome.recordsRedacted).toBe(2);
    });
  }

  it('come back as they were only when the user restores the person anyway, who then leaves the list of erased contacts', async () => {
    const { backup, office, anna } = await backupThenErasure();
    backup.tables.meta.push({ key: ERASED_CONTACTS_META_KEY, value: [anna.id, 'erased-elsewhere'] });
    const outcome = await restoreBackup(db, backup, { mode: 'replace', restoreErasedContacts: true });
    expect((await db.stakeholders.get(office.id))?.notes).toBe(NOTE);
    expect(await db.contacts.get(anna.id)).toBeDefined();
    expect([...(await readErasedContactIds(db))]).toEqual(['erased-elsewhere']);
    expect(outcome.erasedContactsBroughtBack).toBe(1);
  });
});
