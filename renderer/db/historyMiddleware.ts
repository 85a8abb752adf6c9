import Dexie, {
  RangeSet,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
  type ObservabilitySet,
  type Transaction,
} from 'dexie';
import { newId } from '../../shared/domain/common';
import { diffRecords, HISTORY_TABLE, MAX_RECORDS_PER_ENTRY, type HistoryEntry } from '../../shared/domain/history';
import { isSyncedTable } from '../../shared/sync/syncDocs';
import { keysInRange, widenedTransaction } from './syncedWrites';
import { keepingReads, keptValues, noteWriteIssued } from './transactionReads';

// The history of the team's records (issue 18), written by the data layer itself: every
// read-write transaction that writes a record of a synced table also adds, in that same
// transaction, one history entry per record it created, changed or deleted, whatever the
// path (a form, an import, Undo, a cascade deletion, an erasure, what arrived from the team).
// The before-values are those the transaction itself read (transactionReads.ts), or else read
// in one request per write (never one per record), and only for puts: an add creates, a
// deletion needs no values (the entry says the record went). A write's entries are added
// together with the write, not after it: the transaction commits one round trip sooner.
// A restore writes through a connection of its own (db/backup.ts) without this: it brings
// the backup's own history back instead of recording itself.

export { HISTORY_TABLE };

const inZone = <T>(value: T | PromiseLike<T>) => Dexie.Promise.resolve(value);

/** Who wrote a record that came from the team, and when, as its document says. */
export interface TeamAuthor {
  by: string | null;
  at: string;
}

export interface HistoryOptions {
  /** The team member this laptop writes as; null (or '' while not known yet) outside a team. */
  member(): string | null;
  /** Whether a transaction applies what came from the team (syncOutbox.ts writeUnrecorded). */
  isFromTeam(transaction: object): boolean;
  now?(): Date;
}

/** Per transaction applying the team's changes: the author of each record written, by table and id. */
const teamAuthors = new WeakMap<object, (table: string, id: string) => TeamAuthor | undefined>();

/**
 * Names, for the history, the teammates whose changes a transaction applies (inbound sync):
 * called inside that transaction before its writes. Without it, their entries say "a teammate".
 */
export function noteTeamAuthors(tx: Transaction, authorOf: (table: string, id: string) => TeamAuthor | undefined) {
  teamAuthors.set(tx.idbtrans, authorOf);
}

function keyOfValue(table: DBCoreTable, request: DBCoreMutateRequest, index: number, value: unknown): unknown {
  if (request.type !== 'add' && request.type !== 'put') return undefined;
  return request.keys?.[index] ?? table.schema.primaryKey.extractKey?.(value);
}

/** The records a write is about to change, as they stand: read once for the whole write, unless already read. */
function valuesBefore(table: DBCoreTable, request: DBCoreMutateRequest): PromiseLike<unknown[]> | unknown[] {
  if (request.type === 'delete')
    return request.keys.length === 0 ? [] : table.getMany({ trans: request.trans, keys: request.keys });
  if (request.type !== 'put') return [];
  const keys = request.values.map((value, index) => keyOfValue(table, request, index, value));
  return (
    keptValues(request.trans, table.name, keys) ?? table.getMany({ trans: request.trans, keys, cache: 'immutable' })
  );
}

interface WriteContext {
  table: string;
  at: string;
  author(id: string): { by: string | null; at: string; source: HistoryEntry['source'] };
}

function entriesOf(
  context: WriteContext,
  coreTable: DBCoreTable,
  request: DBCoreMutateRequest,
  failures: DBCoreMutateResponse['failures'],
  before: readonly unknown[],
  deletedKeys: readonly unknown[],
): HistoryEntry[] {
  const isFailed = (index: number) => Object.prototype.hasOwnProperty.call(failures, index);
  const entries: HistoryEntry[] = [];
  // Creations and deletions of one write are one entry per author: an import's chunk of
  // 2,000 rows adds one entry, not 2,000 (the records themselves say what they hold).
  const grouped = new Map<string, HistoryEntry>();
  const note = (recordId: string, kind: HistoryEntry['kind'], changes: HistoryEntry['changes']) => {
    const { by, at, source } = context.author(recordId);
    if (kind === 'changed') {
      entries.push({ id: newId(), at, table: context.table, recordIds: [recordId], kind, by, source, changes });
      return;
    }
    const groupKey = JSON.stringify([kind, by, at, source]);
    const group = grouped.get(groupKey);
    if (group && group.recordIds.length < MAX_RECORDS_PER_ENTRY) group.recordIds.push(recordId);
    else {
      const entry: HistoryEntry = {
        id: newId(),
        at,
        table: context.table,
        recordIds: [recordId],
        kind,
        by,
        source,
        changes,
      };
      grouped.set(groupKey, entry);
      entries.push(entry);
    }
  };
  if (request.type === 'add' || request.type === 'put') {
    request.values.forEach((value: unknown, index) => {
      if (isFailed(index)) return;
      const key = keyOfValue(coreTable, request, index, value);
      if (typeof key !== 'string') return;
      const previous = before[index];
      if (previous === undefined) note(key, 'created', []);
      else {
        const changes = diffRecords(previous, value);
        // Written again as it was (an import's unchanged row, a sync echo): nothing happened.
        if (changes.length > 0) note(key, 'changed', changes);
      }
    });
  } else for (const key of deletedKeys) if (typeof key === 'string') note(key, 'deleted', []);
  return entries;
}

