import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { ENTITIES, ENTITY_TABLES } from '../../shared/domain/entities';
import { applyDeletionPlan, deletionTables, planDeletions, type DeletionRequest } from './cascade';
import type { TramaDatabase } from './db';
import { META_KEYS, writeMeta } from './repositories/meta';
import { toAgreementRow } from './agreementRows';
import type { UndoableChange } from './undo';

// The sample network: every record's id starts with "sample-", so it can be cleared
// without touching what the user added, even when they linked their own records to it.

export const SAMPLE_ID_PREFIX = 'sample-';

/** The tables the sample network writes to. */
export const SAMPLE_TABLES = [
  'stakeholders',
  'contacts',
  'relationships',
  'agreements',
  'actions',
  'followUps',
  'staff',
  'mapPositions',
  'meta',
  'briefings',
] as const;

/** Records written per request: a large network goes in slices, so the page can paint in between. */
const WRITE_SLICE = 5_000;

async function putInSlices<Row>(
  table: { bulkPut(rows: readonly Row[]): Promise<unknown> },
  rows: readonly Row[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_SLICE)
    await table.bulkPut(rows.slice(start, start + WRITE_SLICE));
}

export async function loadSampleNetwork(db: TramaDatabase, network: SampleNetwork, loadedOn: string): Promise<void> {
  await db.transaction('rw', SAMPLE_TABLES, async () => {
    await putInSlices(db.stakeholders, network.stakeholders);
    await putInSlices(db.contacts, network.contacts);
    await putInSlices(db.relationships, network.relationships);
    await putInSlices(db.agreements, network.agreements.map(toAgreementRow));
    await putInSlices(db.actions, network.actions);
    await putInSlices(db.followUps, network.followUps);
    await putInSlices(db.staff, network.staff);
    await writeMeta(db, META_KEYS.sample, { loadedOn, stakeholderCount: network.stakeholders.length });
    await writeMeta(db, META_KEYS.onboarded, true);
  });
}

function isSampleId(id: string): boolean {
  return id.startsWith(SAMPLE_ID_PREFIX);
}

/** The tables whose records are keyed by id: a sample record there has an id starting with the prefix. */
const ID_KEYED_TABLES = ENTITY_TABLES.filter((table) => ENTITIES[table].key.join() === 'id');

/**
 * Removes every sample record, in any table, and whatever the registry of references says
 * goes or changes with it: the user's own records keep no reference to the sample.
 */
export function clearSampleNetwork(db: TramaDatabase): Promise<UndoableChange> {
  return db.transaction('rw', deletionTables(...ID_KEYED_TABLES, 'meta'), async () => {
    const requests: DeletionRequest[] = [];
    for (const table of ID_KEYED_TABLES) {
      const keys = await db.table(table).toCollection().primaryKeys();
      requests.push({ table, ids: keys.filter((key): key is string => typeof key === 'string' && isSampleId(key)) });
    }
    requests.push({ table: 'meta', ids: [META_KEYS.sample] });
    // Fictitious people trained nobody: no anonymous trace of them stays on the user's trainings.
    return applyDeletionPlan(db, await planDeletions(db, requests, { leavesNoTrace: true }));
  });
}

export function markStartedEmpty(db: TramaDatabase): Promise<unknown> {
  return writeMeta(db, META_KEYS.onboarded, true);
}
