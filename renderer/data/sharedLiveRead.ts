import { liveQuery } from 'dexie';
import type { TramaDatabase } from '../db/db';

// One live read of a named query per database, shared by whoever watches it: a screen's hook
// and, before the screen exists, the app's start, which can begin a long read as soon as the
// database is open (preloadReport.ts). A second watcher gets the first one's answer at once
// instead of reading the same rows again; Dexie's own live queries read once per subscriber.

type Watcher<Result> = { next: (value: Result) => void; error?: (error: unknown) => void };

/** What dexie-react-hooks' useObservable takes: it reads an answer already there in its first render. */
export interface SharedLiveRead<Result> {
  subscribe(next: (value: Result) => void, error?: (error: unknown) => void): () => void;
  hasValue(): boolean;
  getValue(): Result | undefined;
  /**
   * Starts the read for a watcher still to come (a screen not yet rendered): it stays up until a
   * watcher subscribes, or for `ms` at most if none does.
   */
  holdFor(ms: number): void;
}

/**
 * The read of `query` on a database, started by its first watcher and kept up to date while
 * anyone watches. When the last one leaves it stops and forgets its answer (a later watcher reads
 * afresh), a task later: a screen that unmounts and mounts again at once (React's strict mode,
 * a page handing over to the next) keeps the read it had.
 */
export function sharedLiveRead<Result>(
  query: (db: TramaDatabase) => Promise<Result>,
): (db: TramaDatabase) => SharedLiveRead<Result> {
  const reads = new WeakMap<TramaDatabase, SharedLiveRead<Result>>();
  return (db) => {
    let read = reads.get(db);
    if (!read) {
      read = startableRead(() => query(db));
      reads.set(db, read);
    }
    return read;
  };
}

function startableRead<Result>(query: () => Promise<Result>): SharedLiveRead<Result> {
  const watchers = new Set<Watcher<Result>>();
  let subscription: { unsubscribe(): void } | null = null;
  let answer: { value: Result } | { error: unknown } | null = null;
  let stopping: ReturnType<typeof setTimeout> | null = null;
  const holds = new Set<() => void>();

  const stopUnlessWatched = () => {
    stopping = null;
    if (watchers.size > 0) return;
    subscription?.unsubscribe();
    subscription = null;
    answer = null;
  };

  const read: SharedLiveRead<Result> = {
    subscribe(next, error) {
      const watcher: Watcher<Result> = { next, error };
      watchers.add(watcher);
      if (stopping !== null) clearTimeout(stopping);
      stopping = null;
      subscription ??= liveQuery(query).subscribe({
        next: (value) => {
          answer = { value };
          for (const each of [...watchers]) each.next(value);
        },
        error: (failure: unknown) => {
          answer = { error: failure };
          for (const each of [...watchers]) each.error?.(failure);
        },
      });
      if (answer && 'value' in answer) next(answer.value);
      else if (answer) error?.(answer.error);
      // Released once the watcher that takes over is counted, so that the read goes on.
      for (const release of [...holds]) release();
      return () => {
        if (!watchers.delete(watcher) || watchers.size > 0) return;
        stopping ??= setTimeout(stopUnlessWatched, 0);
      };
    },
    holdFor(ms) {
      const stop = read.subscribe(() => undefined);
      const timer = setTimeout(() => release(), ms);
      const release = () => {
        clearTimeout(timer);
        if (holds.delete(release)) stop();
      };
      holds.add(release);
    },
    hasValue: () => answer !== null && 'value' in answer,
    getValue: () => (answer && 'value' in answer ? answer.value : undefined),
  };
  return read;
}