/**
 * Dexie stops noting the keys a write touches, for live queries, once a write holds 50
 * values (the whole table counts as changed); an entry naming an import's chunk of 2,000
 * records is 2,000 keys of the multi-entry index `recordIds`, each inserted into a balanced
 * tree of key ranges (about 60 ms per chunk, on the page's thread, inside the write). Such
 * an entry marks that index as changed throughout, as Dexie does for a large write, so each
 * key lands in a range that already holds it (a few comparisons): a live query of a
 * record's history still runs again.
 */
const MAX_RECORD_IDS_NOTED = 50;

function mutatedPartsOf(down: DBCore, entries: readonly HistoryEntry[]): ObservabilitySet | undefined {
  const recordIds = entries.reduce((sum, entry) => sum + entry.recordIds.length, 0);
  if (recordIds < MAX_RECORD_IDS_NOTED) return undefined;
  return { [`idb://${down.schema.name}/${HISTORY_TABLE}/recordIds`]: new RangeSet(down.MIN_KEY, down.MAX_KEY) };
}

/**
 * A write is answered as soon as it is done, not once its entries are added too: what the
 * transaction does next (the outbox, the caller's next write, its commit) need not wait for one
 * more answer from the database. The transaction cannot commit before the entries' own request
 * is done, and if they are refused (Dexie reports a refused add as a failure and lets the
 * transaction go on) the whole transaction is aborted: a record never changes without its entry.
 */
function abortUnlessAdded(trans: DBCoreTransaction, adding: PromiseLike<DBCoreMutateResponse | undefined>): void {
  const abort = () => {
    try {
      (trans as unknown as IDBTransaction).abort();
    } catch {
      // Already ended: aborted by the failure itself, nothing was kept.
    }
  };
  adding.then((added) => {
    if (added && added.numFailures > 0) abort();
  }, abort);
}

/** Dexie middleware writing the history (db.ts installs it). Below the write log: Undo never takes an entry back. */
export function createHistoryMiddleware(options: HistoryOptions): Middleware<DBCore> {
  const now = options.now ?? (() => new Date());
  return {
    stack: 'dbcore',
    name: 'TramaHistory',
    level: 2.4,
    create: (down) => {
      const recording = new WeakSet<DBCoreTransaction>();
      // Each write a later time than the one before, even within one millisecond: a record's
      // entries sort by time, and two writes of one record must not swap places.
      let lastTime = 0;
      const contextOf = (table: string, transaction: DBCoreTransaction): WriteContext => {
        lastTime = Math.max(now().getTime(), lastTime + 1);
        const at = new Date(lastTime).toISOString();
        const member = options.member() || null;
        if (!options.isFromTeam(transaction)) return { table, at, author: () => ({ by: member, at, source: 'here' }) };
        const authorOf = teamAuthors.get(transaction);
        return {
          table,
          at,
          author: (id) => {
            const known = authorOf?.(table, id);
            return { by: known?.by ?? null, at: known?.at ?? at, source: 'team' };
          },
        };
      };
      return {
        ...down,
        transaction: widenedTransaction(down, HISTORY_TABLE, recording),
        table(name) {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          return {
            ...table,
            ...keepingReads(table, (transaction) => recording.has(transaction)),
            mutate(request) {
              if (!recording.has(request.trans)) return table.mutate(request);
              const { trans } = request;
              const history = down.table(HISTORY_TABLE);
              // Dexie promises all the way: the middlewares below read the transaction from
              // Dexie's zone, which a native await would lose.
              const addEntries = (entries: HistoryEntry[]) =>
                entries.length === 0
                  ? inZone(undefined)
                  : inZone(
                      history.mutate({
                        type: 'add',
                        trans,
                        values: entries,
                        mutatedParts: mutatedPartsOf(down, entries),
                      }),
                    );
              const write = () => {
                noteWriteIssued(trans, name);
                return inZone(table.mutate(request));
              };
              if (request.type === 'add' || request.type === 'put')
                return inZone(valuesBefore(table, request)).then((before) => {
                  // The entries go with the write, as if every value were written; the rare
                  // write whose values were refused (the refusal caught) has them set right.
                  const context = contextOf(name, trans);
                  const planned = entriesOf(context, table, request, {}, before, []);
                  const writing = write();
                  const adding = addEntries(planned);
                  // Handled at once: a failure to add them is reported through the write's promise below.
                  void adding.then(undefined, () => undefined);
                  const takeBack = () =>
                    planned.length === 0
                      ? inZone(undefined)
                      : inZone(history.mutate({ type: 'delete', trans, keys: planned.map((entry) => entry.id) }));
                  return writing.then(
                    (response) => {
                      if (response.numFailures === 0) {
                        abortUnlessAdded(trans, adding);
                        return response;
                      }
                      return adding.then(() => {
                        const written = entriesOf(context, table, request, response.failures, before, []);
                        return takeBack()
                          .then(() => addEntries(written))
                          .then(() => response);
                      });
                    },
                    (error: unknown) => {
                      const rethrow = () => {
                        throw error;
                      };
                      // Nothing was written: no entry stays (if the transaction still can).
                      return adding.then(takeBack).then(rethrow, rethrow);
                    },
                  );
                });
              const reading: PromiseLike<[unknown[], unknown[]]> =
                request.type === 'deleteRange'
                  ? inZone(keysInRange(table, request)).then((keys) => [[], keys])
                  : inZone(valuesBefore(table, request)).then((before) => [
                      before,
                      // Only records that were there: deleting a key that holds nothing changes nothing.
                      request.type === 'delete'
                        ? request.keys.filter((_key, index) => before[index] !== undefined)
                        : [],
                    ]);
              return inZone(reading).then(([before, deletedKeys]) =>
                write().then((response) =>
                  addEntries(
                    entriesOf(contextOf(name, trans), table, request, response.failures, before, deletedKeys),
                  ).then(() => response),
                ),
              );
            },
          };
        },
      };
    },
  };
}
