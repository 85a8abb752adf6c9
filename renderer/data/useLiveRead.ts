import { useLiveQuery } from 'dexie-react-hooks';
import type { TramaDatabase } from '../db/db';
import { useDatabase } from './useDatabase';

/**
 * A named query run against the screens' database and run again whenever a table it read
 * changes; undefined while it loads. `deps` are the query's own arguments.
 */
export function useLiveRead<Result>(
  query: (db: TramaDatabase) => Promise<Result>,
  deps: readonly unknown[],
): Result | undefined {
  const database = useDatabase();
  return useLiveQuery(() => query(database), [database, ...deps]);
}

/**
 * A dependency that changes exactly when the list of ids does: a list made afresh on each
 * render stays the same dependency, and no two lists share one (as 'a,b' and ['a', 'b']
 * would when joined with a separator an id may contain).
 */
export function idsKey(ids: readonly string[]): string {
  return JSON.stringify(ids);
}
