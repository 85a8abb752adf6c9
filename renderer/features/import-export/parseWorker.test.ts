import type * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PARSE_LIMITS, type ParseRequest, type ParseResponse, type ParsedSheet } from './parseProtocol';
import { firstSheet, number, text, xlsxFile } from './testWorkbooks';

// The parsing worker as the page sees it: a request in, one response out. The worker's
// module runs here with a stand-in for its global scope. Large files get a generous
// timeout: the machine running the tests may be busy.

const responses: ParseResponse[] = [];
let handle: (request: ParseRequest) => void;

beforeAll(async () => {
  const scope: {
    onmessage: ((event: { data: ParseRequest }) => void) | null;
    postMessage(response: ParseResponse): void;
  } = {
    onmessage: null,
    postMessage: (response) => responses.push(response),
  };
  vi.stubGlobal('self', scope);
  await import('./parseWorker');
  handle = (request) => scope.onmessage?.({ data: request });
});

function parse(
  fileName: string,
  content: string | Uint8Array,
  limits: Partial<Omit<ParseRequest, 'bytes' | 'fileName'>> = {},
): ParseResponse {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const copy = bytes.slice().buffer;
  handle({ bytes: copy, fileName, ...PARSE_LIMITS, ...limits });
  return responses.pop()!;
}

const numbered = (sheet: ParsedSheet) => sheet.rows.map((row) => [row.number, ...row.cells]);

describe('rows over the cap (fault 1)', () => {
  it('counts every row of a 1,000,000-row CSV, reads the first 50,000 and says how many there are', () => {
    const lines = ['Ente;Regione'];
    for (let index = 1; index <= 1_000_000; index += 1) lines.push(`Ente ${index};Lazio`);
    const sheet = firstSheet(parse('million.csv', lines.join('\n')));
    expect(sheet.totalRows).toBe(1_000_000);
    expect(sheet.rows).toHaveLength(PARSE_LIMITS.maxRows);
    expect(sheet.rows.at(-1)).toMatchObject({ number: 50_001, cells: ['Ente 50000', 'Lazio'] });
    expect(sheet.unreadRows).toBeUndefined();
  }, 60_000);

  it('counts the rows of an .xlsx sheet it reads past the cap, and says how far the sheet states it goes on', () => {
    const cells: Record<string, XLSX.CellObject> = { A1: text('Ente') };
    for (let row = 2; row <= 2_501; row += 1) cells[`A${row}`] = text(`Ente ${row}`);
    const sheet = firstSheet(parse('long.xlsx', xlsxFile(cells, 'A1:A2501'), { maxRows: 100 }));
    // Rows 1 to 1,101 are read (the cap, the header and 1,000 blank rows' allowance); the rest is not.
    expect(sheet.totalRows).toBe(1_100);
    expect(sheet.unreadRows).toEqual({ fromRow: 1_102, toRow: 2_501 });
    expect(sheet.rows).toHaveLength(100);
    expect(sheet.rows.at(-1)?.number).toBe(101);
  });

  it('does not count rows a sheet only says it has: its stated size is the most it may hold', () => {
    const file = xlsxFile({ A1: text('Ente'), A2: text('Primo'), A3: text('Secondo') }, 'A1:A100000');
    const sheet = firstSheet(parse('dimension.xlsx', file, { maxRows: 100 }));
    expect(sheet.totalRows).toBe(2);
    expect(sheet.unreadRows).toEqual({ fromRow: 1_102, toRow: 100_000 });
  }, 60_000);

  it('counts a CSV record with a line break inside quotes once, and no blank lines', () => {
    const sheet = firstSheet(parse('quoted.csv', 'Ente;Note\n\nA;"two\nlines"\n\n\nB;x\n', { maxRows: 1 }));
    expect(sheet.totalRows).toBe(2);
    expect(numbered(sheet)).toEqual([[3, 'A', 'two\nlines']]);
  });
});

describe('long cells (fault 2)', () => {
  it('brings back a 20,000-character note whole', () => {
    const note = 'n'.repeat(20_000);
    const sheet = firstSheet(parse('notes.csv', `Ente;Note\nA;${note}\n`));
    expect(sheet.rows[0]!.cells[1]).toBe(note);
    expect(sheet.rows[0]!.fullLengths).toBeUndefined();
  });

  it('cuts a cell longer than any field takes, and says how long it was', () => {
    const sheet = firstSheet(parse('notes.csv', `Ente;Note\nA;${'n'.repeat(PARSE_LIMITS.maxCellLength + 5)}\n`));
    expect(sheet.rows[0]!.cells[1]).toHaveLength(PARSE_LIMITS.maxCellLength);
    expect(sheet.rows[0]!.fullLengths).toEqual([[1, PARSE_LIMITS.maxCellLength + 5]]);
  });
});

