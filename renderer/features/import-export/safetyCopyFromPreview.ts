import type { BackupStore } from '../../platform/platform';
import type { SafetyCopyBeingKept, TakenSafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { writesStarted } from '../../db/writesStarted';

// The copy of the data held here, taken before a restore, made from the data the preview
// read to compare with the backup: reading the whole database again took 1.5 s at 10,000
// stakeholders and 13 s at 50,000, while the restore could not start writing. That read
// holds the data as it is only if nothing was written since it began (writesStarted.ts);
// else the copy reads the data afresh, as before.

/** The data held here as the preview read it, kept off the page (backupInWorker.ts) until copied or let go. */
export interface DataRead {
  /** writesStarted() of the database just before it was read. */
  writesBefore: number;
  /** The copy made from it: saved in the browser, or written by the desktop's shell to `store`. Once only. */
  copy(store: BackupStore | undefined): Promise<SafetyCopyBeingKept>;
  /** Lets the data read go (the dialog closed, or the copy was read afresh). */
  release(): void;
}

/**
 * How the restore takes its copy: from the preview's read while no write has opened on
 * `databaseName` since it began, else afresh with `takeAfresh`.
 */
export function safetyCopyFromPreview(
  dataRead: DataRead | null,
  databaseName: string,
  store: BackupStore | undefined,
  takeAfresh: () => Promise<TakenSafetyCopy>,
): () => Promise<TakenSafetyCopy> {
  let unused = dataRead;
  return async () => {
    const read = unused;
    // Once only: a restore tried again after a cancel reads afresh (an equal copy is not saved twice).
    unused = null;
    if (read && writesStarted(databaseName) === read.writesBefore) return read.copy(store);
    read?.release();
    return takeAfresh();
  };
}
