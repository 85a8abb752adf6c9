import { Buffer } from 'node:buffer';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { lstat, open, rename } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { AutoBackups, BackupNameError, KEPT_AUTO_BACKUPS, autoBackupFileName } from '../../../electron/backups';
import { backupFailureReason } from '../../../shared/ipc/backupFailure';
import { backup, backupsIn, checkHere } from './backupsFixture';

// The backups folder is a real temporary folder; only the clock is ours.

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, rename: vi.fn(actual.rename), lstat: vi.fn(actual.lstat), open: vi.fn(actual.open) };
});

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
    const { filePath, keptCount } = await backups.write(backup('first day'));
    expect(seenBeforeRename[0]).toHaveLength(1);
    expect(seenBeforeRename[0]![0]).toMatch(/^\.trama-backup-2026-01-01\.json\..+\.tmp$/);
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-01.json']);
    expect(filePath).toBe(path.join(folder, 'trama-backup-2026-01-01.json'));
    expect(readFileSync(filePath, 'utf8')).toBe(backup('first day'));
    expect(keptCount).toBe(1);
  });

  it('leaves the previous backup whole and no temporary behind when the write fails', async () => {
    const { backups, folder } = backupsIn();
    await backups.write(backup('first'));
    vi.mocked(rename).mockRejectedValueOnce(new Error('disk full'));
    await expect(backups.write(backup('second'))).rejects.toThrow('disk full');
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-01.json']);
    expect(readFileSync(path.join(folder, 'trama-backup-2026-01-01.json'), 'utf8')).toBe(backup('first'));
  });

  it('replaces the same day’s backup and keeps only the newest fourteen days', async () => {
    const { backups, folder, nextDay } = backupsIn();
    await backups.write(backup('morning'));
    await backups.write(backup('evening'));
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-01.json']);
    expect(await backups.read('trama-backup-2026-01-01.json')).toBe(backup('evening'));
    let keptCount = 0;
    for (let day = 2; day <= 20; day += 1) {
      nextDay();
      ({ keptCount } = await backups.write(backup(`day ${day}`)));
    }
    expect(keptCount).toBe(KEPT_AUTO_BACKUPS);
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(KEPT_AUTO_BACKUPS);
    expect(names[0]).toBe('trama-backup-2026-01-07.json');
    expect(names.at(-1)).toBe('trama-backup-2026-01-20.json');
  });

  it('clears a temporary file left by a crash and ignores files that are not backups', async () => {
    const { backups, folder } = backupsIn();
    await backups.write(backup('x'));
    writeFileSync(path.join(folder, '.trama-backup-2025-12-31.json.0b7e4a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b.tmp'), 'half');
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    await backups.write(backup('y'));
    expect(readdirSync(folder).sort()).toEqual(['notes.txt', 'trama-backup-2026-01-01.json']);
    expect((await backups.list()).map((file) => file.fileName)).toEqual(['trama-backup-2026-01-01.json']);
  });

  it('lists backups newest first with their date and size', async () => {
    const { backups, nextDay } = backupsIn();
    await backups.write(backup('a'));
    nextDay();
    await backups.write(backup('bbb'));
    nextDay();
    await backups.write(backup('cc'));
    const size = (label: string) => Buffer.byteLength(backup(label));
    expect(await backups.list()).toEqual([
      { fileName: 'trama-backup-2026-01-03.json', kind: 'automatic', date: '2026-01-03', sizeBytes: size('cc') },
      { fileName: 'trama-backup-2026-01-02.json', kind: 'automatic', date: '2026-01-02', sizeBytes: size('bbb') },
      { fileName: 'trama-backup-2026-01-01.json', kind: 'automatic', date: '2026-01-01', sizeBytes: size('a') },
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
    await backups.write(backup('x'));
    await expect(backups.read(fileName)).rejects.toBeInstanceOf(BackupNameError);
  });

  it('refuses to follow a link planted under a backup name', async () => {
    const { backups, folder } = backupsIn();
    await backups.write(backup('x'));
    const outside = path.join(path.dirname(folder), 'secret.json');
    writeFileSync(outside, 'secret');
    symlinkSync(outside, path.join(folder, 'trama-backup-2025-12-31.json'));
    await expect(backups.read('trama-backup-2025-12-31.json')).rejects.toBeInstanceOf(BackupNameError);
    expect((await backups.list()).map((file) => file.date)).toEqual(['2026-01-01']);
  });
});

