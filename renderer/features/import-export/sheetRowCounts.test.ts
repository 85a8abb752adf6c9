import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCsvRecords, csvForReader } from './csvRecords';
import { PARSE_LIMITS } from './parseProtocol';
import { firstSheet, parse, text, xlsxFile } from './testWorkbooks';

// How many rows a sheet has, also those past the rows Trama reads: a count that disagrees
// with the rows read loses rows without a word, or announces rows that do not exist.

/** The sheet rows SheetJS reads of a sheet for a given row cap: the cap, its header and the blank-row allowance. */
const rowsScanned = (maxRows: number) => maxRows + 1 + 1_000;

function csvLines(count: number, line: (index: number) => string): string[] {
  return Array.from({ length: count }, (_, index) => line(index + 1));
}

describe('rows past the cap are always counted (review 1)', () => {
  it('counts every row of a CSV with a blank line every 20th line', () => {
    const lines = ['Ente;Regione', ...csvLines(60_000, (index) => (index % 20 === 0 ? '' : `Ente ${index};Lazio`))];
    const sheet = firstSheet(parse('gaps.csv', lines.join('\n')));
    expect(sheet.rows).toHaveLength(PARSE_LIMITS.maxRows);
    expect(sheet.totalRows).toBe(57_000);
  }, 60_000);

  it('says that an .xlsx sheet reaches past the rows read, even when the last row read is blank', () => {
    const cells: Record<string, ReturnType<typeof text>> = { A1: text('Ente') };
    for (let row = 2; row <= 50; row += 1) cells[`A${row}`] = text(`Ente ${row}`);
    for (let row = 1_200; row <= 1_300; row += 1) cells[`A${row}`] = text(`Ente ${row}`);
    const sheet = firstSheet(parse('far.xlsx', xlsxFile(cells, 'A1:A1300'), { maxRows: 100 }));
    expect(sheet.rows).toHaveLength(49);
    expect(sheet.unreadRows).toEqual({ fromRow: rowsScanned(100) + 1, toRow: 1_300 });
  });
});

describe('the CSV count follows the reader’s own rules (review 2, 17)', () => {
  it('ends a line at a lone carriage return (Excel for Mac’s “CSV (Macintosh)”)', () => {
    const lines = ['Ente;Regione', ...csvLines(60_000, (index) => `Ente ${index};Lazio`)];
    const sheet = firstSheet(parse('mac.csv', lines.join('\r')));
    expect(sheet.rows).toHaveLength(PARSE_LIMITS.maxRows);
    expect(sheet.totalRows).toBe(60_000);
  }, 60_000);

  it('takes a quote inside a value as a character, not as the start of a quoted text', () => {
    const lines = ['Ente;Misura', ...csvLines(60_000, (index) => `Ente ${index};${index === 5 ? '5"' : 'x'}`)];
    const sheet = firstSheet(parse('inches.csv', lines.join('\n')));
    expect(sheet.rows[4]!.cells).toEqual(['Ente 5', '5"']);
    expect(sheet.totalRows).toBe(60_000);
  }, 60_000);

  it('does not count a “sep=;” line or a line holding only a non-breaking space', () => {
    const lines = [
      'sep=;',
      'Ente;Regione',
      ...csvLines(2_000, (index) => (index === 7 ? '\u00a0' : `Ente ${index};Lazio`)),
    ];
    const sheet = firstSheet(parse('sep.csv', lines.join('\r\n'), { maxRows: 10 }));
    expect(sheet.header.cells).toEqual(['Ente', 'Regione']);
    expect(sheet.totalRows).toBe(1_999);
  });

  it('counts exactly the rows the reader reads, for any text', () => {
    const characters = fc.constantFrom('a', 'b', '"', ',', ';', '\t', '|', '\n', '\r', ' ', '\u00a0');
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 60 }), (picked) => {
        const source = `a${picked.join('')}`;
        const response = parse('any.csv', source);
        const rowsRead = response.ok ? 1 + response.sheets[0]!.rows.length : 0;
        expect(countCsvRecords(csvForReader(source))).toBe(rowsRead);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the sheet’s stated size is not trusted (review 4)', () => {
  it('reads every row a sheet holds, also past the size it states', () => {
    const cells: Record<string, ReturnType<typeof text>> = {};
    for (let row = 1; row <= 1_000; row += 1) cells[`A${row}`] = text(row === 1 ? 'Ente' : `Ente ${row}`);
    const sheet = firstSheet(parse('small.xlsx', xlsxFile(cells, 'A1:A1000', { dimension: 'A1:A10' })));
    expect(sheet.rows).toHaveLength(999);
    expect(sheet.totalRows).toBe(999);
  });

  it('reads the columns and rows before the start the sheet states', () => {
    const file = xlsxFile(
      { A1: text('Ente'), B1: text('Regione'), A2: text('ASL Roma 1'), B2: text('Lazio') },
      'A1:B2',
      { dimension: 'B2:B2' },
    );
    const sheet = firstSheet(parse('late.xlsx', file));
    expect(sheet.header).toEqual({ number: 1, cells: ['Ente', 'Regione'] });
    expect(sheet.rows).toEqual([{ number: 2, cells: ['ASL Roma 1', 'Lazio'] }]);
    expect(sheet.columns).toEqual([
      { first: 0, last: 0 },
      { first: 1, last: 1 },
    ]);
  });

  it('counts only the rows it read, and gives the size a sheet states as the most it may hold', () => {
    const cells: Record<string, ReturnType<typeof text>> = {};
    for (let row = 1; row <= 1_299; row += 1) cells[`A${row}`] = text(row === 1 ? 'Ente' : `Ente ${row}`);
    const sheet = firstSheet(parse('formatted.xlsx', xlsxFile(cells, 'A1:A1299', { dimension: 'A1:A1048576' })));
    expect(sheet.rows).toHaveLength(1_298);
    expect(sheet.totalRows).toBe(1_298);
    expect(sheet.unreadRows).toEqual({ fromRow: rowsScanned(PARSE_LIMITS.maxRows) + 1, toRow: 1_048_576 });
  });

  it('says nothing of unread rows when the sheet fits in what was read', () => {
    const sheet = firstSheet(parse('fits.xlsx', xlsxFile({ A1: text('Ente'), A2: text('Uno') }, 'A1:A2')));
    expect(sheet.unreadRows).toBeUndefined();
  });
});
