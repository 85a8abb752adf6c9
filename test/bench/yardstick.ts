import type { Page } from 'playwright-core';
import { withHooks } from './benchSession';
import { longestTask, type ObservedWrites } from './pageWatchers';
import { printResult, type BenchResult } from './results';

// Node's side of the yardstick (bareIdbWrite.ts runs in the page): run right after the
// operation, in the same page, on the rows the operation left in the app's database.

export const bareWriteOperation = (operation: string): string => `bare-idb-write:${operation}`;

/**
 * The durability the app asked for when it wrote the stakeholders. Several (a write in
 * steps that changed its mind) are all reported; the yardstick then takes the strictest.
 * None seen (a write the watcher missed): the app database's own setting, said so.
 */
function chooseDurability(observed: ObservedWrites): { durability: IDBTransactionDurability; source: string } {
  const seen = observed.durabilities;
  if (seen.length === 0)
    return { durability: 'strict', source: 'assumed (no app write seen); the app opens its database with strict' };
  const strictest =
    (['strict', 'default', 'relaxed'] as const).find((candidate) => seen.includes(candidate)) ?? 'strict';
  return {
    durability: strictest,
    source:
      seen.length === 1
        ? `as the app's ${observed.transactions} write transaction(s)`
        : `strictest of the app's ${seen.join(', ')}`,
  };
}

export interface YardstickInput {
  page: Page;
  hooksSource: string;
  /** The operation whose rows are written again. */
  operation: string;
  /** The tables the operation writes: all in the transaction's scope, as the app's is. */
  tables: readonly string[];
  observed: ObservedWrites;
  stakeholders: number;
  relationships: number;
}

export async function measureBareWrite(input: YardstickInput): Promise<BenchResult> {
  const { page, operation, tables, observed } = input;
  await withHooks(page, input.hooksSource);
  const { durability, source } = chooseDurability(observed);
  const written = await page.evaluate(([names, chosen]) => window.tramaBench.bareWrite(names, chosen), [
    tables,
    durability,
  ] as const);
  const result: BenchResult = {
    operation: bareWriteOperation(operation),
    stakeholders: input.stakeholders,
    relationships: input.relationships,
    ms: Math.round(written.ms),
    durability,
    durabilitySource: source,
    rows: written.rows,
    rowsPerSecond: Math.round(written.totalRows / (written.ms / 1000)),
    longestTaskMs: await longestTask(page, written.startedAt, written.endedAt),
  };
  printResult(result);
  return result;
}
