import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../../shared/briefing/briefingModel';
import { buildBriefingTables, type BriefingTableLabels } from '../../../shared/briefing/briefingTables';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { restoreNeutralised, xlsxText, type Table } from '../../../shared/io/cells';
import { contactListTables } from '../../../shared/io/contactList';
import { stakeholderMatrix } from '../../../shared/io/matrices';
import { buildWorkbookTables } from '../../../shared/io/workbookTables';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { tablesToXlsx, writeXlsx } from '../../../renderer/features/import-export/writeXlsx';
import { runPython } from '../../integration/readBack';
import { TEST_LABELS } from './labels';

// What an .xlsx holds, cell by cell, read back by SheetJS and by openpyxl: text stays text
// (never a formula, never an added apostrophe), and no cell is too long for Excel.

const folder = mkdtempSync(path.join(tmpdir(), 'trama-xlsx-cells-'));
const sample = buildSampleNetwork('2026-11-22');
const data = { ...sample, programmes: [], staff: sample.staff };

/** Every cell of one sheet with the type openpyxl gives it ('s' text, 'n' number, 'f' formula). */
const READ_CELLS = `
import json, sys
from openpyxl import load_workbook
sheet = load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([[{"value": cell.value, "type": cell.data_type} for cell in row] for row in sheet.iter_rows()], default=str))
`;

function readWithOpenpyxl(bytes: Uint8Array, sheet: string): Array<Array<{ value: unknown; type: string }>> {
  const file = path.join(folder, `${crypto.randomUUID()}.xlsx`);
  writeFileSync(file, bytes);
  return runPython(READ_CELLS, file, sheet);
}

function sheetCells(bytes: Uint8Array, name: string): XLSX.CellObject[][] {
  const book = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true });
  return (book.Sheets[name]?.['!data'] ?? []).map((row) => row ?? []);
}

const phoneOf = (table: Table, header: string) =>
  table.rows.map((row) => row[table.columns.findIndex((column) => column.header === header)]);

describe('xlsx text cells', () => {
  const hostile: Stakeholder = {
    ...sample.stakeholders[0]!,
    id: 'hostile',
    name: '=HYPERLINK("https://evil.example","click")',
    notes: '@SUM(1)',
    city: '-2+3',
  };
  const tables = buildWorkbookTables({ ...data, stakeholders: [hostile, ...data.stakeholders] }, TEST_LABELS, {
    omitPersonalColumns: false,
  });
  const bytes = tablesToXlsx(XLSX, tables);
  const contacts = tables[1]!;
  const phoneColumn = contacts.columns.findIndex((column) => column.key === 'phones');
  const phones = phoneOf(contacts, 'phones');

  it('writes phone numbers starting with + exactly, as text, read by SheetJS', () => {
    expect(phones.filter((phone) => typeof phone === 'string' && phone.startsWith('+')).length).toBeGreaterThan(100);
    const cells = sheetCells(bytes, 'contacts');
    phones.forEach((phone, index) => {
      const cell = cells[index + 1]![phoneColumn];
      if (!phone) return;
      expect(cell).toMatchObject({ t: 's', v: phone });
      expect(cell?.f).toBeUndefined();
    });
  });

  it('writes phone numbers and formula-like text exactly, as strings, read by openpyxl', () => {
    const rows = readWithOpenpyxl(bytes, 'contacts');
    phones.forEach((phone, index) => {
      if (phone) expect(rows[index + 1]![phoneColumn]).toEqual({ value: phone, type: 's' });
    });
    const [header, first] = readWithOpenpyxl(bytes, 'stakeholders') as [
      Array<{ value: unknown }>,
      Array<{ value: unknown; type: string }>,
    ];
    const at = (key: string) => first[header.findIndex((cell) => cell.value === key)];
    expect(at('name')).toEqual({ value: '=HYPERLINK("https://evil.example","click")', type: 's' });
    expect(at('notes')).toEqual({ value: '@SUM(1)', type: 's' });
    expect(at('city')).toEqual({ value: '-2+3', type: 's' });
  });

  it('keeps an apostrophe the user typed before a formula sign, so the import gives it back', () => {
    const table: Table = {
      name: 'quirks',
      columns: [{ key: 'a', header: 'A', type: 'text' }],
      rows: [["'=1+1"], ["'plain"], ['+39 06 1234']],
    };
    const cells = sheetCells(tablesToXlsx(XLSX, [table]), 'quirks');
    expect(cells.slice(1).map((row) => row[0]?.v)).toEqual(["''=1+1", "'plain", '+39 06 1234']);
    fc.assert(fc.property(fc.string(), (text) => restoreNeutralised(xlsxText(text)) === text));
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.startsWith("'")),
        (text) => xlsxText(text) === text,
      ),
    );
  });
});

