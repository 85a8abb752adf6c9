import type { Page } from 'playwright-core';

// Init scripts that watch the page from its first script on, and the readers of what they
// saw. Playwright serialises each watcher with toString(): it must stand on its own.

/** Collects long tasks, so any freeze can be found afterwards. */
export function watchLongTasks(): void {
  const tasks: Array<[number, number]> = [];
  (window as unknown as { tramaLongTasks: typeof tasks }).tramaLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

export interface WriteTransaction {
  database: string;
  stores: string[];
  /** What the page asked for; 'default' when it passed no option (the browser then chooses). */
  durability: string;
  at: number;
}

/**
 * Notes every read-write IndexedDB transaction with the durability the page asked for,
 * so that the yardstick writes with the durability the app really used, whatever layer
 * (Dexie or not) opened the transaction.
 */
export function watchWriteTransactions(): void {
  const seen: WriteTransaction[] = [];
  (window as unknown as { tramaWriteTransactions: WriteTransaction[] }).tramaWriteTransactions = seen;
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(
    this: IDBDatabase,
    storeNames: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    if (mode === 'readwrite' && seen.length < 200_000) {
      seen.push({
        database: this.name,
        stores: typeof storeNames === 'string' ? [storeNames] : [...storeNames],
        durability: options?.durability ?? 'default',
        at: performance.now(),
      });
    }
    return original.call(this, storeNames, mode, options);
  };
}

/** The yardstick's own databases: never counted as the app's writes. */
export const BARE_DATABASE_PREFIX = 'trama-bench-bare-';

/** The long tasks seen between two page times, as [start, duration] in milliseconds. */
export async function longTasks(page: Page, from: number, to: number): Promise<Array<[number, number]>> {
  return page.evaluate(
    ([start, end]) => {
      const tasks = (window as unknown as { tramaLongTasks?: Array<[number, number]> }).tramaLongTasks ?? [];
      return tasks.filter(([at, duration]) => at + duration >= start && at <= end);
    },
    [from, to] as const,
  );
}

export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  return Math.round(Math.max(0, ...(await longTasks(page, from, to)).map(([, duration]) => duration)));
}

export interface ObservedWrites {
  /** Distinct durabilities of the app's transactions that wrote stakeholders. */
  durabilities: string[];
  transactions: number;
  /** Page time the first of them was opened; null when none was. */
  firstAt: number | null;
  /** Other writes meanwhile, as `database: stores (durability)`: a safety copy shows here. */
  otherWrites: string[];
}

/** The app's read-write transactions over the stakeholders between two page times. */
export async function observedWrites(page: Page, from: number, to: number): Promise<ObservedWrites> {
  return page.evaluate(
    ([start, end, barePrefix]) => {
      const seen = (window as unknown as { tramaWriteTransactions?: WriteTransaction[] }).tramaWriteTransactions ?? [];
      const inWindow = seen.filter(
        (entry) => entry.at >= start && entry.at <= end && !entry.database.startsWith(barePrefix),
      );
      const writes = inWindow.filter((entry) => entry.stores.includes('stakeholders'));
      const others = inWindow
        .filter((entry) => !entry.stores.includes('stakeholders'))
        .map((entry) => `${entry.database}: ${entry.stores.join(', ')} (${entry.durability})`);
      return {
        durabilities: [...new Set(writes.map((entry) => entry.durability))],
        transactions: writes.length,
        firstAt: writes[0]?.at ?? null,
        otherWrites: [...new Set(others)],
      };
    },
    [from, to, BARE_DATABASE_PREFIX] as const,
  );
}

export const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());