describe('numbers and dates (fault 3)', () => {
  const file = xlsxFile(
    {
      A1: text('Ente'),
      B1: text('Telefono'),
      C1: text('Data'),
      D1: text('Importo'),
      A2: text('Phone as a General number'),
      B2: number(393331234567),
      C2: number(45720, 'dd/mm/yyyy'),
      D2: number(0.0000001),
      A3: text('More digits than a double holds'),
      B3: number(Number('1234567890123456789')),
      C3: number(46000.5, 'yyyy-mm-dd hh:mm'),
      D3: number(1234.5, '#,##0.00 €'),
      A4: text('Phone as text'),
      B4: text('0612345678'),
      C4: number(45720, 'm/d/yy'),
      D4: { t: 'b', v: true },
    },
    'A1:D4',
  );

  it('reads .xlsx numbers from the cell value, never through the display format', () => {
    expect(numbered(firstSheet(parse('numbers.xlsx', file)))).toEqual([
      [2, 'Phone as a General number', '393331234567', '2025-03-04', '0.0000001'],
      [3, 'More digits than a double holds', '1234567890123456800', '2025-12-09 12:00', '1234.5'],
      [4, 'Phone as text', '0612345678', '2025-03-04', 'TRUE'],
    ]);
  });

  it('marks the number cells the spreadsheet may already have rounded', () => {
    const sheet = firstSheet(parse('numbers.xlsx', file));
    expect(sheet.rows.map((row) => row.roundedColumns ?? [])).toEqual([[], [1], []]);
  });

  it('keeps CSV values exactly as typed', () => {
    const sheet = firstSheet(
      parse(
        'numbers.csv',
        'Ente;Telefono;Data;Altro\nA;0612345678;03/04/2025;1e5\nB;1234567890123456789;2025-03-04;TRUE\n',
      ),
    );
    expect(numbered(sheet)).toEqual([
      [2, 'A', '0612345678', '03/04/2025', '1e5'],
      [3, 'B', '1234567890123456789', '2025-03-04', 'TRUE'],
    ]);
  });
});

describe("the spreadsheet's own row numbers (fault 4)", () => {
  it('numbers .xlsx rows as Excel does, with blank rows at the top and in the middle', () => {
    const sheet = firstSheet(
      parse(
        'gaps.xlsx',
        xlsxFile(
          {
            A3: text('Ente'),
            B3: text('Regione'),
            A4: text('Primo'),
            B4: text('Lazio'),
            A6: text('Secondo'),
            A8: text('Terzo'),
            B8: text('Sicilia'),
          },
          'A3:B8',
        ),
      ),
    );
    expect(sheet.header).toEqual({ number: 3, cells: ['Ente', 'Regione'] });
    expect(numbered(sheet)).toEqual([
      [4, 'Primo', 'Lazio'],
      [6, 'Secondo'],
      [8, 'Terzo', 'Sicilia'],
    ]);
    expect(sheet.totalRows).toBe(3);
  });

  it('numbers CSV rows as a spreadsheet opening it does, blank lines included', () => {
    const sheet = firstSheet(parse('gaps.csv', '\nEnte,Regione\nPrimo,Lazio\n\nSecondo,\n;\n\nTerzo,Sicilia\n'));
    expect(sheet.header.number).toBe(2);
    expect(numbered(sheet).map(([rowNumber]) => rowNumber)).toEqual([3, 5, 6, 8]);
  });
});

