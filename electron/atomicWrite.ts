import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Windows cannot open or fsync a folder; these are the ways it says so. */
const FOLDER_SYNC_UNSUPPORTED_ON_WINDOWS = new Set(['EPERM', 'EISDIR', 'EINVAL']);

export interface AtomicWriteOptions {
  /** The operating system, for its folder-fsync quirk; the running one unless a test says otherwise. */
  platform?: NodeJS.Platform;
}

/** Makes a folder's entries (a new name, a deletion) durable. */
export async function syncFolder(folder: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (platform === 'win32' && FOLDER_SYNC_UNSUPPORTED_ON_WINDOWS.has(code)) return;
    throw error;
  }
}

/**
 * Writes through a temporary file in the same folder, then renames: never a half file. The
 * temporary file is fsynced before the rename and the folder after it, so that once this
 * resolves the new content and its name survive a power cut, not only an app crash.
 */
export async function writeFileAtomically(filePath: string, data: string | Uint8Array, { platform = process.platform }: AtomicWriteOptions = {}): Promise<void> {
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
  await syncFolder(folder, platform);
}
