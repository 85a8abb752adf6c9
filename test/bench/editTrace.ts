// `TRAMA_BENCH_TRACE_EDITS=1` (or `TRAMA_BENCH_PROFILE=<folder>`) `npm run bench -- --only history`:
// where a single edit's time goes on each build (historyAB.ts). Counted in the page, on its own
// clock: the IndexedDB calls made between "Save" and the heading showing the new name, by kind,
// how long each waited for its answer, when the edit's write transaction opened and completed,
// and when the page last read its history (a read that meets the edit slows it).

/**
 * Counts in the page, by kind, every transaction IndexedDB opens and every request it is asked
 * for, and sums (kinds starting with `ms `) how long each waited for its answer: a transaction
 * from its opening until it completed, a request until it succeeded.
 */
export function countIndexedDbCalls(): void {
  const counts: Record<string, number> = {};
  /** When the last read-write transaction opened and completed, on the page's clock. */
  const lastWrite = { openedAt: 0, completedAt: 0, historyReadAt: 0, historyReadDoneAt: 0, historyReadAfterWriteMs: 0 };
  Object.assign(window, { tramaIdbCalls: counts, tramaLastWrite: lastWrite });
  const note = (kind: string, amount = 1) => {
    counts[kind] = (counts[kind] ?? 0) + amount;
  };
  const timed = (target: EventTarget, event: string, kind: string) => {
    const start = performance.now();
    target.addEventListener(event, () => note(`ms ${kind}`, performance.now() - start), { once: true });
  };
  const openTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const [stores, mode] = args;
    const kind = `transaction ${mode ?? 'readonly'} [${[stores].flat().sort().join(',')}]`;
    note(kind);
    const transaction = openTransaction.apply(this, args);
    timed(transaction, 'complete', kind);
    if (mode === 'readwrite') {
      lastWrite.openedAt = performance.now();
      transaction.addEventListener('complete', () => (lastWrite.completedAt = performance.now()), { once: true });
    }
    return transaction;
  } as IDBDatabase['transaction'];
  for (const [prototype, kind] of [
    [IDBObjectStore.prototype, 'store'],
    [IDBIndex.prototype, 'index'],
  ] as const)
    for (const method of [
      'get',
      'getAll',
      'getAllKeys',
      'getKey',
      'count',
      'openCursor',
      'openKeyCursor',
      'put',
      'add',
    ]) {
      const original = (prototype as unknown as Record<string, unknown>)[method];
      if (typeof original !== 'function') continue;
      (prototype as unknown as Record<string, unknown>)[method] = function (
        this: IDBObjectStore | IDBIndex,
        ...args: unknown[]
      ) {
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        const call = `${kind} ${store}${'objectStore' in this ? `.${this.name}` : ''} ${method}`;
        note(call);
        const request = (original as (...args: unknown[]) => unknown).apply(this, args);
        if (request instanceof IDBRequest) timed(request, 'success', call);
        // A read of the history (a record's page reading its entries again) overlapping an edit.
        if (request instanceof IDBRequest && store === 'history' && method !== 'add' && method !== 'put') {
          lastWrite.historyReadAt = performance.now();
          lastWrite.historyReadAfterWriteMs = lastWrite.historyReadAt - lastWrite.completedAt;
          request.addEventListener('success', () => (lastWrite.historyReadDoneAt = performance.now()), { once: true });
        }
        return request;
      };
    }
}

/** The counts after minus the counts before, kinds that did not move left out. */
export function countsBetween(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after)
      .map(([kind, count]) => [kind, count - (before[kind] ?? 0)] as const)
      .filter(([, count]) => count !== 0),
  );
}

/** Sums per-edit counts over every edit. */
export function sumCounts(perEdit: ReadonlyArray<Record<string, number>>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const counts of perEdit)
    for (const [kind, count] of Object.entries(counts)) total[kind] = (total[kind] ?? 0) + count;
  return total;
}
