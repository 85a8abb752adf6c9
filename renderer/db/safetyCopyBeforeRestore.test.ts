import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/io/backup';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import type { BackupFile, BackupStore } from '../platform/platform';
import type { TramaDatabase } from './db';
import { holdsWork } from './holdsWork';
import { savePositions } from './repositories/mapPositions';
import { createProgramme, ensureDefaultProgrammes, updateProgramme } from './repositories/organisation';
import { writeOmitPersonalColumns } from './repositories/preferences';
import { createStakeholder } from './repositories/stakeholders';
import { currentDataJson, keepSafetyCopy, SafetyCopyError } from './safetyCopyBeforeRestore';
import { deleteSafetyCopy, listSafetyCopies, readSafetyCopy } from './safetyCopies';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** The desktop shell's backups folder, in memory; `isFull` makes every write fail. */
class BackupsFolder implements BackupStore {
  readonly safetyCopies: string[] = [];
  isFull = false;
  async writeAuto() {
    return { filePath: '/backups/auto.json', keptCount: 1 };
  }
  async writeSafetyCopy(json: string) {
    if (this.isFull) throw new Error('ENOSPC: no space left on device');
    this.safetyCopies.push(json);
    return { fileName: `trama-safety-2026-03-02-${this.safetyCopies.length}.json` };
  }
  async list(): Promise<BackupFile[]> {
    return this.safetyCopies
      .map((json, index) => ({
        fileName: `trama-safety-2026-03-02-${index + 1}.json`,
        date: '2026-03-02',
        sizeBytes: json.length,
        kind: 'safety' as const,
      }))
      .reverse();
  }
  async read(): Promise<string> {
    return '';
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
  for (const copy of await listSafetyCopies()) await deleteSafetyCopy(copy.id);
});

describe('the copy kept before a restore', () => {
  it('is not needed while the database holds no work', async () => {
    await ensureDefaultProgrammes(db);
    expect(await currentDataJson(db)).toBeNull();
  });

  const onlyOneThingOfTheirOwn = {
    'a programme of its own': (database: TramaDatabase) => createProgramme(database, { name: 'My own programme' }),
    'a renamed default programme': (database: TramaDatabase) =>
      updateProgramme(database, 'programme-psychcare', { name: 'PsychCare (Lazio)', shortName: 'PsychCare' }),
    'a custom category': (database: TramaDatabase) =>
      database.categories.add({
        id: 'c1',
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:00:00.000Z',
        labels: { it: 'Garante', en: 'Ombudsman' },
        defaultSector: 'other',
      }),
    'a position on the map': (database: TramaDatabase) =>
      savePositions(database, [{ viewId: 'default:regions', stakeholderId: 'gone', x: 1, y: 2 }]),
    'a setting': (database: TramaDatabase) => writeOmitPersonalColumns(database, true),
  };
  for (const [what, add] of Object.entries(onlyOneThingOfTheirOwn)) {
    it(`is needed when the database holds only the defaults and ${what}`, async () => {
      await ensureDefaultProgrammes(db);
      await add(db);
      expect(await holdsWork(db)).toBe(true);
      expect(await currentDataJson(db)).not.toBeNull();
    });
  }

  it('holds the whole database as a backup that restores like any other', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Before the restore' }));
    const json = (await currentDataJson(db))!;
    expect(parseBackup(json, CURRENT_SCHEMA_VERSION).tables.stakeholders.map((row) => row.name)).toEqual([
      'Before the restore',
    ]);
  });

  it('goes to a dated file in the backups folder on the desktop', async () => {
    const folder = new BackupsFolder();
    expect(await keepSafetyCopy('{"a":1}', folder)).toEqual({
      where: 'backups-folder',
      fileName: 'trama-safety-2026-03-02-1.json',
      isNew: true,
    });
    expect(folder.safetyCopies).toEqual(['{"a":1}']);
    expect(await listSafetyCopies()).toEqual([]);
  });

  it('goes to the browser’s own copies in web mode', async () => {
    const copy = await keepSafetyCopy('{"a":1}', undefined);
    expect(copy.where).toBe('browser');
    expect((await readSafetyCopy(copy.where === 'browser' ? copy.copyId : -1))?.json).toBe('{"a":1}');
  });

  it('is not written again on the desktop when the data is the same as the last copy’s (a retry after a cancel)', async () => {
    const folder = new BackupsFolder();
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const first = await keepSafetyCopy((await currentDataJson(db))!, folder);
    const retry = await keepSafetyCopy((await currentDataJson(db))!, folder);
    expect(retry).toEqual({ ...first, isNew: false });
    await createStakeholder(db, stakeholderInput({ name: 'Added since' }));
    expect(await keepSafetyCopy((await currentDataJson(db))!, folder)).toMatchObject({
      isNew: true,
      fileName: 'trama-safety-2026-03-02-2.json',
    });
    expect(folder.safetyCopies).toHaveLength(2);
  });

  it('says why it could not be kept', async () => {
    const folder = new BackupsFolder();
    folder.isFull = true;
    const failure = keepSafetyCopy('{}', folder);
    await expect(failure).rejects.toBeInstanceOf(SafetyCopyError);
    await expect(failure).rejects.toMatchObject({ detail: 'ENOSPC: no space left on device', reason: 'disk-full' });
  });
});
