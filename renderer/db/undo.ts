import Dexie, { type IndexableType, type Transaction } from 'dexie';
import { referencesOf } from './recordReferences';
import { firstBeforeImages, stampOf, touchedKeys, type ChangeStamps, type RowStamp } from './rowStamps';
import { TABLE_NAMES, type TableName } from './schema';
import type { StampedChange, UnmarkedStampedChange } from './stampedChange';
import type { TramaDatabase } from './tramaDatabase';
import type { UndoableChange } from './undoableChange';
import { planUndo, type UndoConflict } from './undoPlan';
import { holdBackTieCopies } from './undoTieCopies';
import { isAnotherWriterUnfinished, writesOf, writtenStamp, type TransactionWrites } from './writeLog';

export type { StampedChange } from './stampedChange';
export type { UndoableChange } from './undoableChange';
export type { UndoConflict } from './undoPlan';

/** The change cannot be checked against later edits, so it is not undone at all. */
export class UndoUnavailableError extends Error {
  override name = 'UndoUnavailableError';
}

/** What the change's transaction knows; dropped once the change is stamped. */
interface Capture {
  writes: TransactionWrites | undefined;
  /** Recorded outside a read-write transaction, or across two: its after-state is unknown. */
  isUncertain: boolean;
  /** Reads, in the change's transaction, of whether the records its before-images point at exist. */
  targetReads: Array<Promise<void>>;
  targetsRead: Map<TableName, Map<string, boolean>>;
  /** Targets outside the transaction's tables, waiting for their read. */
  pendingOutside: Map<TableName, Set<string>>;
}

const captures = new WeakMap<UndoableChange, Capture>();
const stampedChanges = new WeakSet<object>();

function currentReadWrite(): { transaction: Transaction; writes: TransactionWrites } | undefined {
  const transaction = Dexie.currentTransaction as Transaction | null | undefined;
  const writes = transaction ? writesOf(transaction.idbtrans) : undefined;
  return transaction && writes ? { transaction, writes } : undefined;
}

function captureOf(change: UndoableChange): Capture {
  const current = currentReadWrite();
  let capture = captures.get(change);
  if (!capture) {
    capture = {
      writes: current?.writes,
      isUncertain: !current,
      targetReads: [],
      targetsRead: new Map(),
      pendingOutside: new Map(),
    };
    captures.set(change, capture);
  } else if (current?.writes !== capture.writes) {
    capture.isUncertain = true;
  }
  return capture;
}

export function emptyChange(): UndoableChange {
  const change: UndoableChange = { before: {}, created: {} };
  if (currentReadWrite()) captureOf(change);
  return change;
}

/** Notes the answers of one read of whether records exist; a failed read leaves them unknown. */
function noteExistence(
  capture: Capture,
  table: TableName,
  ids: ReadonlySet<string>,
  read: () => PromiseLike<readonly IndexableType[]>,
  isTrusted: () => boolean,
): Promise<void> {
  let known = capture.targetsRead.get(table);
  if (!known) capture.targetsRead.set(table, (known = new Map()));
  for (const id of ids) known.set(id, false);
  const answers = known;
  const forget = () => ids.forEach((id) => answers.delete(id));
  const noted = Promise.resolve()
    .then(read)
    .then((found) => {
      if (!isTrusted()) return forget();
      for (const key of found) answers.set(String(key), true);
    }, forget);
  capture.targetReads.push(noted);
  return noted;
}

/**
 * Whether the records these rows point at exist while the change is made. Tables the
 * change's transaction holds are read in it. The others are read in a read-only
 * transaction of their own, started while the change runs; its answer counts only if no
 * other read-write transaction of this window could reach it first (a deletion queued
 * behind the change would otherwise pass for the state the change left). A target left
 * unknown holds its row back if it is missing when Undo runs.
 */
