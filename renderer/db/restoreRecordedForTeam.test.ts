import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/io/backup';
import { freshDatabase, stakeholderInput } from '../../test/support/builders';
import { setTeamMember } from '../sync/teamMember';
import { SYNC_OUTBOX_TABLE, type OutboxRow } from '../sync/syncTables';
import { createBackupJson, restoreBackup } from './backup';
import type { TramaDatabase } from './db';
import { createStakeholder } from './repositories/stakeholders';
import { CURRENT_SCHEMA_VERSION } from './schema';

// A restore writes on a connection of its own (relaxed durability): its changes must still
// reach the team, like any other write, or a restored network would stay on one laptop.

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  setTeamMember(null);
  await db.delete();
});

describe('a restore, while this laptop is in a team', () => {
  it('records every record it writes and every one it removes for the team', async () => {
    const kept = await createStakeholder(db, stakeholderInput({ name: 'ASL Potenza' }));
    const backup = parseBackup(await createBackupJson(db, '2026-12-01T09:00:00.000Z'), CURRENT_SCHEMA_VERSION);
    const gone = await createStakeholder(db, stakeholderInput({ name: 'Made after the backup' }));
    setTeamMember('anna');

    await restoreBackup(db, backup, 'replace');

    const rows = (await db.table(SYNC_OUTBOX_TABLE).toArray()) as OutboxRow[];
    const stakeholderKeys = new Set(rows.filter((row) => row.table === 'stakeholders').map((row) => row.key));
    expect(stakeholderKeys).toEqual(new Set([kept.id, gone.id]));
    expect(rows.every((row) => row.changedBy === 'anna')).toBe(true);
  });

  it('records nothing while the laptop is in no team', async () => {
    await createStakeholder(db, stakeholderInput());
    const backup = parseBackup(await createBackupJson(db, '2026-12-01T09:00:00.000Z'), CURRENT_SCHEMA_VERSION);
    setTeamMember(null);
    await restoreBackup(db, backup, 'replace');
    expect(await db.table(SYNC_OUTBOX_TABLE).count()).toBe(0);
  });
});
