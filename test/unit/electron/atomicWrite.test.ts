import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { makeFolderDurably, writeFileAtomically } from '../../../electron/atomicWrite';

// A real temporary folder; every file operation is also recorded, so the order of writes,
// fsyncs and the rename can be checked.

const steps: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const label = (target: string) =>
    target.endsWith('.tmp') ? 'temporary' : path.extname(target) === '' ? 'folder' : 'file';
  return {
    ...actual,
    writeFile: vi.fn(async (...args: Parameters<typeof actual.writeFile>) => {
      steps.push(`writeFile ${label(String(args[0]))}`);
      return actual.writeFile(...args);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      steps.push(`rename ${label(from)} → ${label(to)}`);
      return actual.rename(from, to);
    }),
    open: vi.fn(async (target: string, flags?: string) => {
      const handle = await actual.open(target, flags);
      const name = label(target);
      steps.push(`open ${name}`);
      return new Proxy(handle, {
        get(real, property, receiver) {
          const value: unknown = Reflect.get(real, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if (['writeFile', 'write', 'sync', 'datasync', 'close'].includes(String(property)))
              steps.push(`${String(property)} ${name}`);
            return (value as (...rest: unknown[]) => unknown).apply(real, args);
          };
        },
      });
    }),
  };
});

afterEach(() => {
  steps.length = 0;
  vi.mocked(open).mockClear();
});

function failingSync<Handle extends object>(handle: Handle, code: string): Handle {
  return Object.assign(handle, {
    sync: async () => Promise.reject(Object.assign(new Error(`${code}: fsync failed`), { code })),
  });
}

const folder = () => mkdtempSync(path.join(tmpdir(), 'trama-atomic-'));

describe('writing a file atomically', () => {
  it('writes and fsyncs the temporary file, renames it, then fsyncs the folder before it reports done', async () => {
    const target = path.join(folder(), 'contatti.json');
    await writeFileAtomically(target, '{"a":1}');
    expect(steps).toEqual([
      'open temporary',
      'writeFile temporary',
      'sync temporary',
      'close temporary',
      'rename temporary → file',
      'open folder',
      'sync folder',
      'close folder',
    ]);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(path.dirname(target))).toEqual(['contatti.json']);
  });

  it('reports a failed fsync of the file as a failure, leaves the old file whole and no temporary behind', async () => {
    const target = path.join(folder(), 'backup.json');
    await writeFileAtomically(target, 'old');
    const actual = await vi.importActual<typeof FsPromises>('node:fs/promises');
    vi.mocked(open).mockImplementationOnce(async (file, flags) => failingSync(await actual.open(file, flags), 'EIO'));
    await expect(writeFileAtomically(target, 'new')).rejects.toThrow('EIO');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(path.dirname(target))).toEqual(['backup.json']);
    expect(vi.mocked(rename)).not.toHaveBeenCalledWith(expect.anything(), target, expect.anything());
  });

  /** Every folder fsync fails with `code` until the test ends. */
  async function failFolderSyncs(code: string) {
    const actual = await vi.importActual<typeof FsPromises>('node:fs/promises');
    const recordingOpen = vi.mocked(open).getMockImplementation()!;
    vi.mocked(open).mockImplementation(async (file, flags) => {
      const handle = await actual.open(file, flags);
      return path.extname(String(file)) === '' ? failingSync(handle, code) : handle;
    });
    onTestFinished(() => {
      vi.mocked(open).mockImplementation(recordingOpen);
    });
  }

  // Windows cannot fsync a folder at all; network and FUSE mounts (SMB, NFS, sshfs) refuse
  // it with one of these. PostgreSQL tolerates the same for folders, never for files.
  it.each(['EINVAL', 'ENOTSUP', 'ENOSYS', 'EBADF', 'EPERM', 'EISDIR'])(
    'tolerates %s from a folder fsync, on every system, and logs it',
    async (code) => {
      await failFolderSyncs(code);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      onTestFinished(() => warn.mockRestore());
      const target = path.join(folder(), 'a.json');
      await expect(writeFileAtomically(target, 'x')).resolves.toBeUndefined();
      expect(readFileSync(target, 'utf8')).toBe('x');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(code));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(path.dirname(target)));
    },
  );

  it('does not tolerate other folder fsync errors', async () => {
    await failFolderSyncs('EIO');
    await expect(writeFileAtomically(path.join(folder(), 'b.json'), 'x')).rejects.toThrow('EIO');
  });

  it.each(['EINVAL', 'ENOTSUP', 'EPERM'])(
    'still reports a failed fsync of the file itself (%s) as a failure',
    async (code) => {
      const target = path.join(folder(), 'c.json');
      const actual = await vi.importActual<typeof FsPromises>('node:fs/promises');
      vi.mocked(open).mockImplementationOnce(async (file, flags) => failingSync(await actual.open(file, flags), code));
      await expect(writeFileAtomically(target, 'x')).rejects.toThrow(code);
      expect(readdirSync(path.dirname(target))).toEqual([]);
    },
  );
});

describe('making a folder durably', () => {
  it('creates the missing folders and fsyncs the parent of each one it created, deepest first', async () => {
    const root = folder();
    const target = path.join(root, 'Trama', 'backups');
    await makeFolderDurably(target);
    expect(statSync(target).isDirectory()).toBe(true);
    const synced = vi.mocked(open).mock.calls.map(([opened]) => String(opened));
    expect(synced).toEqual([path.join(root, 'Trama'), root]);
    expect(steps).toEqual(['open folder', 'sync folder', 'close folder', 'open folder', 'sync folder', 'close folder']);
  });

  it('fsyncs nothing when the folder is already there', async () => {
    const existing = folder();
    await makeFolderDurably(existing);
    expect(vi.mocked(open)).not.toHaveBeenCalled();
  });
});
