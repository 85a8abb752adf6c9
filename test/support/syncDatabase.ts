import Dexie from 'dexie';
import type { TramaDatabase } from '../../renderer/db/db';
import { CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { writeLogMiddleware } from '../../renderer/db/writeLog';
import { createHistoryMiddleware } from '../../renderer/db/historyMiddleware';
import { createSyncOutboxMiddleware, isWrittenFromTeam } from '../../renderer/sync/syncOutbox';
import { SYNC_ENGINE_STORES } from '../../renderer/sync/syncTables';

/**
 * A database of the app's tables plus team sync's engine tables, with the write log, the
 * outbox and the history middleware as db.ts installs them: one laptop of a sync test. `member` is who writes
 * (null: in no team, nothing recorded).
 */
export function openSyncTestDatabase(member: () => string | null = () => 'anna'): TramaDatabase {
  const db = new Dexie(`sync-test-${crypto.randomUUID()}`) as TramaDatabase;
  db.version(CURRENT_SCHEMA_VERSION).stores({ ...CURRENT_SCHEMA, ...SYNC_ENGINE_STORES });
  db.use(writeLogMiddleware);
  db.use(createSyncOutboxMiddleware({ member }));
  db.use(createHistoryMiddleware({ member, isFromTeam: isWrittenFromTeam }));
  return db;
}
