import { createContext, useContext } from 'react';
import { db, type TramaDatabase } from '../db/db';

export type { TramaDatabase };

/**
 * The database the screens read and write: the app's own unless a provider above them
 * gives another (a test's). Screens only hand it to the writes of renderer/db/repositories;
 * they read through the hooks of this folder.
 */
export const DatabaseContext = createContext<TramaDatabase>(db);

export function useDatabase(): TramaDatabase {
  return useContext(DatabaseContext);
}
