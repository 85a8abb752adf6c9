import type { Transaction } from 'dexie';

/** Which of `ids` the stakeholders table holds: reads their keys only, in the caller's transaction. */
export async function stakeholdersHeldAmong(tx: Transaction, ids: ReadonlySet<string>): Promise<ReadonlySet<string>> {
  const keys = await tx
    .table('stakeholders')
    .where(':id')
    .anyOf([...ids])
    .primaryKeys();
  return new Set(keys.map(String));
}
