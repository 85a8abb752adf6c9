import { WORK_TABLES } from '../../shared/domain/entities';
import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import type { TramaDatabase } from './db';
import { loadSampleNetwork, SAMPLE_TABLES } from './sample';

/** The sample was asked for while the database holds records: it never mixes with real data. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The sample network loads only into an empty database.');
    this.name = 'DatabaseNotEmptyError';
  }
}

/** Whether any table of the team's work holds a record (programmes and settings do not count). */
export async function holdsRecords(db: TramaDatabase): Promise<boolean> {
  for (const table of WORK_TABLES) if ((await db.table(table).count()) > 0) return true;
  return false;
}

// loadSampleNetwork's own transaction runs inside this one, so this one spans its tables too.
const TABLES = [...new Set<string>([...WORK_TABLES, ...SAMPLE_TABLES])];

/**
 * Loads the sample network, checking in the same transaction that the database holds no
 * records: a second window, or a sync that arrived meanwhile, cannot slip data in between.
 */
export function loadSampleIntoEmptyDatabase(db: TramaDatabase, network: SampleNetwork, today: string): Promise<void> {
  return db.transaction('rw', TABLES, async () => {
    if (await holdsRecords(db)) throw new DatabaseNotEmptyError();
    await loadSampleNetwork(db, network, today);
  });
}
