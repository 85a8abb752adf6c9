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

/** What `watchAppearances` looks for: the first element of `selector` whose name matches `pattern`. */
export interface Appearance {
  name: string;
  selector: string;
  /** A RegExp's source and flags (a watcher is serialised: no RegExp crosses). */
  pattern: string;
  flags: string;
}

/**
 * Notes in the page when each appearance is first seen, and when a file was last chosen in
 * a file input, in the page's clock (`window.tramaAppearances`). Playwright's waitFor asks
 * the page again only every 500 ms after its first tries, so a step timed by it from Node
 * carries up to half a second of waiting; a mutation observer sees the change as the app
 * commits it. Elements that already match when it starts (an earlier notice) are left out.
 * Stands on its own (passed to page.evaluate).
 */
export function watchAppearances(appearances: Appearance[]): void {
  const seenAt: Record<string, number> = {};
  (window as unknown as { tramaAppearances: Record<string, number> }).tramaAppearances = seenAt;
  const textOf = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return textOf(labelledBy);
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return [...labels].map((each) => each.textContent ?? '').join(' ');
    return element.textContent ?? '';
  };
  const matching = (appearance: Appearance): Element[] => {
    const pattern = new RegExp(appearance.pattern, appearance.flags);
    return [...document.querySelectorAll(appearance.selector)].filter((element) => pattern.test(nameOf(element)));
  };
  const alreadyThere = new Set(appearances.flatMap(matching));
  const look = () => {
    const at = performance.now();
    for (const appearance of appearances)
      if (seenAt[appearance.name] === undefined && matching(appearance).some((element) => !alreadyThere.has(element)))
        seenAt[appearance.name] = at;
  };
  new MutationObserver(look).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        seenAt.fileChosen = performance.now();
    },
    true,
  );
}

/** What `watchAppearances` saw so far. */
export const appearances = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => (window as unknown as { tramaAppearances?: Record<string, number> }).tramaAppearances ?? {});
