// One at a time: an erasure (its database transaction, and then the rewriting of the copies)
// and the writing of an automatic backup. Without it the daily backup could read the
// database before an erasure and write its file after the erasure had checked the copies,
// bringing the person back in a file nobody checks again. Web Locks reach every tab and
// window of the app; where they are missing (tests, old engines) a queue in this module
// orders the work of this page.

const LOCK_NAME = 'trama-copies';

let queue: Promise<unknown> = Promise.resolve();

function inQueue<Result>(work: () => Promise<Result>): Promise<Result> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export function withCopiesLock<Result>(work: () => Promise<Result>): Promise<Result> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return inQueue(work);
  // Held until the work settles: the callback's promise is what the lock waits for.
  return new Promise<Result>((resolve, reject) => {
    locks.request(LOCK_NAME, () => work().then(resolve, reject)).catch(reject);
  });
}
