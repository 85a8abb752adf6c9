import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildWorkbookTables } from '../../shared/io/workbookTables';
import { stakeholderMatrix } from '../../shared/io/matrices';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { tablesToXlsx } from '../../renderer/features/import-export/writeXlsx';
import { TEST_LABELS } from '../unit/io/labels';
import { READ_WORKBOOK, runPython, type ReadSheet } from './readBack';

const folder = mkdtempSync(path.join(tmpdir(), 'trama-xlsx-'));
const sample = buildSampleNetwork('2026-11-22');

function writeAndRead(name: string, bytes: Uint8Array): ReadSheet[] {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return runPython<{ sheets: ReadSheet[] }>(READ_WORKBOOK, file).sheets;
}

describe('xlsx export read back by openpyxl', () => {
  const hostile = {
    ...sample.stakeholders[0]!,
    id: 'hostile',
    name: '=HYPERLINK("https://evil.example","click")',
    notes: '@SUM(1)',
    city: 'Città – ☕ émoji 🙂',
  };
  const data = { ...sample, stakeholders: [hostile, ...sample.stakeholders], programmes: [], staff: sample.staff };
  const sheets = writeAndRead(
    'workbook.xlsx',
    tablesToXlsx(XLSX, buildWorkbookTables(data, TEST_LABELS, { omitPersonalColumns: false })),
  );

  it('has every sheet, its header frozen and filtered, and sized columns', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'stakeholders',
      'contacts',
      'relationships',
      'agreements',
      'agreementParties',
      'actions',
      'followUps',
      'programmes',
    ]);
    for (const sheet of sheets) {
      expect(sheet.frozen).toBe('A2');
      expect(sheet.filter).toMatch(/^A1:[A-Z]+\d+$/);
      expect(sheet.widths.every((width) => width >= 6)).toBe(true);
    }
    expect(sheets[0]!.rows).toHaveLength(data.stakeholders.length + 1);
  });

  it('writes dates as real dates and scores as numbers', () => {
    const relationships = sheets[2]!;
    const since = relationships.rows[0]!.indexOf('since');
    expect(relationships.rows[1]![since]).toEqual({ date: sample.relationships[0]!.since });
    const stakeholders = sheets[0]!;
    expect(typeof stakeholders.rows[1]![stakeholders.rows[0]!.indexOf('influence')]).toBe('number');
  });

  it('writes formula-like text as plain text cells and keeps accents and emoji intact', () => {
    const [header, first] = sheets[0]!.rows as [unknown[], unknown[]];
    expect(first[header.indexOf('name')]).toBe('=HYPERLINK("https://evil.example","click")');
    expect(first[header.indexOf('notes')]).toBe('@SUM(1)');
    expect(first[header.indexOf('city')]).toBe('Città – ☕ émoji 🙂');
  });

  it('writes a square contact matrix with names on both axes', () => {
    const [matrix] = writeAndRead(
      'matrix.xlsx',
      tablesToXlsx(XLSX, [stakeholderMatrix(sample, 'strength', TEST_LABELS)]),
    );
    const [header, ...rows] = matrix!.rows as [unknown[], ...unknown[][]];
    expect(rows).toHaveLength(sample.stakeholders.length);
    expect(header.slice(1)).toEqual(rows.map((row) => row[0]));
    const strengths = rows.flatMap((row) => row.slice(1)).filter((cell) => cell !== null);
    expect(strengths.every((cell) => typeof cell === 'number' && cell >= 1 && cell <= 3)).toBe(true);
  });
});
