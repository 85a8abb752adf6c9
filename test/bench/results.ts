// What `npm run bench` writes to bench-results.json: one entry per operation and size.

export interface BenchResult {
  operation: string;
  stakeholders: number;
  relationships: number;
  /** Median over the runs; null for figures that are not durations (the heap). */
  ms: number | null;
  [extra: string]: unknown;
}

/** The goals at 10,000 stakeholders / 50,000 relationships. */
export const TARGETS_AT_10K: Readonly<Record<string, string>> = {
  'first-map-frame': '≤ 1500 ms',
  layout: '≤ 2000 ms',
  filter: '≤ 200 ms',
  search: '≤ 100 ms',
  'import-xlsx': '≤ 3000 ms',
  'export-xlsx': '≤ 3000 ms',
  'heap-after-load': '≤ 500 MB',
};

const cell = (result: BenchResult | undefined): string => {
  if (!result) return '–';
  if (result.ms === null) return typeof result.megabytes === 'number' ? `${result.megabytes} MB` : '?';
  return `${result.ms} ms`;
};

export function resultsTable(results: readonly BenchResult[]): string {
  const sizes = [...new Set(results.map((result) => result.stakeholders))].sort((a, b) => a - b);
  const operations = [...new Set(results.map((result) => result.operation))];
  const header = ['operation', ...sizes.map((size) => `${size.toLocaleString('en')} st.`), 'goal at 10,000'];
  const rows = operations.map((operation) => [
    operation,
    ...sizes.map((size) => cell(results.find((result) => result.operation === operation && result.stakeholders === size))),
    TARGETS_AT_10K[operation] ?? '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => row.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
