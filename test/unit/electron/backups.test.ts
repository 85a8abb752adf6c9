import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AutoBackups, BackupNameError, KEPT_AUTO_BACKUPS, autoBackupFileName } from '../../../electron/backups';

// The backups folder is a real temporary folder; only the clock is ours.

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

function backupsIn(folder = path.join(mkdtempSync(path.join(tmpdir(), 'trama-backups-')), 'backups'), start = new Date(2026, 0, 1, 9, 30)) {
  let now = start;
  const backups = new AutoBackups({ folder, now: () => now });
  const nextDay = () => {
    now = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 30);
  };
  return { backups, folder, nextDay };
}

describe('automatic backups', () => {
  it('names the file after the calendar day', () => {
    expect(autoBackupFileName('2026-03-04')).toBe('trama-backup-2026-03-04.json');
  });

  it('writes through a temporary file: before the rename only the temporary exists, after it only the backup', async () => {
    const { backups, folder } = backupsIn();
    const seenBeforeRename: string[][] = [];
    vi.mocked(rename).mockImplementationOnce(async (from, to) => {
      seenBeforeRename.push(readdirSync(folder));
      const { rename: realRename } = await vi.importActual<typeof FsPromises>('node:fs/promises');
      return realRename(from, to);
    });
    const { filePath, keptCount } = await backups.write('{"tables":{}}');
    expect(seenBeforeRename[0]).toHaveLength(1);
    expect(seenBeforeRename[0]![0]).toMatch(/^\.trama-backup-2026-01-01\.json\..+\.tmp$/);
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-01.json']);
    expect(filePath).toBe(path.join(folder, 'trama-backup-2026-01-01.json'));
    expect(readFileSync(filePath, 'utf8')).toBe('{"tables":{}}');
    expect(keptCount).toBe(1);
  });

  it('leaves the previous backup whole and no temporary behind when the write fails', async () => {
    const { backups, folder } = backupsIn();
    await backups.write('first');
    vi.mocked(rename).mockRejectedValueOnce(new Error('disk full'));
    await expect(backups.write('second')).rejects.toThrow('disk full');
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-01.json']);
    expect(readFileSync(path.join(folder, 'trama-backup-2026-01-01.json'), 'utf8')).toBe('first');
  });

  it('replaces the same day’s backup and keeps only the newest fourteen days', async () => {
    const { backups, folder, nextDay } = backupsIn();
    await backups.write('morning');
    await backups.write('evening');
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-01.json']);
    expect(await backups.read('trama-backup-2026-01-01.json')).toBe('evening');
    let keptCount = 0;
    for (let day = 2; day <= 20; day += 1) {
      nextDay();
      ({ keptCount } = await backups.write(`day ${day}`));
    }
    expect(keptCount).toBe(KEPT_AUTO_BACKUPS);
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(KEPT_AUTO_BACKUPS);
    expect(names[0]).toBe('trama-backup-2026-01-07.json');
    expect(names.at(-1)).toBe('trama-backup-2026-01-20.json');
  });

  it('clears a temporary file left by a crash and ignores files that are not backups', async () => {
    const { backups, folder } = backupsIn();
    await backups.write('x');
    writeFileSync(path.join(folder, '.trama-backup-2025-12-31.json.0b7e4a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b.tmp'), 'half');
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    await backups.write('y');
    expect(readdirSync(folder).sort()).toEqual(['notes.txt', 'trama-backup-2026-01-01.json']);
    expect((await backups.list()).map((file) => file.fileName)).toEqual(['trama-backup-2026-01-01.json']);
  });

  it('lists backups newest first with their date and size', async () => {
    const { backups, nextDay } = backupsIn();
    await backups.write('a');
    nextDay();
    await backups.write('bbb');
    nextDay();
    await backups.write('cc');
    expect(await backups.list()).toEqual([
      { fileName: 'trama-backup-2026-01-03.json', date: '2026-01-03', sizeBytes: 2 },
      { fileName: 'trama-backup-2026-01-02.json', date: '2026-01-02', sizeBytes: 3 },
      { fileName: 'trama-backup-2026-01-01.json', date: '2026-01-01', sizeBytes: 1 },
    ]);
  });

  it('lists nothing before the first backup', async () => {
    expect(await backupsIn().backups.list()).toEqual([]);
  });

  it.each([
    '../trama-backup-2026-01-01.json',
    '../../.config/Trama/trama-backup-2026-01-01.json',
    '/etc/passwd',
    'trama-backup-2026-01-01.json/../../x',
    '..\\trama-backup-2026-01-01.json',
    'trama-backup-2026-01-01.json.tmp',
    'notes.txt',
  ])('refuses to read %s', async (fileName) => {
    const { backups } = backupsIn();
    await backups.write('x');
    await expect(backups.read(fileName)).rejects.toBeInstanceOf(BackupNameError);
  });

  it('refuses to follow a link planted under a backup name', async () => {
    const { backups, folder } = backupsIn();
    await backups.write('x');
    const outside = path.join(path.dirname(folder), 'secret.json');
    writeFileSync(outside, 'secret');
    symlinkSync(outside, path.join(folder, 'trama-backup-2025-12-31.json'));
    await expect(backups.read('trama-backup-2025-12-31.json')).rejects.toBeInstanceOf(BackupNameError);
    expect((await backups.list()).map((file) => file.date)).toEqual(['2026-01-01']);
  });
});
