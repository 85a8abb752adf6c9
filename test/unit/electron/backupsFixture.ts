import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AutoBackups } from '../../../electron/backups';
import { backupShapeProblem } from '../../../shared/ipc/backupShape';

// A backups store in a new temporary folder, with a clock the test moves. The shape of a
// backup is checked in this thread (the pure check) unless a test starts the real worker.

export const checkHere = async (utf8: Uint8Array) => backupShapeProblem(new TextDecoder().decode(utf8));

/** A backup whose one stakeholder is called `label`: the shape the main process checks. */
export function backup(label: string): string {
  return JSON.stringify({
    format: 'trama-backup',
    formatVersion: 1,
    createdAt: '2026-01-01T08:30:00.000Z',
    schemaVersion: 2,
    tables: { stakeholders: [{ id: 's1', name: label }] },
  });
}

export function backupsIn(
  folder = path.join(mkdtempSync(path.join(tmpdir(), 'trama-backups-')), 'backups'),
  start = new Date(2026, 0, 1, 9, 30),
) {
  let now = start;
  const backups = new AutoBackups({ folder, now: () => now, checkShape: checkHere });
  const nextDay = () => {
    now = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 30);
  };
  const later = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  return { backups, folder, nextDay, later };
}
