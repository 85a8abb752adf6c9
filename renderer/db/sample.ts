import type { SampleNetwork } from '../../shared/sample/sampleNetwork';
import { applyDeletionPlan, planStakeholderDeletion } from './cascade';
import type { TramaDatabase } from './db';
import { META_KEYS, deleteMeta, writeMeta } from './repositories/meta';
import { toAgreementRow } from './repositories/agreements';
import { recordBefore, type UndoableChange } from './undo';
import { briefingsStartedFrom } from './repositories/briefings';

// The sample network: every record's id starts with "sample-", so it can be cleared
// without touching what the user added, even when they linked their own records to it.

export const SAMPLE_ID_PREFIX = 'sample-';

const SAMPLE_TABLES = [
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

async function putInSlices<Row>(table: { bulkPut(rows: readonly Row[]): Promise<unknown> }, rows: readonly Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_SLICE) await table.bulkPut(rows.slice(start, start + WRITE_SLICE));
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

/** Removes every sample record and every reference the user's own records hold to one. */
export function clearSampleNetwork(db: TramaDatabase): Promise<UndoableChange> {
  return db.transaction('rw', SAMPLE_TABLES, async () => {
    const sampleStakeholderIds = (await db.stakeholders.toCollection().primaryKeys()).filter(isSampleId);
    const change = await applyDeletionPlan(db, await planStakeholderDeletion(db, sampleStakeholderIds));
    const isSampleRow = (row: { id: string; actionId?: string }) =>
      isSampleId(row.id) || (row.actionId !== undefined && isSampleId(row.actionId));
    for (const table of ['contacts', 'agreements', 'actions', 'followUps', 'staff'] as const) {
      const rows: Array<{ id: string }> = await db.table(table).filter(isSampleRow).toArray();
      recordBefore(change, table, rows);
      await db.table(table).bulkDelete(rows.map((row) => row.id));
    }
    // The user's own actions and follow-ups may name a sample staff member as owner.
    for (const table of ['actions', 'followUps'] as const) {
      const owned: Array<{ ownerId: string | null }> = await db
        .table(table)
        .filter((row: { ownerId: string | null }) => row.ownerId !== null && isSampleId(row.ownerId))
        .toArray();
      recordBefore(change, table, owned);
      await db.table(table).bulkPut(owned.map((row) => ({ ...row, ownerId: null })));
    }
    const sampleBriefings = await briefingsStartedFrom(db, isSampleId);
    recordBefore(change, 'briefings', sampleBriefings);
    await db.briefings.bulkDelete(sampleBriefings.map((row) => row.id));
    const marker = await db.meta.get(META_KEYS.sample);
    if (marker) {
      recordBefore(change, 'meta', [marker]);
      await deleteMeta(db, META_KEYS.sample);
    }
    return change;
  });
}

export function markStartedEmpty(db: TramaDatabase): Promise<unknown> {
  return writeMeta(db, META_KEYS.onboarded, true);
}
