import type { BenchResult, GoalCheck } from './results';

/**
 * Issue 18's goals (`--only report`, `--only history`), each judged on its own figure and
 * printed beside the yardstick the result carries from the same run (`beside`).
 */
const ISSUE_18_GOALS: ReadonlyArray<{
  operation: string;
  figure: string;
  limit: number;
  unit: string;
  /** Judged at this size only; the history's ratios at any size. */
  size?: number;
  beside: (result: BenchResult) => string;
}> = [
  {
    operation: 'programme-report',
    figure: 'ms',
    limit: 2_000,
    unit: 'ms',
    size: 10_000,
    beside: (result) => `plain IndexedDB read of its rows ${result.plainReadMs} ms, ours ${result.ratioToPlainRead}×`,
  },
  {
    operation: 'programme-report-in-app',
    figure: 'ms',
    limit: 2_000,
    unit: 'ms',
    size: 10_000,
    beside: (result) => `plain IndexedDB read of its rows ${result.plainReadMs} ms, ours ${result.ratioToPlainRead}×`,
  },
  {
    operation: 'as-of-redraw',
    figure: 'ms',
    limit: 300,
    unit: 'ms',
    size: 10_000,
    beside: (result) => `the map's filter ${result.filterMs} ms, ours ${result.ratioToFilter}×`,
  },
  {
    operation: 'as-of-redraw',
    figure: 'toFullMs',
    limit: 300,
    unit: 'ms',
    size: 10_000,
    beside: (result) => `the map's filter ${result.filterMs} ms; from a day before the network, all of it appearing`,
  },
  {
    operation: 'history-cost:single-edit',
    figure: 'ratio',
    limit: 1.1,
    unit: '×',
    beside: (result) =>
      `${result.withMs} ms with / ${result.withoutMs} ms without; the edit in its history ${result.historyShownMs ?? '?'} ms after "Save"`,
  },
  {
    operation: 'history-cost:import-commit',
    figure: 'ratio',
    limit: 1.2,
    unit: '×',
    beside: (result) => `${result.withMs} ms with / ${result.withoutMs} ms without`,
  },
];

export function issue18GoalChecks(result: BenchResult): GoalCheck[] {
  return ISSUE_18_GOALS.flatMap((goal) => {
    const value = result[goal.figure];
    if (goal.operation !== result.operation || typeof value !== 'number') return [];
    if (goal.size !== undefined && goal.size !== result.stakeholders) return [];
    return [
      {
        figure: goal.figure,
        value,
        goal: `≤ ${goal.limit} ${goal.unit}`,
        met: value <= goal.limit ? '✓' : '✗',
        unit: goal.unit,
        beside: goal.beside(result),
      },
    ];
  });
}
