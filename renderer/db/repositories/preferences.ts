import type { TramaDatabase } from '../db';
import { writeMeta } from './meta';

// User preferences that belong with the data (they travel with backups).

/** Whether exports leave personal columns out unless the user says otherwise (read by renderer/data/metaQueries.ts). */
export const OMIT_PERSONAL_COLUMNS_META_KEY = 'preferences.omitPersonalColumns';

export function writeOmitPersonalColumns(db: TramaDatabase, isOmitted: boolean): Promise<unknown> {
  return writeMeta(db, OMIT_PERSONAL_COLUMNS_META_KEY, isOmitted);
}
