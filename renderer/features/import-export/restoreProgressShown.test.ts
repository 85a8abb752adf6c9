import { describe, expect, it } from 'vitest';
import type { RestoreProgress } from '../../db/backup';
import { isProgressWorthShowing } from './restoreProgressShown';

/** Feeds reports in order, as the restore makes them; returns those drawn. */
function shownOf(reports: readonly RestoreProgress[]): RestoreProgress[] {
  const shown: RestoreProgress[] = [];
  for (const report of reports) if (isProgressWorthShowing(shown.at(-1) ?? null, report)) shown.push(report);
  return shown;
}

describe('the restore progress drawn', () => {
  it('is at most one report per whole percent, however many chunks the restore writes', () => {
    const total = 60_002;
    const reports = Array.from({ length: total + 1 }, (_, done) => ({ done, total }));
    const shown = shownOf(reports);
    expect(shown.length).toBeLessThanOrEqual(101);
    expect(shown[0]).toEqual({ done: 0, total });
    expect(shown.at(-1)).toEqual({ done: total, total });
  });

  it('always shows the first report, a new total and the end, even of a tiny or empty restore', () => {
    expect(shownOf([{ done: 0, total: 0 }])).toEqual([{ done: 0, total: 0 }]);
    expect(
      shownOf([
        { done: 0, total: 3 },
        { done: 1, total: 3 },
        { done: 1, total: 5 },
        { done: 5, total: 5 },
      ]),
    ).toHaveLength(4);
  });

  it('never hides the last report, even when it is reported twice or beyond the total', () => {
    const shown = shownOf([
      { done: 0, total: 1_000_000 },
      { done: 999_999, total: 1_000_000 },
      { done: 1_000_000, total: 1_000_000 },
      { done: 1_000_000, total: 1_000_000 },
    ]);
    expect(shown.at(-1)).toEqual({ done: 1_000_000, total: 1_000_000 });
  });
});
