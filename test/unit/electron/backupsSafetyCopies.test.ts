import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_AUTO_BACKUPS, KEPT_SAFETY_COPIES } from '../../../electron/backups';
import { backup, backupsIn } from './backupsFixture';

describe('safety copies taken before a restore', () => {
  it('writes a dated copy beside the automatic backups, listed newest first with its kind', async () => {
    const { backups, folder, later } = backupsIn();
    await backups.write(backup('today'));
    later(60);
    const { fileName } = await backups.writeSafetyCopy(backup('before restore'));
    expect(fileName).toBe('trama-safety-2026-01-01T09-31-00.json');
    expect(readFileSync(path.join(folder, fileName), 'utf8')).toBe(backup('before restore'));
    expect((await backups.list()).map(({ fileName: name, kind, date }) => [name, kind, date])).toEqual([
      ['trama-safety-2026-01-01T09-31-00.json', 'safety', '2026-01-01'],
      ['trama-backup-2026-01-01.json', 'automatic', '2026-01-01'],
    ]);
    expect(await backups.read(fileName)).toBe(backup('before restore'));
  });

  it('never overwrites a copy: a second one in the same second gets its own name', async () => {
    const { backups } = backupsIn();
    const first = await backups.writeSafetyCopy(backup('one'));
    const second = await backups.writeSafetyCopy(backup('two'));
    expect(second.fileName).not.toBe(first.fileName);
    expect(await backups.read(first.fileName)).toBe(backup('one'));
    expect(await backups.read(second.fileName)).toBe(backup('two'));
  });

  it('is neither overwritten nor pruned by automatic backups', async () => {
    const { backups, folder, nextDay } = backupsIn();
    const { fileName } = await backups.writeSafetyCopy(backup('safe'));
    for (let day = 0; day < KEPT_AUTO_BACKUPS + 5; day += 1) {
      await backups.write(backup(`day ${day}`));
      nextDay();
    }
    const files = await backups.list();
    expect(files.filter((file) => file.kind === 'automatic')).toHaveLength(KEPT_AUTO_BACKUPS);
    expect(files.filter((file) => file.kind === 'safety').map((file) => file.fileName)).toEqual([fileName]);
    expect(readFileSync(path.join(folder, fileName), 'utf8')).toBe(backup('safe'));
  });

  it(`keeps every safety copy up to ${KEPT_SAFETY_COPIES}, then lets the oldest go`, async () => {
    const { backups, later } = backupsIn();
    await backups.write(backup('automatic'));
    const names: string[] = [];
    for (let copy = 0; copy < KEPT_SAFETY_COPIES + 3; copy += 1) {
      later(3600);
      names.push((await backups.writeSafetyCopy(backup(`copy ${copy}`))).fileName);
    }
    const safety = (await backups.list()).filter((file) => file.kind === 'safety').map((file) => file.fileName);
    expect(safety).toEqual(names.slice(3).reverse());
    expect((await backups.list()).filter((file) => file.kind === 'automatic')).toHaveLength(1);
  });

  it('clears a temporary file left by a crash while writing a safety copy', async () => {
    const { backups, folder } = backupsIn();
    await backups.writeSafetyCopy(backup('x'));
    writeFileSync(
      path.join(folder, '.trama-safety-2025-12-31T10-00-00.json.0b7e4a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b.tmp'),
      'half',
    );
    await backups.write(backup('y'));
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
