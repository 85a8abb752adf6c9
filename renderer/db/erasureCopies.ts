import type { Contact } from '../../shared/domain/contact';
import type { BackupErasureRequest, BackupErasureResult, Leftovers } from '../../shared/io/eraseFromBackup';
import type { BackupFileKind, BackupStore } from '../platform/platform';
import { deleteSafetyCopy, readSafetyCopy, replaceSafetyCopy, SAFETY_COPY_DATABASE_NAME } from './safetyCopies';
import { deleteUpgradeBackup, openAsStored, readUpgradeBackup, replaceUpgradeBackup, UPGRADE_BACKUP_DATABASE_NAME } from './upgradeBackup';

// The copies of the data the app keeps outside the live database (shared/domain/personalData.ts
// PERSONAL_DATA_COPIES): the desktop's backups folder (automatic backups and safety copies),
// the pre-upgrade copies and the browser's safety copies. After an erasure each is read,
// rewritten without the person (in a worker: eraseFromBackupInWorker.ts) and put back; what
// could not be rewritten is listed, and deleted when the user asks.

export type KeptCopy =
  | { store: 'desktop'; fileName: string; kind: BackupFileKind; date: string; sizeBytes: number }
  | { store: 'upgrade'; id: number; createdAt: string }
  | { store: 'safety'; id: number; createdAt: string };

export interface KeptCopyStores {
  /** The desktop's backups folder; undefined in the browser. */
  backups: Pick<BackupStore, 'list' | 'read' | 'replace' | 'remove'> | undefined;
  upgradeBackupDatabaseName?: string;
  safetyCopyDatabaseName?: string;
}

export interface KeptCopyList {
  copies: KeptCopy[];
  /** Stores that could not be listed, with the reason: the copies in them were not checked. */
  unlisted: Array<{ store: KeptCopy['store']; detail: string }>;
}

export type CopyErasureStatus = 'rewritten' | 'not-present' | 'still-present' | 'unreadable' | 'failed';

export interface CopyErasureOutcome {
  copy: KeptCopy;
  status: CopyErasureStatus;
  /** Why a copy could not be read or rewritten (an error message or a reason code). */
  detail: string;
  leftovers?: Leftovers;
}

export type BackupRewriter = (json: string, request: BackupErasureRequest) => Promise<BackupErasureResult>;

export function erasureRequestFor(contact: Contact, options: { redactMentions: boolean; marker: string }): BackupErasureRequest {
  return { contactId: contact.id, person: { name: contact.name, emails: contact.emails, phones: contact.phones }, ...options };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The id and date of every copy in one of the app's IndexedDB copy stores, newest first,
 * from the index alone: a copy's text (up to a whole backup) is not read just to list it.
 */
async function listCopyHeaders(databaseName: string, tableName: string): Promise<Array<{ id: number; createdAt: string }>> {
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

export async function listKeptCopies(stores: KeptCopyStores): Promise<KeptCopyList> {
  const list: KeptCopyList = { copies: [], unlisted: [] };
  const sources: Array<[KeptCopy['store'], () => Promise<KeptCopy[]>]> = [
    ['desktop', async () => (stores.backups ? (await stores.backups.list()).map((file) => ({ store: 'desktop' as const, ...file })) : [])],
    ['upgrade', async () => (await listCopyHeaders(upgradeName(stores), 'backups')).map((header) => ({ store: 'upgrade' as const, ...header }))],
    ['safety', async () => (await listCopyHeaders(safetyName(stores), 'copies')).map((header) => ({ store: 'safety' as const, ...header }))],
  ];
  for (const [store, listStore] of sources) {
    try {
      list.copies.push(...(await listStore()));
    } catch (error) {
      list.unlisted.push({ store, detail: messageOf(error) });
    }
  }
  return list;
}

/** The copy's text; null when it is gone (pruned or deleted since it was listed). */
async function readCopy(copy: KeptCopy, stores: KeptCopyStores): Promise<string | null> {
  if (copy.store === 'desktop') {
    if (!stores.backups) throw new Error('No backups folder here');
    return stores.backups.read(copy.fileName);
  }
  const row = copy.store === 'upgrade' ? await readUpgradeBackup(copy.id, upgradeName(stores)) : await readSafetyCopy(copy.id, safetyName(stores));
  return row?.json ?? null;
}

async function replaceCopy(copy: KeptCopy, json: string, stores: KeptCopyStores): Promise<void> {
  if (copy.store === 'desktop') {
    if (!stores.backups) throw new Error('No backups folder here');
    await stores.backups.replace(copy.fileName, json);
  } else if (copy.store === 'upgrade') {
    await replaceUpgradeBackup(copy.id, json, upgradeName(stores));
  } else {
    await replaceSafetyCopy(copy.id, json, safetyName(stores));
  }
}

async function eraseFromCopy(copy: KeptCopy, request: BackupErasureRequest, stores: KeptCopyStores, rewrite: BackupRewriter): Promise<CopyErasureOutcome> {
  let result: BackupErasureResult;
  try {
    const json = await readCopy(copy, stores);
    if (json === null) return { copy, status: 'not-present', detail: 'gone' };
    result = await rewrite(json, request);
  } catch (error) {
    return { copy, status: 'failed', detail: messageOf(error) };
  }
  switch (result.status) {
    case 'not-present':
      return { copy, status: 'not-present', detail: '' };
    case 'unreadable':
      return { copy, status: 'unreadable', detail: result.reason };
    case 'still-present':
      return { copy, status: 'still-present', detail: '', leftovers: result.leftovers };
    case 'rewritten':
      try {
        await replaceCopy(copy, result.json, stores);
      } catch (error) {
        return { copy, status: 'failed', detail: messageOf(error) };
      }
      return result.leftovers.count === 0 ? { copy, status: 'rewritten', detail: '' } : { copy, status: 'still-present', detail: '', leftovers: result.leftovers };
  }
}

/** One copy at a time (each may be a whole backup of 90 MB), saying how far it got. */
export async function eraseFromKeptCopies(
  copies: readonly KeptCopy[],
  request: BackupErasureRequest,
  stores: KeptCopyStores,
  rewrite: BackupRewriter,
  onProgress?: (done: number, total: number) => void,
): Promise<CopyErasureOutcome[]> {
  const outcomes: CopyErasureOutcome[] = [];
  for (const copy of copies) {
    outcomes.push(await eraseFromCopy(copy, request, stores, rewrite));
    onProgress?.(outcomes.length, copies.length);
  }
  return outcomes;
}

/** Whether the copy still holds (or may hold) the person after the erasure. */
export const stillHoldsPerson = (outcome: CopyErasureOutcome) => outcome.status !== 'rewritten' && outcome.status !== 'not-present';

export async function deleteKeptCopies(copies: readonly KeptCopy[], stores: KeptCopyStores): Promise<{ deleted: KeptCopy[]; failed: Array<{ copy: KeptCopy; detail: string }> }> {
  const result: { deleted: KeptCopy[]; failed: Array<{ copy: KeptCopy; detail: string }> } = { deleted: [], failed: [] };
  for (const copy of copies) {
    try {
      if (copy.store === 'desktop') {
        if (!stores.backups) throw new Error('No backups folder here');
        await stores.backups.remove(copy.fileName);
      } else if (copy.store === 'upgrade') {
        await deleteUpgradeBackup(copy.id, upgradeName(stores));
      } else {
        await deleteSafetyCopy(copy.id, safetyName(stores));
      }
      result.deleted.push(copy);
    } catch (error) {
      result.failed.push({ copy, detail: messageOf(error) });
    }
  }
  return result;
}
