import type { SyncedTable } from '../../shared/sync/syncDocs';

// The engine tables team sync keeps in the app's database (renderer/db/schema.ts
// ENGINE_TABLES): this laptop's machinery, never synced, never in a backup, not undone.

/** Changes written here and not yet handed to the local PouchDB, in write order (syncOutbox.ts). */
export const SYNC_OUTBOX_TABLE = 'syncOutbox';
export const SYNC_OUTBOX_INDEXES = '++seq';

/**
 * For each synced record, the revision of its document that the row here reflects (written
 * with the row, in the same transaction). A local change made on top of an older revision
 * than the document's latest is a concurrent change: it becomes a conflict, not an overwrite.
 */
export const SYNC_REVISIONS_TABLE = 'syncRevisions';
export const SYNC_REVISIONS_INDEXES = 'docId';

export const SYNC_ENGINE_STORES = {
  [SYNC_OUTBOX_TABLE]: SYNC_OUTBOX_INDEXES,
  [SYNC_REVISIONS_TABLE]: SYNC_REVISIONS_INDEXES,
} as const;

export interface OutboxRow {
  /** Given by the database, in write order. */
  seq?: number;
  table: SyncedTable;
  key: string;
  /** The team member who made the change. */
  changedBy: string | null;
  changedAt: string;
}

export interface RevisionRow {
  docId: string;
  rev: string;
}