const LIMIT = 32_767;

describe('xlsx cells longer than Excel allows', () => {
  const tags = Array.from({ length: 200 }, (_, index) =>
    `${String(index).padStart(3, '0')}${'ab🙂'.repeat(66)}x`.slice(0, 200),
  );

  it('writes 200 tags of 200 characters: the list continues in the next column, nothing lost', () => {
    const stakeholder: Stakeholder = { ...sample.stakeholders[0]!, tags };
    const tables = buildWorkbookTables({ ...data, stakeholders: [stakeholder] }, TEST_LABELS, {
      omitPersonalColumns: false,
    });
    const joined = tags.join('; ');
    expect(joined.length).toBeGreaterThan(LIMIT);
    const book = XLSX.read(tablesToXlsx(XLSX, tables), { type: 'array' });
    const [header = [], row = []] = XLSX.utils.sheet_to_json<string[]>(book.Sheets.stakeholders!, {
      header: 1,
      defval: '',
    });
    const first = header.indexOf('tags');
    expect(header[first + 1]).toBe('tags (continued)');
    expect(row[first]!.length).toBeLessThanOrEqual(LIMIT);
    expect(row[first]! + row[first + 1]!).toBe(joined);
    // The columns after the tags are where they belong, shifted by one.
    expect(row[header.indexOf('notes')]).toBe(stakeholder.notes);
  });

  it('writes a region briefing of 940 attendees whose gap lists are longer than Excel allows', () => {
    const stakeholders = Array.from({ length: 940 }, (_, index): Stakeholder => ({
      ...sample.stakeholders[0]!,
      id: `attendee-${index}`,
      name: `Centro di accoglienza straordinaria numero ${index}`,
      region: 'sicilia',
      categoryId: 'reception-centre',
    }));
    const records = {
      stakeholders,
      contacts: [],
      relationships: [],
      agreements: [],
      actions: [],
      followUps: [],
      staff: [],
    };
    const model = buildBriefingModel({ kind: 'region', region: 'sicilia' }, ['attendees', 'gaps'], records, {
      today: '2026-11-22',
    });
    const labels: BriefingTableLabels = {
      ...TEST_LABELS,
      gap: (gap) => gap.rule,
      staffName: () => '',
      tieStatus: (status) => status.kind,
    };
    const tables = buildBriefingTables(
      model,
      { title: 'Tavolo', date: '2026-11-22', meetingDate: null, meetingPlace: '', programme: '', agenda: '' },
      labels,
    );
    const { bytes, longCells } = writeXlsx(XLSX, tables, { language: 'it' });
    expect(longCells.length).toBeGreaterThan(0);
    expect(
      longCells.every(
        (cell) =>
          cell.sheet === 'gaps' && cell.header === 'stakeholders' && cell.column === 'C' && cell.cutCharacters === 0,
      ),
    ).toBe(true);
    const book = XLSX.read(bytes, { type: 'array' });
    const [header = [], ...rows] = XLSX.utils.sheet_to_json<string[]>(book.Sheets.gaps!, { header: 1, defval: '' });
    expect(header[3]).toBe('stakeholders (segue)');
    const column = header.indexOf('stakeholders');
    // In the pack's order (attendees by name), each once.
    const nameOf = new Map(stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]));
    const gap = model.gaps.find((candidate) => candidate.rule === 'isolated-attendee')!;
    const expected = gap.stakeholderIds.map((id) => nameOf.get(id)).join('; ');
    expect(gap.stakeholderIds).toHaveLength(940);
    expect(rows.some((row) => row[column]! + row[column + 1]! === expected)).toBe(true);
  });

  it('writes long cells in contact lists and matrices too', () => {
    const longName = 'n'.repeat(300);
    const contacts = sample.contacts.slice(0, 1).map((contact) => ({
      ...contact,
      phones: Array.from({ length: 200 }, (_, index) => `+39 ${longName.slice(0, 195)}${index}`),
    }));
    const lists = contactListTables({ ...data, contacts }, TEST_LABELS, {
      omitPersonalColumns: false,
      noRegionLabel: 'none',
    });
    expect(() => tablesToXlsx(XLSX, lists)).not.toThrow();
    const types = Array.from({ length: 1200 }, (_, index) => `type-${index}-${'t'.repeat(30)}`);
    const [a, b] = sample.stakeholders;
    const relationships = types.map((type, index) => ({
      ...sample.relationships[0]!,
      id: `r${index}`,
      sourceId: a!.id,
      targetId: b!.id,
      type,
      isDirected: false,
    }));
    const matrix = stakeholderMatrix({ stakeholders: [a!, b!], relationships, actions: [] }, 'types', TEST_LABELS);
    expect(() => tablesToXlsx(XLSX, [matrix])).not.toThrow();
  });
});
