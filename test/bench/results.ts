import { issue18GoalChecks } from './issue18Goals';

// What `npm run bench` writes to bench-results.json: one entry per operation and size.

export interface BenchResult {
  operation: string;
  stakeholders: number;
  relationships: number;
  /** Median over the runs; null for figures that are not durations (the heap). */
  ms: number | null;
  /** The bare IndexedDB write this operation is judged against (an operation of the same size). */
  yardstick?: string;
  /** Which of this result's durations is compared with the yardstick. */
  comparedFigure?: 'ms' | 'commitMs';
  bareWriteMs?: number;
  ratioToBareWrite?: number;
  goals?: GoalCheck[];
  [extra: string]: unknown;
}

export interface GoalCheck {
  figure: string;
  value: number;
  goal: string;
  met: '✓' | '✗';
  /** 'ms' unless said; frames per second for pan-zoom-fps. */
  unit?: string;
  /** The same figure for plain Cytoscape on the same network in the same run, and ours over it. */
  plainCytoscape?: number;
  ratioToPlainCytoscape?: number;
  /** The yardstick from the same run, in words (issue 18's goals). */
  beside?: string;
}

/** The issue's goals at 10,000 stakeholders / 50,000 relationships. */
export const TARGETS_AT_10K: Readonly<Record<string, string>> = {
  'db-load': '≤ 1.5× bare write',
  'first-map-frame': '≤ 1500 ms',
  layout: '≤ 2000 ms',
  filter: '≤ 200 ms',
  search: '≤ 100 ms',
  'import-xlsx': '≤ 3000 ms; commit ≤ 1.5× bare write',
  'export-xlsx': '≤ 3000 ms',
  'heap-after-load': '≤ 500 MB',
  'restore-backup': '≤ 1.5× bare write; longest task ≤ 200 ms',
  'restore-backup-over-data': '≤ 1.5× bare write; longest task ≤ 200 ms',
  'sync-initial-pull': '≤ 2× bare write; longest task ≤ 200 ms',
  'sync-edit-latency': 'median and max ≤ 2000 ms',
  'programme-report': '≤ 2000 ms',
  'programme-report-in-app': '≤ 2000 ms',
  'as-of-redraw': '≤ 300 ms',
  'history-cost:single-edit': '≤ 1.1× without history',
  'history-cost:import-commit': '≤ 1.2× without history',
};

/** Issue 13: the app's bulk writes at most 1.5× the bare write, at 10,000 and at 50,000. */
export const MAX_RATIO_TO_BARE_WRITE = 1.5;
/** Issue 13: a restore never freezes the page longer than this. */
export const MAX_RESTORE_TASK_MS = 200;
/** Issue 15: an empty laptop receives the team's network in at most 2× the bare write, no task over 200 ms. */
export const MAX_SYNC_PULL_RATIO = 2;
/** Issue 15: an edit on one laptop shows on another within this (local server). */
export const MAX_SYNC_EDIT_MS = 2_000;

/**
 * Issue 16: the map's goals, by size. Each is judged on its own figure; plain Cytoscape's
 * figure for the same operation on the same network, in the same run, is printed beside it
 * (`plain-cytoscape-<operation>`), since the machine's speed varies from hour to hour.
 */
interface MapGoal {
  operation: string;
  figure: string;
  limit: number;
  isAtLeast?: boolean;
  /** The plain Cytoscape result and figure it is read beside. */
  plain?: { operation: string; figure: string };
}
export const MAP_GOALS: Readonly<Record<number, readonly MapGoal[]>> = {
  2_000: [
    { operation: 'filter', figure: 'ms', limit: 150, plain: { operation: 'plain-cytoscape-filter', figure: 'ms' } },
    { operation: 'filter', figure: 'longestTaskMs', limit: 100 },
    { operation: 'search', figure: 'focusMs', limit: 150, plain: { operation: 'plain-cytoscape-focus', figure: 'ms' } },
    {
      operation: 'pan-zoom-fps',
      figure: 'fps',
      limit: 30,
      isAtLeast: true,
      plain: { operation: 'plain-cytoscape-pan-zoom-fps', figure: 'fps' },
    },
  ],
  10_000: [
    { operation: 'filter', figure: 'ms', limit: 200, plain: { operation: 'plain-cytoscape-filter', figure: 'ms' } },
  ],
};

function mapGoalChecks(result: BenchResult, results: readonly BenchResult[]): GoalCheck[] {
  const checks: GoalCheck[] = [];
  for (const goal of MAP_GOALS[result.stakeholders] ?? []) {
    const value = result[goal.figure];
    if (goal.operation !== result.operation || typeof value !== 'number') continue;
    const unit = goal.figure === 'fps' ? 'fps' : 'ms';
    const check: GoalCheck = {
      figure: goal.figure,
      value,
      goal: `${goal.isAtLeast ? '≥' : '≤'} ${goal.limit} ${unit}`,
      met: mark(goal.isAtLeast ? value >= goal.limit : value <= goal.limit),
      unit,
    };
    const plainResult = goal.plain
      ? results.find((other) => other.operation === goal.plain!.operation && other.stakeholders === result.stakeholders)
      : undefined;
    const plain = plainResult?.[goal.plain!.figure];
    if (typeof plain === 'number' && plain > 0) {
      check.plainCytoscape = plain;
      check.ratioToPlainCytoscape = Math.round((value / plain) * 100) / 100;
    }
    checks.push(check);
  }
  return checks;
}

const ratioLimitOf = (operation: string): number =>
  operation === 'sync-initial-pull' ? MAX_SYNC_PULL_RATIO : MAX_RATIO_TO_BARE_WRITE;
