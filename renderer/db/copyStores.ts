import type { CopyStoreName } from '../../shared/domain/personalData';
import type { BackupFileKind, BackupStore } from '../platform/platform';
import { deleteSafetyCopy, readSafetyCopy, replaceSafetyCopy, SAFETY_COPY_DATABASE_NAME } from './safetyCopies';
import {
  deleteUpgradeBackup,
  openAsStored,
  readUpgradeBackup,
  replaceUpgradeBackup,
  UPGRADE_BACKUP_DATABASE_NAME,
} from './upgradeBackup';

/** Where the kept copies are: erasure and the settings screens pass one of these. */
export interface KeptCopyStores {
  /** The desktop's backups folder; undefined in the browser. */
  backups: Pick<BackupStore, 'list' | 'read' | 'replace' | 'remove'> | undefined;
  upgradeBackupDatabaseName?: string;
  safetyCopyDatabaseName?: string;
  /** Characters per stored part of a browser safety copy (safetyCopies.ts); tests use small ones. */
  safetyCopyChunkChars?: number;
}

// How an erasure lists, reads, rewrites and deletes the copies in each store the registry
// names (shared/domain/personalData.ts PERSONAL_DATA_COPIES). The type asks for one handler
// per store: a store added to the registry does not build until it has one.

export type KeptCopy =
  | { store: 'desktop'; fileName: string; kind: BackupFileKind; date: string; sizeBytes: number }
  | { store: 'upgrade'; id: number; createdAt: string }
  | { store: 'safety'; id: number; createdAt: string };

interface CopyStoreHandler {
  list(stores: KeptCopyStores): Promise<KeptCopy[]>;
  /** The copy's text; null when it is gone (pruned or deleted since it was listed). */
  read(copy: KeptCopy, stores: KeptCopyStores): Promise<string | null>;
  replace(copy: KeptCopy, json: string, stores: KeptCopyStores): Promise<void>;
  remove(copy: KeptCopy, stores: KeptCopyStores): Promise<void>;
}

/**
 * The id and date of every copy in one of the app's IndexedDB copy stores, newest first,
 * from the index alone: a copy's text (up to a whole backup) is not read just to list it.
 */
async function listCopyHeaders(
  databaseName: string,
  tableName: string,
): Promise<Array<{ id: number; createdAt: string }>> {
  const stored = await openAsStored(databaseName);
  if (!stored) return [];
  try {
    if (!stored.tables.some((table) => table.name === tableName)) return [];
    const headers: Array<{ id: number; createdAt: string }> = [];
    await stored
      .table(tableName)
      .orderBy('createdAt')
      .eachKey((createdAt, cursor) => {
        headers.push({ id: Number(cursor.primaryKey), createdAt: String(createdAt) });
      });
    return headers.sort((a, b) => b.id - a.id);
  } finally {
    stored.close();
  }
}

const upgradeName = (stores: KeptCopyStores) => stores.upgradeBackupDatabaseName ?? UPGRADE_BACKUP_DATABASE_NAME;
const safetyName = (stores: KeptCopyStores) => stores.safetyCopyDatabaseName ?? SAFETY_COPY_DATABASE_NAME;

function folderOf(stores: KeptCopyStores): NonNullable<KeptCopyStores['backups']> {
  if (!stores.backups) throw new Error('No backups folder here');
  return stores.backups;
}

function idOf(copy: KeptCopy): number {
  if (copy.store === 'desktop') throw new Error('A file in the backups folder has no id');
  return copy.id;
}

function fileNameOf(copy: KeptCopy): string {
  if (copy.store !== 'desktop') throw new Error('Not a file in the backups folder');
  return copy.fileName;
}

export const COPY_STORE_HANDLERS = {
  desktop: {
    list: async (stores) =>
      stores.backups ? (await stores.backups.list()).map((file) => ({ store: 'desktop' as const, ...file })) : [],
    read: (copy, stores) => folderOf(stores).read(fileNameOf(copy)),
    replace: (copy, json, stores) => folderOf(stores).replace(fileNameOf(copy), json),
    remove: (copy, stores) => folderOf(stores).remove(fileNameOf(copy)),
  },
  upgrade: {
    list: async (stores) =>
      (await listCopyHeaders(upgradeName(stores), 'backups')).map((header) => ({
        store: 'upgrade' as const,
        ...header,
      })),
    read: async (copy, stores) => (await readUpgradeBackup(idOf(copy), upgradeName(stores)))?.json ?? null,
    replace: (copy, json, stores) => replaceUpgradeBackup(idOf(copy), json, upgradeName(stores)),
    remove: (copy, stores) => deleteUpgradeBackup(idOf(copy), upgradeName(stores)),
  },
  safety: {
    list: async (stores) =>
      (await listCopyHeaders(safetyName(stores), 'copies')).map((header) => ({ store: 'safety' as const, ...header })),
    read: async (copy, stores) => (await readSafetyCopy(idOf(copy), safetyName(stores)))?.json ?? null,
    replace: (copy, json, stores) =>
      replaceSafetyCopy(idOf(copy), json, safetyName(stores), { chunkChars: stores.safetyCopyChunkChars }),
    remove: (copy, stores) => deleteSafetyCopy(idOf(copy), safetyName(stores)),
  },
} satisfies Record<CopyStoreName, CopyStoreHandler>;