describe('rewriting and removing backup files (erasure)', () => {
  it('rewrites an automatic backup or a safety copy in place, through a temporary file', async () => {
    const { backups, folder } = backupsIn();
    await backups.write(backup('with Paola'));
    const { fileName } = await backups.writeSafetyCopy(backup('with Paola too'));
    await backups.replace('trama-backup-2026-01-01.json', backup('without Paola'));
    await backups.replace(fileName, backup('without Paola either'));
    expect(await backups.read('trama-backup-2026-01-01.json')).toBe(backup('without Paola'));
    expect(await backups.read(fileName)).toBe(backup('without Paola either'));
    expect(readdirSync(folder).sort()).toEqual(['trama-backup-2026-01-01.json', fileName].sort());
  });

  it('refuses to rewrite a file that is not there, or with something that is not a backup', async () => {
    const { backups, folder } = backupsIn();
    await backups.write(backup('kept'));
    await expect(backups.replace('trama-backup-2025-12-31.json', backup('new'))).rejects.toBeInstanceOf(
      BackupNameError,
    );
    await expect(backups.replace('trama-backup-2026-01-01.json', 'not json at all')).rejects.toThrow(/invalid-backup/);
    await expect(backups.writeSafetyCopy('{"format":"trama-backup"}')).rejects.toThrow(/invalid-backup/);
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-01.json']);
    expect(await backups.read('trama-backup-2026-01-01.json')).toBe(backup('kept'));
  });

  it('removes an automatic backup or a safety copy, and nothing else', async () => {
    const { backups, folder } = backupsIn();
    await backups.write(backup('a'));
    const { fileName } = await backups.writeSafetyCopy(backup('b'));
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    await backups.remove(fileName);
    await backups.remove('trama-backup-2026-01-01.json');
    await expect(backups.remove('notes.txt')).rejects.toBeInstanceOf(BackupNameError);
    await expect(backups.remove('../backups/notes.txt')).rejects.toBeInstanceOf(BackupNameError);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
    expect(await backups.list()).toEqual([]);
  });

  it.each([
    '../trama-safety-2026-01-01T09-30-00.json',
    'trama-safety-2026-01-01T09-30-00.json/../../x',
    'trama-safety-2026-01-01T09-30-00.json.tmp',
    'trama-safety-2026-01-01.json',
    'trama-safety-2026-01-01T09-30-00-0.json',
    'TRAMA-BACKUP-2026-01-01.JSON',
  ])('refuses to read, rewrite or remove %s', async (fileName) => {
    const { backups } = backupsIn();
    await backups.write(backup('x'));
    await expect(backups.read(fileName)).rejects.toBeInstanceOf(BackupNameError);
    await expect(backups.replace(fileName, backup('y'))).rejects.toBeInstanceOf(BackupNameError);
    await expect(backups.remove(fileName)).rejects.toBeInstanceOf(BackupNameError);
  });

  it('refuses to rewrite or remove through a link planted under a backup name', async () => {
    const { backups, folder } = backupsIn();
    await backups.write(backup('x'));
    const outside = path.join(path.dirname(folder), 'secret.json');
    writeFileSync(outside, 'secret');
    symlinkSync(outside, path.join(folder, 'trama-safety-2025-12-31T10-00-00.json'));
    await expect(backups.replace('trama-safety-2025-12-31T10-00-00.json', backup('y'))).rejects.toBeInstanceOf(
      BackupNameError,
    );
    await expect(backups.remove('trama-safety-2025-12-31T10-00-00.json')).rejects.toBeInstanceOf(BackupNameError);
    expect(readFileSync(outside, 'utf8')).toBe('secret');
  });

  it('refuses a backup larger than the limit, counted in UTF-8 bytes', async () => {
    const small = new AutoBackups({
      folder: path.join(mkdtempSync(path.join(tmpdir(), 'trama-backups-')), 'backups'),
      maxBytes: 200,
      checkShape: checkHere,
    });
    await expect(small.write(backup('é'.repeat(100)))).rejects.toThrow(/file-too-large/);
    await expect(small.write(backup('e'.repeat(50)))).resolves.toMatchObject({ keptCount: 1 });
  });
});

describe('the backups folder on disk', () => {
  it('makes a new backups folder durable in its parent before the first backup is reported done', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'trama-backups-'));
    const { backups, folder } = backupsIn(path.join(parent, 'backups'));
    vi.mocked(open).mockClear();
    await backups.write(backup('first'));
    const opened = vi.mocked(open).mock.calls.map(([target]) => String(target));
    expect(opened).toContain(parent);
    expect(opened.indexOf(parent)).toBeLessThan(
      opened.findIndex((target) => target.startsWith(path.join(folder, '.trama-backup-'))),
    );
  });

  it('lists the backups that are still there when one disappears while listing (a prune running)', async () => {
    const { backups, folder, nextDay } = backupsIn();
    await backups.write(backup('a'));
    nextDay();
    await backups.write(backup('b'));
    const { lstat: realLstat } = await vi.importActual<typeof FsPromises>('node:fs/promises');
    vi.mocked(lstat).mockImplementation(async (target, ...rest) => {
      // Removed between the folder's listing and this file's lstat.
      if (String(target).endsWith('trama-backup-2026-01-01.json')) rmSync(String(target));
      return realLstat(target, ...rest);
    });
    onTestFinished(() => {
      vi.mocked(lstat).mockImplementation(realLstat);
    });
    expect((await backups.list()).map((file) => file.fileName)).toEqual(['trama-backup-2026-01-02.json']);
    expect(readdirSync(folder)).toEqual(['trama-backup-2026-01-02.json']);
  });

  it('still fails the listing for errors other than a file gone', async () => {
    const { backups } = backupsIn();
    await backups.write(backup('a'));
    vi.mocked(lstat).mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    await expect(backups.list()).rejects.toThrow('EACCES');
  });

  it('refuses to read a file over the size limit, saying file-too-large', async () => {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'trama-backups-')), 'backups');
    const small = new AutoBackups({ folder, maxBytes: 200, checkShape: checkHere });
    await small.write(backup('x'));
    writeFileSync(path.join(folder, 'trama-backup-2025-12-31.json'), backup('y'.repeat(300)));
    const error = await small.read('trama-backup-2025-12-31.json').catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/\bfile-too-large\b/);
    expect(backupFailureReason(error)).toBe('too-large');
  });
});
