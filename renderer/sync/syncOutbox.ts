import type Dexie from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import { SYNCED_TABLES } from '../../shared/domain/entities';
import { isShippedProgramme } from '../../shared/domain/programmes';
import { isSyncedTable } from '../../shared/sync/syncDocs';
import { keysInRange, widenedTransaction } from '../db/syncedWrites';
import { SYNC_OUTBOX_TABLE, type OutboxRow } from './syncTables';

// The outbound half of team sync: every read-write transaction that touches a synced table
// also writes, in that same transaction, one outbox row per record it changed, whatever the
// path (a form, an import, a restore, Undo, a cascade deletion, clear()). A write is thus
// either saved with its outbox row or not saved at all; the pump (outboxPump.ts) later turns
// the rows into documents. The bridge's own writes of incoming changes are marked and leave
// no row, or every change received would be sent back.

export interface SyncOutboxOptions {
  /**
   * The team member this laptop writes as, or null while it is in no team: then nothing is
   * recorded (joining a team compares the whole database instead, and an outbox kept for a
   * team that may never come would grow without end).
   */
  member(): string | null;
  now?(): Date;
}

/** Transactions whose scope the middleware widened to the outbox. */
const recording = new WeakSet<DBCoreTransaction>();
/** Transactions that write what came from the team: recorded by no outbox row. */
const unrecorded = new WeakSet<object>();

/**
 * Runs `work` in a read-write transaction over `tables` whose writes leave no outbox row: how
 * the bridge applies what it received. Not to be called inside another transaction (its own
 * writes would be recorded).
 */
export function writeUnrecorded<T>(db: Dexie, tables: readonly string[], work: (tx: Transaction) => Promise<T>) {
  return db.transaction('rw', [...tables], (tx) => {
    unrecorded.add(tx.idbtrans);
    return work(tx);
  });
}

/** Whether a transaction writes what came from the team (writeUnrecorded): the history names the teammate. */
export function isWrittenFromTeam(transaction: object): boolean {
  return unrecorded.has(transaction);
}

/** Changes recorded while this window did not yet know whether it belongs to a team, once it knows it does not. */
export async function discardOutbox(db: Dexie): Promise<void> {
  await db.table(SYNC_OUTBOX_TABLE).clear();
}

/**
 * Whether joining a team sends this record of this laptop. The default programmes as shipped
 * are on every laptop already: the team's work is what differs. The join's preview says what
 * will be sent by this same rule.
 */
export function isOfferedToTeam(
  table: string,
  row: { id: string; name?: unknown; shortName?: unknown; description?: unknown },
) {
  return !(table === 'programmes' && isShippedProgramme(row));
}

/**
 * Puts every synced record of this laptop in the outbox, as changed by `member`: how records
 * made before joining a team (while nothing was recorded) are offered to it. Run before the
 * first pull: a record waiting in the outbox is never overwritten by an incoming version; the
 * two become a conflict instead, unless they are the same.
 */
export async function queueAllRecords(db: Dexie, member: string, now = new Date()): Promise<number> {
  const changedAt = now.toISOString();
  return db.transaction('rw', [...SYNCED_TABLES, SYNC_OUTBOX_TABLE], async () => {
    let queued = 0;
    for (const table of SYNCED_TABLES.filter(isSyncedTable)) {
      const keys =
        table === 'programmes'
          ? (await db.table(table).toArray())
              .filter((row) => isOfferedToTeam(table, row))
              .map((row) => row.id as string)
          : (await db.table(table).toCollection().primaryKeys()).filter((key) => typeof key === 'string');
      const rows = keys.map((key): OutboxRow => ({ table, key, changedBy: member, changedAt }));
      await db.table(SYNC_OUTBOX_TABLE).bulkAdd(rows);
      queued += rows.length;
    }
    return queued;
  });
}

function changedKeys(table: DBCoreTable, request: DBCoreMutateRequest, response: DBCoreMutateResponse): unknown[] {
  const isFailed = (index: number) => Object.prototype.hasOwnProperty.call(response.failures, index);
  switch (request.type) {
    case 'add':
    case 'put':
      return request.values.flatMap((value: unknown, index) =>
        isFailed(index)
          ? []
          : [response.results?.[index] ?? request.keys?.[index] ?? table.schema.primaryKey.extractKey?.(value)],
      );
    case 'delete':
      return request.keys.filter((_key, index) => !isFailed(index));
    case 'deleteRange':
      return [];
  }
}

/**
 * Dexie middleware writing the outbox (db.ts installs it, with the database's engine table
 * `syncOutbox`). Below the write log, so that Undo sees the app's writes and not the outbox's.
 */
export function createSyncOutboxMiddleware(options: SyncOutboxOptions): Middleware<DBCore> {
  const now = options.now ?? (() => new Date());
  return {
    stack: 'dbcore',
    name: 'TramaSyncOutbox',
    level: 2.5,
    create: (down) => {
      return {
        ...down,
        transaction: widenedTransaction(down, SYNC_OUTBOX_TABLE, recording),
        table(name) {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          return {
            ...table,
            async mutate(request) {
              const member = recording.has(request.trans) && !unrecorded.has(request.trans) ? options.member() : null;
              if (member === null) return table.mutate(request);
              const rangeKeys = request.type === 'deleteRange' ? await keysInRange(table, request) : [];
              const response = await table.mutate(request);
              const keys = [...rangeKeys, ...changedKeys(table, request, response)];
              const changedAt = now().toISOString();
              const rows = keys
                .filter((key): key is string => typeof key === 'string')
                .map((key): OutboxRow => ({ table: name, key, changedBy: member, changedAt }));
              if (rows.length > 0)
                await down.table(SYNC_OUTBOX_TABLE).mutate({ type: 'add', trans: request.trans, values: rows });
              return response;
            },
          };
        },
      };
    },
  };
}
