import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialiseBackup, type BackupTables } from '../../shared/io/backup';
import { buildSyntheticNetwork } from '../../shared/sample/syntheticNetwork';
import { META_KEYS } from '../../renderer/db/repositories/meta';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { emptyBackupTables } from '../support/backupTables';

// The backup file the restore scenarios choose (restoreScenario.ts).

const BACKUP_DAY = '2025-12-01';

export interface BackupFile {
  path: string;
  bytes: number;
  remove(): void;
}

/**
 * A backup of the size's network taken a month before the one the app scenario loads: the
 * same records with older timestamps, as a user restoring last month's file has. Restored
 * over the loaded network, every record is one the restore changes, so the app does all it
 * does before replacing data (the safety copy among it); a backup equal to the data held
 * would change nothing and need no copy.
 */
export function writeOlderBackupFile(stakeholders: number): BackupFile {
  const network = buildSyntheticNetwork({ stakeholders, stamp: `${BACKUP_DAY}T08:00:00.000Z` });
  const tables = {
    ...emptyBackupTables(),
    ...network,
    // The meta rows the load leaves (renderer/db/sample.ts).
    meta: [
      { key: META_KEYS.sample, value: { loadedOn: BACKUP_DAY, stakeholderCount: stakeholders } },
      { key: META_KEYS.onboarded, value: true },
    ],
  } satisfies BackupTables;
  const json = serialiseBackup(tables, CURRENT_SCHEMA_VERSION, `${BACKUP_DAY}T09:00:00.000Z`);
  const folder = mkdtempSync(join(tmpdir(), 'trama-bench-backup-'));
  const path = join(folder, `trama-backup-${stakeholders}.json`);
  writeFileSync(path, json);
  return { path, bytes: Buffer.byteLength(json), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
