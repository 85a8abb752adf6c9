import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { metaRowProblem } from '../../shared/io/backupMeta';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { freshDatabase } from '../../test/support/builders';
import type { BackupFile, BackupStore } from '../platform/platform';
import { runDailyAutoBackup } from './autoBackup';
import { addCopiesPending } from './copiesPending';
import type { TramaDatabase } from './db';
import { recordErasedContactIds } from './erasedContacts';
import { ensureDefaultProgrammes } from './repositories/organisation';
import { writeOmitPersonalColumns } from './repositories/preferences';
import { loadSampleNetwork } from './sample';
import { emptyChange } from './undo';

// A backup brings only the meta rows shared/io/backupMeta.ts knows. Every row the app itself
// writes must be one of them, with a value its schema accepts: else a restore would drop it.

const folder: BackupStore = {
  writeAuto: async () => ({ filePath: '/backups/auto.json', keptCount: 1 }),
  writeSafetyCopy: async () => ({ fileName: 'trama-safety-2026-03-02T10-00-00.json' }),
  list: async (): Promise<BackupFile[]> => [],
  read: async () => '',
  replace: async () => undefined,
  remove: async () => undefined,
  openFolder: async () => true,
};

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('the meta rows the app writes', () => {
  it('are all known to a restore, with values it accepts', async () => {
    await ensureDefaultProgrammes(db);
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    await writeOmitPersonalColumns(db, true);
    await recordErasedContactIds(db, ['erased-1']);
    await addCopiesPending(
      db,
      { contactId: 'erased-1', places: [{ table: 'stakeholders', id: 's1', field: 'notes' }] },
      emptyChange(),
    );
    await runDailyAutoBackup(db, folder, new Date(2026, 2, 2, 9, 0));
    const rows = await db.meta.toArray();
    expect(rows.map((row) => row.key).sort()).toEqual(
      [
        'backups.lastAutomatic',
        'defaultProgrammesAdded',
        'onboarded',
        'preferences.omitPersonalColumns',
        'privacy.copiesPending',
        'privacy.erasedContactIds',
        'sample',
      ].sort(),
    );
    for (const row of rows) expect([row.key, metaRowProblem(row.key, row.value)]).toEqual([row.key, null]);
  });
});