describe('hostile files (fault 6)', () => {
  it('keeps __proto__ and constructor as plain text and pollutes nothing', () => {
    const sheet = firstSheet(
      parse('proto.csv', '__proto__;constructor;prototype\n{"polluted":true};__proto__;toString\n'),
    );
    expect(sheet.header.cells).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(sheet.rows[0]!.cells).toEqual(['{"polluted":true}', '__proto__', 'toString']);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect({}.constructor).toBe(Object);
  });

  it('reads a CSV as CSV whatever its first characters (SheetJS would try "ID" as SYLK, "TABL" as DIF, "<" as HTML)', () => {
    for (const header of ['TABLE;Regione', '<Ente>;Regione', 'ID;Ente']) {
      const sheet = firstSheet(parse('first.csv', `${header}\nA;Lazio\n`));
      expect([sheet.header.cells, sheet.rows[0]!.cells]).toEqual([header.split(';'), ['A', 'Lazio']]);
    }
  });

  it('refuses a sheet of 100,000 columns, saying how many it has', () => {
    const header = Array.from({ length: 100_000 }, (_, index) => `c${index}`).join(',');
    const sheet = firstSheet(parse('wide.csv', `${header}\n${header}\n`));
    expect(sheet).toMatchObject({ isTooWide: true, columnCount: 100_000, rows: [] });
  });

  it('answers for a 10 MB single cell with its length, not with the cell', () => {
    const sheet = firstSheet(parse('cell.csv', `Ente;Note\nA;${'x'.repeat(10 * 1024 * 1024)}\n`));
    expect(sheet.rows[0]!.fullLengths).toEqual([[1, 10 * 1024 * 1024]]);
    expect(sheet.rows[0]!.cells[1]!.length).toBeLessThanOrEqual(PARSE_LIMITS.maxCellLength);
  });

  it('refuses a workbook holding more text than the page should receive', () => {
    const response = parse('text.csv', `Ente;Note\n${'A;bbbbbbbbbb\n'.repeat(100)}`, { maxTotalCharacters: 500 });
    expect(response).toEqual({ ok: false, reason: 'too-much-text' });
  });
});

describe('text an export continued over several columns', () => {
  const long = (letter: string, length: number) => letter.repeat(length);

  it('joins "(continued)" columns to the column they continue, and keeps the real letters of the columns after them', () => {
    const tags = long('t', 32_767) + long('u', 32_767) + long('v', 10);
    const file = xlsxFile(
      {
        B1: text('Name'),
        C1: text('Tags'),
        D1: text('Tags (continued)'),
        E1: text('Tags (continued 2)'),
        F1: text('Region'),
        B2: text('ASL Roma 1'),
        C2: text(tags.slice(0, 32_767)),
        D2: text(tags.slice(32_767, 65_534)),
        E2: text(tags.slice(65_534)),
        F2: text('Lazio'),
        B3: text('Short'),
        C3: text('a; b'),
        F3: number(Number('393331234567890123')),
      },
      'B1:F3',
    );
    const sheet = firstSheet(parse('trama.xlsx', file));
    expect(sheet.header.cells).toEqual(['Name', 'Tags', 'Region']);
    expect(sheet.columns).toEqual([
      { first: 1, last: 1 },
      { first: 2, last: 4 },
      { first: 5, last: 5 },
    ]);
    expect(sheet.rows[0]!.cells[1]).toHaveLength(Math.min(tags.length, PARSE_LIMITS.maxCellLength));
    expect(sheet.rows[0]!.fullLengths).toEqual([[1, tags.length]]);
    expect(sheet.rows[1]).toMatchObject({
      number: 3,
      cells: ['Short', 'a; b', '393331234567890100'],
      roundedColumns: [2],
    });
  });

  it('recognises the Italian headers, in a CSV too, and gives the whole text back when it fits', () => {
    const note = long('n', 15_000) + long('m', 4_000);
    const csv = `Ente;Note;Note (segue);Regione\nA;${note.slice(0, 15_000)};${note.slice(15_000)};Lazio\n`;
    const sheet = firstSheet(parse('trama.csv', csv));
    expect(sheet.header.cells).toEqual(['Ente', 'Note', 'Regione']);
    expect(sheet.rows[0]!.cells).toEqual(['A', note, 'Lazio']);
    expect(sheet.rows[0]!.fullLengths).toBeUndefined();
    expect(sheet.columns.map(({ first, last }) => [first, last])).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
  });

  it('joins only a continuation right after its column, in order, and keeps columns past the header', () => {
    const csv = [
      'Tags (continued);Tags;Notes (continued);Tags (continued 2);__proto__;__proto__ (continued);;',
      'a;b;c;d;e;f;g;h',
    ].join('\n');
    const sheet = firstSheet(parse('odd.csv', csv));
    expect(sheet.header.cells).toEqual([
      'Tags (continued)',
      'Tags',
      'Notes (continued)',
      'Tags (continued 2)',
      '__proto__',
      '',
      '',
    ]);
    expect(sheet.rows[0]!.cells).toEqual(['a', 'b', 'c', 'd', 'ef', 'g', 'h']);
    expect(sheet.columns.at(-1)).toEqual({ first: 7, last: 7 });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
