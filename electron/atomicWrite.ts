import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * How systems say they cannot fsync a folder: Windows cannot open one for it (EPERM, EISDIR,
 * EINVAL), and network and FUSE mounts (SMB, NFS, sshfs) refuse it (EINVAL, ENOTSUP, ENOSYS,
 * EBADF). The data itself was fsynced; only the durability of the name is left to the system,
 * as PostgreSQL does for folders. A file's fsync is never excused.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EBADF', 'EPERM', 'EISDIR']);

/** Makes a folder's entries (a new name, a deletion) durable, where the folder's file system can. */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!FOLDER_SYNC_UNSUPPORTED.has(code)) throw error;
    console.warn(`Folder ${folder} cannot be fsynced here (${code}); its entries are left to the file system.`);
  }
}

/** Creates `folder` and any missing parents; each new name is made durable in its parent's entries. */
export async function makeFolderDurably(folder: string): Promise<void> {
  const firstCreated = await mkdir(folder, { recursive: true });
  if (firstCreated === undefined) return;
  // Deepest first: each folder created, then its parent, up to the parent of the first one created.
  for (let created = path.resolve(folder); ; created = path.dirname(created)) {
    await syncFolder(path.dirname(created));
    if (created === path.resolve(firstCreated) || created === path.dirname(created)) return;
  }
}

/**
 * Writes through a temporary file in the same folder, then renames: never a half file. The
 * temporary file is fsynced before the rename and the folder after it, so that once this
 * resolves the new content and its name survive a power cut, not only an app crash.
 */
export async function writeFileAtomically(filePath: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(filePath);
  const temporary = path.join(folder, `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}
