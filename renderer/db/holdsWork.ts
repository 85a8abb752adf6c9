import { WORK_TABLES } from '../../shared/domain/entities';
import { isShippedProgramme } from '../../shared/domain/programmes';
import { isDefaultMetaRow } from '../../shared/io/backupMeta';
import type { TramaDatabase } from './db';

// Tables whose every row is the team's work are the registry's WORK_TABLES. Programmes count
// when they are not the defaults as shipped, settings when they are not at their default
// value (backupMeta.ts).

/**
 * Whether the database holds anything beyond what a new installation has (the default
 * programmes, the app's bookkeeping): then a daily backup is worth writing, and a restore
 * that would change or remove records keeps a copy first.
 */
export async function holdsWork(db: TramaDatabase): Promise<boolean> {
  for (const table of WORK_TABLES) if ((await db.table(table).count()) > 0) return true;
  if (!(await db.programmes.toArray()).every(isShippedProgramme)) return true;
  return !(await db.meta.toArray()).every((row) => isDefaultMetaRow(row.key, row.value));
}
