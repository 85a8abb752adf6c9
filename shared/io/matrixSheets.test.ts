import { describe, expect, it } from 'vitest';
import { TEST_LABELS } from '../../test/unit/io/labels';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import type { ExportData } from './exportData';
import { exportFileName } from './exportFileName';
import { matrixSheets, restrictToRegion, shortLabels, type MatrixWords } from './matrixSheets';

const sample = buildSampleNetwork('2026-12-06');
const data = { ...sample, programmes: [] } satisfies ExportData;

const WORDS: MatrixWords = {
  total: 'Total',
  corner: 'Row → column',
  direction: "Rows → columns: a directed tie goes from the row's stakeholder to the column's.",
  keySheet: 'Key',
  shortLabel: 'Short label',
  fullName: 'Full name',
  category: 'Category',
  noRegion: 'No region',
};

describe('contact matrix workbook', () => {
  it('labels rows and columns with short labels and keeps the full names in a key sheet', () => {
    const [matrix, key] = matrixSheets(data, 'types', TEST_LABELS, WORDS);
    const headers = matrix!.columns.slice(1).map((column) => column.header);
    expect(Math.max(...headers.map((header) => header.length))).toBeLessThanOrEqual(30);
    expect(headers).toContain('ASL RM1');
    expect(new Set(headers).size).toBe(headers.length);
    expect(key!.name).toBe('Key');
    expect(key!.rows).toContainEqual(expect.arrayContaining(['ASL RM1', 'ASL Roma 1']));
  });

  it('freezes the header row and the first column, and prints landscape, fit to width, titles repeated', () => {
    const [matrix] = matrixSheets(data, 'strength', TEST_LABELS, WORDS);
    expect(matrix!.layout).toMatchObject({
      frozenRows: 1,
      frozenColumns: 1,
      print: { landscape: true, fitToWidth: true, repeatTitles: true },
    });
  });

  it('states the direction of directed ties', () => {
    const [matrix, key] = matrixSheets(data, 'types', TEST_LABELS, WORDS);
    expect(matrix!.columns[0]!.header).toBe('Row → column');
    expect(key!.rows[0]).toEqual(['Row → column', WORDS.direction, null, null]);
  });

  it('adds row and column totals, the region × category matrix included', () => {
    const [counts] = matrixSheets(data, 'regionCategory', TEST_LABELS, WORDS);
    const last = counts!.rows.at(-1)!;
    expect(last[0]).toBe('Total');
    expect(last.at(-1)).toBe(sample.stakeholders.length);
    expect(counts!.columns.at(-1)!.header).toBe('Total');
    const [shared] = matrixSheets(data, 'sharedActions', TEST_LABELS, WORDS);
    const rowTotals = shared!.rows.slice(0, -1).map((row) => row.at(-1) as number);
    const columnTotals = shared!.rows.at(-1)!.slice(1, -1) as number[];
    expect(rowTotals.reduce((a, b) => a + b, 0)).toBe(columnTotals.reduce((a, b) => a + b, 0));
    expect(rowTotals.some((total) => total > 0)).toBe(true);
  });

  it('restricts the matrix to one region', () => {
    const lazio = restrictToRegion(data, 'lazio');
    expect(lazio.stakeholders.length).toBeGreaterThan(0);
    expect(lazio.stakeholders.every((stakeholder) => stakeholder.region === 'lazio')).toBe(true);
    const [matrix] = matrixSheets(lazio, 'strength', TEST_LABELS, WORDS);
    expect(matrix!.rows).toHaveLength(lazio.stakeholders.length + 1);
  });

  it('keeps short labels unique and short whatever the names', () => {
    const labels = shortLabels([
      { name: 'Cooperativa '.repeat(30), shortName: '' },
      { name: 'Cooperativa '.repeat(30), shortName: '' },
      { name: 'ASL Roma 1', shortName: 'ASL RM1' },
      { name: 'Other', shortName: 'ASL RM1' },
      { name: '__proto__', shortName: '' },
    ]);
    expect(new Set(labels).size).toBe(5);
    expect(labels.every((label) => label.length <= 30)).toBe(true);
    expect(labels[4]).toBe('__proto__');
  });
});

describe('export file names', () => {
  it('says what the file is, in the words given, without ids', () => {
    expect(exportFileName(['Matrice', 'Azioni in comune', 'Lazio'], '2026-12-06', 'xlsx')).toBe(
      'Matrice – Azioni in comune – Lazio – 2026-12-06.xlsx',
    );
  });

  it('drops what a file system would refuse and keeps the name short', () => {
    const name = exportFileName(['a/b\\c:d*?"<>|\u202e\u0001', 'x'.repeat(500)], '2026-12-06', 'gexf');
    expect(name).toMatch(/^abcd – x+… – 2026-12-06\.gexf$/);
    expect(name.length).toBeLessThanOrEqual(120);
  });
});