function readTargets(capture: Capture, table: TableName, rows: readonly unknown[]): void {
  const current = currentReadWrite();
  if (!current || current.writes !== capture.writes) return;
  const { transaction, writes } = current;
  const inScope = new Map<TableName, Set<string>>();
  const outside = new Map<TableName, Set<string>>();
  for (const row of rows) {
    for (const { to, id } of referencesOf(table, row)) {
      if (capture.targetsRead.get(to)?.has(id)) continue;
      const wanted = transaction.storeNames.includes(to) ? inScope : outside;
      let ids = wanted.get(to);
      if (!ids) wanted.set(to, (ids = new Set()));
      ids.add(id);
    }
  }
  for (const [to, ids] of inScope) {
    const read = transaction
      .table(to)
      .where(':id')
      .anyOf([...ids])
      .primaryKeys();
    void noteExistence(
      capture,
      to,
      ids,
      () => read,
      () => true,
    );
  }
  if (outside.size === 0) return;
  // Gathered for one read: an import records its rows one by one, in one synchronous loop.
  const isFirst = capture.pendingOutside.size === 0;
  for (const [to, ids] of outside) {
    const pending = capture.pendingOutside.get(to) ?? new Set<string>();
    ids.forEach((id) => pending.add(id));
    capture.pendingOutside.set(to, pending);
  }
  if (isFirst)
    capture.targetReads.push(
      new Promise<void>((resolve) => queueMicrotask(() => resolve(readOutside(capture, transaction.db, writes)))),
    );
}

async function readOutside(capture: Capture, database: Dexie, writes: TransactionWrites): Promise<void> {
  const outside = new Map(capture.pendingOutside);
  capture.pendingOutside.clear();
  const tables = [...outside.keys()];
  // A later write to these tables can reach this read only through a read-write transaction
  // created before it: the change's own (its writes are noted) or one still unfinished now.
  const isTrusted = writes.state() === 'open' && !isAnotherWriterUnfinished(tables, writes);
  const answers = Promise.resolve(
    Dexie.ignoreTransaction(() =>
      database.transaction('r', tables, () =>
        Promise.all(
          tables.map((to) =>
            database
              .table(to)
              .where(':id')
              .anyOf([...outside.get(to)!])
              .primaryKeys(),
          ),
        ),
      ),
    ),
  );
  await Promise.all(
    tables.map((to, index) =>
      noteExistence(
        capture,
        to,
        outside.get(to)!,
        () => answers.then((found) => found[index] ?? []),
        () => isTrusted,
      ),
    ),
  );
}

export function recordBefore(change: UndoableChange, table: TableName, rows: readonly unknown[]): void {
  if (rows.length === 0) return;
  const capture = captureOf(change);
  (change.before[table] ??= []).push(...rows);
  readTargets(capture, table, rows);
}

/** The row of `table` with `key`, recorded in the change, is put back only if the row `with` is put back too. */
export function recordRestoredWith(
  change: UndoableChange,
  table: TableName,
  key: string,
  restoredWith: { table: TableName; key: string },
): void {
  (change.restoredWith ??= []).push({ table, key, with: restoredWith });
}

export function recordCreated(change: UndoableChange, table: TableName, keys: readonly IndexableType[]): void {
  if (keys.length === 0) return;
  captureOf(change);
  (change.created[table] ??= []).push(...keys);
}

function touchedTables(change: Pick<UndoableChange, 'before' | 'created'>): TableName[] {
  return [...new Set([...Object.keys(change.before), ...Object.keys(change.created)])] as TableName[];
}

const stampings = new WeakMap<UndoableChange, Promise<StampedChange>>();

/**
 * The change with how its own transaction left every row it touched, once that transaction
 * committed. Reads nothing from the database: the transaction noted its writes as it made
 * them. Rejects (UndoUnavailableError) for a change recorded outside one read-write
 * transaction or whose transaction failed. Asked twice, it answers the same.
 */
export function stampChange(change: UndoableChange): Promise<StampedChange> {
  let stamping = stampings.get(change);
  if (!stamping) stampings.set(change, (stamping = stampOnce(change)));
  return stamping;
}

