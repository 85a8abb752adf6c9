import type { TramaDatabase } from './db';

/**
 * Tables whose rows are the team's own work: an installation holding only the default
 * programmes and its bookkeeping has nothing a backup or a safety copy needs to keep.
 */
export const WORK_TABLES = ['stakeholders', 'contacts', 'relationships', 'agreements', 'actions', 'followUps', 'staff', 'savedViews', 'briefings'] as const;

export async function holdsWork(db: TramaDatabase): Promise<boolean> {
  for (const table of WORK_TABLES) if ((await db.table(table).count()) > 0) return true;
  return false;
}