const hasTaskGoal = (operation: string): boolean =>
  operation.startsWith('restore-backup') || operation === 'sync-initial-pull';

const mark = (isMet: boolean): '✓' | '✗' => (isMet ? '✓' : '✗');

/** Fills in each judged result's ratio to its yardstick and its goals, in place. */
export function judgeAgainstYardsticks(results: BenchResult[]): void {
  for (const result of results) {
    const goals: GoalCheck[] = [];
    const bare = result.yardstick
      ? results.find(
          (candidate) => candidate.operation === result.yardstick && candidate.stakeholders === result.stakeholders,
        )
      : undefined;
    const compared = result.comparedFigure ? result[result.comparedFigure] : undefined;
    if (bare?.ms && typeof compared === 'number') {
      const ratio = Math.round((compared / bare.ms) * 100) / 100;
      result.bareWriteMs = bare.ms;
      result.ratioToBareWrite = ratio;
      // A restore's own write, without reading the file: where its overhead is, not a goal.
      if (typeof result.writeMs === 'number')
        result.writeRatioToBareWrite = Math.round((result.writeMs / bare.ms) * 100) / 100;
      const limit = ratioLimitOf(result.operation);
      goals.push({
        figure: `${result.comparedFigure} / ${result.yardstick}`,
        value: ratio,
        goal: `≤ ${limit}×`,
        met: mark(ratio <= limit),
      });
    }
    if (result.operation === 'sync-edit-latency' && typeof result.ms === 'number') {
      for (const [figure, value] of [
        ['ms (median)', result.ms],
        ['maxMs', result.maxMs],
      ] as const) {
        if (typeof value !== 'number') continue;
        goals.push({ figure, value, goal: `≤ ${MAX_SYNC_EDIT_MS} ms`, met: mark(value <= MAX_SYNC_EDIT_MS) });
      }
    }
    if (hasTaskGoal(result.operation) && typeof result.longestTaskMs === 'number') {
      goals.push({
        figure: 'longestTaskMs',
        value: result.longestTaskMs,
        goal: `≤ ${MAX_RESTORE_TASK_MS} ms`,
        met: mark(result.longestTaskMs <= MAX_RESTORE_TASK_MS),
      });
    }
    goals.push(...mapGoalChecks(result, results));
    goals.push(...issue18GoalChecks(result));
    if (goals.length > 0) result.goals = goals;
  }
}

export function printResult(result: BenchResult): void {
  // The import's summary is a paragraph: it stays in bench-results.json.
  const {
    operation,
    stakeholders: _stakeholders,
    relationships: _relationships,
    ms,
    summary: _summary,
    ...extra
  } = result;
  console.log(`  ${operation.padEnd(24)} ${ms === null ? '' : `${Math.round(ms)} ms`} ${JSON.stringify(extra)}`);
}

const cell = (result: BenchResult | undefined): string => {
  if (!result) return '–';
  if (typeof result.error === 'string') return 'failed';
  if (result.ms === null) {
    if (typeof result.ratio === 'number') return `${result.ratio}×`;
    if (typeof result.fps === 'number') return `${result.fps} fps`;
    return typeof result.megabytes === 'number' ? `${result.megabytes} MB` : '?';
  }
  const ratio = result.goals?.find((goal) => goal.figure.includes('/'));
  return ratio ? `${result.ms} ms (${ratio.value}× ${ratio.met})` : `${result.ms} ms`;
};

function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!)))
      .join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function resultsTable(results: readonly BenchResult[]): string {
  const sizes = [...new Set(results.map((result) => result.stakeholders))].sort((a, b) => a - b);
  const operations = [...new Set(results.map((result) => result.operation))];
  const header = ['operation', ...sizes.map((size) => `${size.toLocaleString('en')} st.`), 'goal at 10,000'];
  const rows = operations.map((operation) => [
    operation,
    ...sizes.map((size) =>
      cell(results.find((result) => result.operation === operation && result.stakeholders === size)),
    ),
    TARGETS_AT_10K[operation] ?? '',
  ]);
  return table(header, rows);
}

/** Every goal judged in this run, each ratio beside the two durations it comes from. */
export function goalsTable(results: readonly BenchResult[]): string {
  const rows = results.flatMap((result) =>
    (result.goals ?? []).map((goal) => {
      const isRatio = goal.figure.includes('/');
      const compared = result.comparedFigure ? result[result.comparedFigure] : undefined;
      return [
        result.operation,
        result.stakeholders.toLocaleString('en'),
        goal.figure,
        isRatio
          ? `${compared} ms / ${result.bareWriteMs} ms`
          : goal.beside !== undefined
            ? goal.beside
            : goal.plainCytoscape !== undefined
              ? `plain Cytoscape ${goal.plainCytoscape} ${goal.unit}, ours ${goal.ratioToPlainCytoscape}×`
              : '',
        isRatio ? `${goal.value}×` : `${goal.value} ${goal.unit ?? 'ms'}`,
        goal.goal,
        goal.met,
      ];
    }),
  );
  return table(['operation', 'stakeholders', 'figure', 'from', 'value', 'goal', 'met'], rows);
}

/** Records one operation's figure for a network: into `results`, and printed at once. */
export type RecordResult = (operation: string, ms: number | null, extra?: { [key: string]: unknown }) => void;

export function resultRecorder(
  results: BenchResult[],
  network: { stakeholders: number; relationships: number },
): RecordResult {
  return (operation, ms, extra = {}) => {
    const result: BenchResult = { operation, ...network, ms: ms === null ? null : Math.round(ms), ...extra };
    results.push(result);
    printResult(result);
  };
}