async function stampOnce(change: UndoableChange): Promise<StampedChange> {
  const capture = captures.get(change);
  const tables = touchedTables(change);
  if (tables.length > 0 && (!capture?.writes || capture.isUncertain)) {
    throw new UndoUnavailableError(
      'This change was not recorded inside one read-write transaction: it cannot be checked against later edits.',
    );
  }
  const after: ChangeStamps = {};
  const targetsThen = new Map<TableName, Map<string, boolean>>();
  if (capture?.writes) {
    const { writes } = capture;
    if (!(await writes.settled)) throw new UndoUnavailableError('The change did not go through.');
    await Promise.all(capture.targetReads);
    for (const table of tables) {
      const images = firstBeforeImages(change, table);
      const stamps = new Map<string, RowStamp>();
      for (const [text, key] of touchedKeys(change, table)) {
        // A row recorded but not written stayed as its before-image, read in the same transaction.
        const stamp = writtenStamp(writes, table, key) ?? (images.has(text) ? stampOf(images.get(text)) : undefined);
        if (!stamp)
          throw new UndoUnavailableError(
            `The change names a ${table} row it did not write: it cannot be checked against later edits.`,
          );
        stamps.set(text, stamp);
      }
      after[table] = stamps;
    }
    for (const [table, ids] of capture.targetsRead) {
      const known = new Map<string, boolean>();
      for (const [id, isThere] of ids) {
        // Written later in the same transaction: what it wrote is what Undo meets.
        const written = writtenStamp(writes, table, id);
        known.set(id, written ? written.kind !== 'absent' : isThere);
      }
      targetsThen.set(table, known);
    }
  }
  captures.delete(change);
  const result = {
    before: change.before,
    created: change.created,
    restoredWith: change.restoredWith ?? [],
    after,
    targetsThen,
  } as UnmarkedStampedChange as StampedChange;
  stampedChanges.add(result);
  return result;
}

export interface UndoOutcome {
  /** Whether anything was written. */
  isApplied: boolean;
  /** Whether the whole change was taken back. */
  isComplete: boolean;
  /** Records changed, deleted or referred to after the change: Undo leaves them as they are. */
  conflicts: UndoConflict[];
  /** Records Undo leaves too because they go with a conflict (one needs the other). */
  dependents: UndoConflict[];
  /** Records put back without the ids of records no longer there (reason 'trimmed'); absent when none. */
  trimmed?: UndoConflict[];
  /** Rows the safe part puts back or removes: everything except the conflicts and their dependents. */
  safeRowCount: number;
}

/**
 * Takes a change back in one transaction, checking first that nothing was changed since:
 * `whole` undoes everything or, if later edits are in the way, nothing (and says which);
 * `safe-part` undoes everything except the records in conflict and what goes with them.
 */
export async function undoChange(
  db: TramaDatabase,
  change: StampedChange,
  scope: 'whole' | 'safe-part' = 'whole',
): Promise<UndoOutcome> {
  if (!stampedChanges.has(change))
    throw new UndoUnavailableError('Only a change stamped by stampChange can be undone.');
  if (touchedTables(change).length === 0)
    return { isApplied: false, isComplete: true, conflicts: [], dependents: [], safeRowCount: 0 };
  return db.transaction('rw', TABLE_NAMES, async () => {
    const plan = await planUndo(db, change);
    const conflicts = [...plan.conflicts, ...(await holdBackTieCopies(db, plan))];
    const isComplete = conflicts.length === 0;
    const summary = {
      isComplete,
      conflicts,
      dependents: plan.dependents,
      ...(plan.trimmed.length > 0 ? { trimmed: plan.trimmed } : {}),
      safeRowCount: plan.rowCount,
    };
    if (!isComplete && scope === 'whole') return { isApplied: false, ...summary };
    for (const [table, keys] of plan.deletes) if (keys.size) await db.table(table).bulkDelete([...keys.values()]);
    for (const [table, rows] of plan.restores) if (rows.size) await db.table(table).bulkPut([...rows.values()]);
    return { isApplied: plan.rowCount > 0 || plan.followerCount > 0, ...summary };
  });
}
