import Dexie from 'dexie';
import type { EntityTable } from '../../shared/domain/entities';
import type { HistoryEntry } from '../../shared/domain/history';
import type { TramaDatabase } from '../db/db';
import { recordHistory, stageHistory, type RecordHistory } from './historyQueries';
import { useLiveRead } from './useLiveRead';

/** At most this long a re-read waits for the page to be idle. */
const IDLE_WAIT_MS = 1000;
/**
 * A re-read never starts sooner than this after the write that woke it: the page is often idle
 * for a moment between the write's commit and the record's own re-read, and a history read
 * started then competes with it (2 edits in 16 in the bench's trace).
 */
const AFTER_WRITE_MS = 100;

/** Resolves once the page has nothing more urgent to do. Dexie's promise: the live query's reads stay observed. */
function pageIdle(): Promise<void> {
  return new Dexie.Promise<void>((resolve) => {
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
      else resolve();
    }, AFTER_WRITE_MS);
  });
}

/**
 * A live query read at once, then, each time a write wakes it, read again only once the page
 * is idle: the write that woke it (an edit of the record) shows on the page first, rather
 * than waiting behind the reading of its history (issue 18: history adds ≤ 10 % to an edit).
 * One per subscription: useLiveRead keeps the query it was given when its deps last changed.
 */
function readAgainWhenIdle<Result>(query: (db: TramaDatabase) => Promise<Result>) {
  let hasRead = false;
  return (db: TramaDatabase): Promise<Result> => {
    if (!hasRead) {
      hasRead = true;
      return query(db);
    }
    return pageIdle().then(() => query(db));
  };
}

/** One record's history, newest first, kept up to date (a moment after each change); undefined while it loads. */
export function useRecordHistory(
  table: EntityTable,
  id: string,
  limit: number,
): (RecordHistory & { total: number }) | undefined {
  return useLiveRead(
    readAgainWhenIdle((db) => recordHistory(db, table, id, limit)),
    [table, id, limit],
  );
}

/** Every recorded stage change of a stakeholder, kept up to date; undefined while it loads. */
export function useStageHistory(): HistoryEntry[] | undefined {
  return useLiveRead(stageHistory, []);
}
