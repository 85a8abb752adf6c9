import type { RestoreProgress } from '../../db/backup';

// A restore reports its progress after every chunk it writes (hundreds at 10,000
// stakeholders), and each report drawn re-renders the dialog on the thread that hands
// the rows to IndexedDB. The bar moves by whole percents: only those reports are drawn.

/** Whether `next` shows anything `shown` did not: a new whole percent, a new total, or the end. */
export function isProgressWorthShowing(shown: RestoreProgress | null, next: RestoreProgress): boolean {
  if (shown === null || shown.total !== next.total || next.done >= next.total) return true;
  const percent = (progress: RestoreProgress) => Math.floor((progress.done * 100) / Math.max(1, progress.total));
  return percent(next) > percent(shown);
}
