import { openTramaDatabase, type TramaDatabase } from '../db/db';

/**
 * Runs `work` with a connection of its own to the app's database, closed afterwards: a
 * worker cannot use the page's connection.
 */
export async function withOwnDatabase<Result>(work: (db: TramaDatabase) => Promise<Result>): Promise<Result> {
  const db = openTramaDatabase();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
