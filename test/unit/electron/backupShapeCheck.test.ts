import { Buffer } from 'node:buffer';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupShapeCheckInWorker } from '../../../electron/backupShapeCheck';
import { AutoBackups } from '../../../electron/backups';
import { backupFailureReason } from '../../../shared/ipc/backupFailure';
import type { BackupShapeProblem } from '../../../shared/ipc/backupShape';
import { startBundledBackupShapeWorker } from './backupShapeWorkerBuild';

// The main process is Electron's browser process: a backup parsed there freezes the window
// (an 81 MB backup took about 3 s). The shape is checked in a worker thread instead.

const backup = (tables: unknown = { stakeholders: [{ id: 's1', name: 'ASL Napoli 1 Centro' }] }) =>
  JSON.stringify({
    format: 'trama-backup',
    formatVersion: 1,
    createdAt: '2026-03-02T08:00:00.000Z',
    schemaVersion: 2,
    tables,
  });

const utf8 = (text: string) => new TextEncoder().encode(text);

const checkInWorker = backupShapeCheckInWorker(startBundledBackupShapeWorker);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checking a backup’s shape in a worker thread', () => {
  it('answers null for a backup, parsed in no thread but the worker’s', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(await checkInWorker(utf8(backup()))).toBeNull();
    expect(parse).not.toHaveBeenCalled();
  });

  it.each([
    ['text that is not JSON', 'not json at all', 'not-json'],
    ['a lone surrogate (written as U+FFFD)', '{"format":"trama-backup\uD800"}', 'wrong-format'],
    ['a list', '[1,2,3]', 'not-an-object'],
    [
      'a __proto__ table',
      '{"format":"trama-backup","formatVersion":1,"createdAt":"2026-03-02T08:00:00Z","schemaVersion":2,"tables":{"__proto__":[]}}',
      'bad-table-name',
    ],
    ['a row that is not an object', backup({ stakeholders: [null] }), 'row-not-an-object'],
    ['a deeply nested value', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'not-an-object'],
  ])('names the problem of %s', async (_case, json, problem) => {
    expect(await checkInWorker(utf8(json))).toBe(problem);
  });

  it('names bytes that are not UTF-8 text as not JSON', async () => {
    expect(await checkInWorker(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))).toBe('not-json');
  });

  it('checks a large backup (20 MB) without parsing it here', async () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => ({
      id: `s${index}`,
      name: `Stakeholder ${index}`,
      notes: 'x'.repeat(150),
    }));
    const json = backup({ stakeholders: rows });
    expect(json.length).toBeGreaterThan(20_000_000);
    const parse = vi.spyOn(JSON, 'parse');
    expect(await checkInWorker(utf8(json))).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    // Building and checking 20 MB takes seconds on a loaded machine.
  }, 60_000);

  it('reports a worker that fails as a failed check, not as an invalid backup', async () => {
    const crashing = backupShapeCheckInWorker(() => new Worker('throw new Error("worker crashed")', { eval: true }));
    const error = await crashing(utf8(backup())).catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/worker crashed/);
    expect(backupFailureReason(error)).toBe('unknown');
  });

  it('reports a worker that ends without an answer', async () => {
    const silent = backupShapeCheckInWorker(() => new Worker('process.exit(3)', { eval: true }));
    await expect(silent(utf8(backup()))).rejects.toThrow(/without an answer \(exit code 3\)/);
  });

  it('trusts no answer but null or a known problem', async () => {
    const odd = backupShapeCheckInWorker(
      () => new Worker('require("node:worker_threads").parentPort.postMessage({ toString: "x" })', { eval: true }),
    );
    await expect(odd(utf8(backup()))).rejects.toThrow(/unexpected answer/);
  });
});

describe('backups checked in the worker, inside the write queue', () => {
  const folder = () => path.join(mkdtempSync(path.join(tmpdir(), 'trama-shape-')), 'backups');

  it('writes a backup the worker found sound, never parsing it in this thread', async () => {
    const backups = new AutoBackups({ folder: folder(), checkShape: checkInWorker });
    const json = backup();
    const parse = vi.spyOn(JSON, 'parse');
    const { filePath } = await backups.write(json);
    expect(parse).not.toHaveBeenCalledWith(json);
    expect(readFileSync(filePath, 'utf8')).toBe(json);
    await expect(backups.writeSafetyCopy('not json at all')).rejects.toThrow(/invalid-backup \(not-json\)/);
    expect(parse).not.toHaveBeenCalledWith('not json at all');
  });

  it('writes nothing until the check answers, and a later change waits for it', async () => {
    const answers: Array<(problem: BackupShapeProblem | null) => void> = [];
    const checkShape = vi.fn(
      (_utf8: Uint8Array) => new Promise<BackupShapeProblem | null>((resolve) => answers.push(resolve)),
    );
    const backupsFolder = folder();
    const backups = new AutoBackups({ folder: backupsFolder, checkShape });
    const first = backups.write(backup());
    const second = backups.writeSafetyCopy(backup({ stakeholders: [] }));
    await vi.waitFor(() => expect(checkShape).toHaveBeenCalledTimes(1));
    expect(existsSync(backupsFolder)).toBe(false);
    answers[0]!('not-json');
    await expect(first).rejects.toThrow(/invalid-backup \(not-json\)/);
    await vi.waitFor(() => expect(checkShape).toHaveBeenCalledTimes(2));
    expect(existsSync(backupsFolder)).toBe(false);
    answers[1]!(null);
    const { fileName } = await second;
    expect(readdirSync(backupsFolder)).toEqual([fileName]);
  });

  it('hands the worker the very bytes it writes, in shared memory, not a copy', async () => {
    const handed: Uint8Array[] = [];
    const backups = new AutoBackups({
      folder: folder(),
      checkShape: backupShapeCheckInWorker((bytes) => (handed.push(bytes), startBundledBackupShapeWorker(bytes))),
    });
    const json = backup({ stakeholders: [{ id: 's1', name: 'Città \uD800 😀 \u202E' }] });
    const { filePath } = await backups.write(json);
    expect(handed[0]!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(handed[0]!)).toEqual(readFileSync(filePath));
    expect(readFileSync(filePath)).toEqual(Buffer.from(json, 'utf8'));
  });
});
