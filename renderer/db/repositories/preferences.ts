import { z } from 'zod';
import type { TramaDatabase } from '../db';
import { readMeta, writeMeta } from './meta';

// User preferences that belong with the data (they travel with backups).

const OMIT_PERSONAL_COLUMNS = 'preferences.omitPersonalColumns';

export async function readOmitPersonalColumns(db: TramaDatabase): Promise<boolean> {
  return (await readMeta(db, OMIT_PERSONAL_COLUMNS, z.boolean())) ?? false;
}

export function writeOmitPersonalColumns(db: TramaDatabase, isOmitted: boolean): Promise<unknown> {
  return writeMeta(db, OMIT_PERSONAL_COLUMNS, isOmitted);
}
