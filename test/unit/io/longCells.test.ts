import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { cellText, type Table } from '../../../shared/io/cells';
import {
  EXCEL_CELL_LIMIT,
  MAX_CELL_PARTS,
  fitTableToExcel,
  joinCells,
  planColumnJoin,
  splitLongText,
  type LongCellWords,
} from '../../../shared/io/longCells';
import { longCellNotice, longCellWords } from '../../../renderer/features/import-export/longCellNotice';
import { writeXlsx } from '../../../renderer/features/import-export/writeXlsx';

// Cells longer than Excel's 32,767 characters: continued in extra columns, cut only past
// MAX_CELL_PARTS columns and then with a marker, and every one of them reported.

const words = { en: longCellWords('en'), it: longCellWords('it') };

/** Rows read back from a written sheet (header first), continued columns joined as the import does. */
function rejoin(rows: readonly string[][], wordsByLanguage: readonly LongCellWords[]): string[][] {
  const [header = [], ...body] = rows;
  const join = planColumnJoin(header, wordsByLanguage);
  return [join.header, ...body.map((row) => joinCells(row, join).cells)];
}
const isLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

function table(rows: Table['rows']): Table {
  return {
    name: 'Stakeholders',
    columns: [
      { key: 'name', header: 'Name', type: 'text' },
      { key: 'tags', header: 'Tags', type: 'text' },
      { key: 'influence', header: 'Influence', type: 'number' },
    ],
    rows,
  };
}

describe('long cells', () => {
  it('leaves a table without long cells as it is', () => {
    const plain = table([['ASL Roma 1', 'a; b', 3]]);
    expect(fitTableToExcel(plain, words.en)).toEqual({ table: plain, longCells: [] });
  });

  it('continues a long text in the next column and says where', () => {
    const tags = 'x'.repeat(EXCEL_CELL_LIMIT + 10);
    const { table: fitted, longCells } = fitTableToExcel(
      table([
        ['short', 'ok', 1],
        ['long', tags, 2],
      ]),
      words.en,
    );
    expect(fitted.columns.map((column) => column.header)).toEqual(['Name', 'Tags', 'Tags (continued)', 'Influence']);
    expect(fitted.rows).toEqual([
      ['short', 'ok', null, 1],
      ['long', 'x'.repeat(EXCEL_CELL_LIMIT), 'x'.repeat(10), 2],
    ]);
    expect(longCells).toEqual([
      {
        sheet: 'Stakeholders',
        row: 3,
        column: 'B',
        lastColumn: 'C',
        header: 'Tags',
        length: tags.length,
        parts: 2,
        cutCharacters: 0,
      },
    ]);
  });

  it('never splits an emoji in two', () => {
    const text = `a${'🙂'.repeat(40_000)}`;
    const { parts, cutCharacters } = splitLongText(text, words.it);
    expect(cutCharacters).toBe(0);
    expect(parts.join('')).toBe(text);
    expect(parts.every((part) => part.length <= EXCEL_CELL_LIMIT && !isLoneSurrogate(part))).toBe(true);
  });

  it('cuts only text too long even for the extra columns, with a marker stating how much', () => {
    const text = 'y'.repeat(EXCEL_CELL_LIMIT * MAX_CELL_PARTS + 5_000);
    const { parts, cutCharacters } = splitLongText(text, words.en);
    expect(parts).toHaveLength(MAX_CELL_PARTS);
    expect(parts.every((part) => part.length <= EXCEL_CELL_LIMIT)).toBe(true);
    const last = parts.at(-1)!;
    expect(
      last.endsWith(
        `… [cut: ${new Intl.NumberFormat('en-GB').format(cutCharacters)} more characters; the full text is in Trama]`,
      ),
    ).toBe(true);
    expect(parts.join('').replace(/… \[cut:.*$/, '').length + cutCharacters).toBe(text.length);
    expect(splitLongText(text, words.it).parts.at(-1)).toMatch(
      /… \[tagliato: altri [\d.]+ caratteri; il testo completo è in Trama\]$/,
    );
  });

  it('gives back every split text when the continued columns are joined again (property)', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string({ maxLength: 20 }),
      fc.nat({ max: 3 * EXCEL_CELL_LIMIT }).map((length) => 'ab🙂c'.repeat(Math.ceil(length / 5)).slice(0, length)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('en', 'it' as const),
        (rows, language) => {
          const original = table(rows.map((row) => [...row]));
          const { table: fitted, longCells } = fitTableToExcel(original, words[language]);
          const asText = [
            fitted.columns.map((column) => column.header),
            ...fitted.rows.map((row) => row.map(cellText)),
          ];
          const back = rejoin(asText, [words.en, words.it]);
          expect(back).toEqual([
            original.columns.map((column) => column.header),
            ...original.rows.map((row) => row.map(cellText)),
          ]);
          expect(longCells).toHaveLength(
            rows.flat().filter((value) => typeof value === 'string' && value.length > EXCEL_CELL_LIMIT).length,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reports long cells of every sheet, by the sheet name Excel shows, and the file reads back whole', () => {
    const tags = 't'.repeat(EXCEL_CELL_LIMIT * 2 + 1);
    const { bytes, longCells } = writeXlsx(
      XLSX,
      [
        table([['a', tags, 1]]),
        table([
          ['b', 'c', 2],
          ['d', tags, 3],
        ]),
      ],
      { language: 'en' },
    );
    expect(longCells.map(({ sheet, row, column, lastColumn }) => ({ sheet, row, column, lastColumn }))).toEqual([
      { sheet: 'Stakeholders', row: 2, column: 'B', lastColumn: 'D' },
      { sheet: 'Stakeholders 2', row: 3, column: 'B', lastColumn: 'D' },
    ]);
    const book = XLSX.read(bytes, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Stakeholders 2']!, {
      header: 1,
      defval: '',
      raw: false,
    });
    expect(rows[0]).toEqual(['Name', 'Tags', 'Tags (continued)', 'Tags (continued 2)', 'Influence']);
    expect(rejoin(rows, [words.en])[2]).toEqual(['d', tags, '3']);
  });
});

describe('the notice about long cells', () => {
  const cell = (row: number, cutCharacters = 0) => ({
    sheet: 'Contatti',
    row,
    column: 'F',
    lastColumn: 'G',
    header: 'Telefoni',
    length: 40_000,
    parts: 2,
    cutCharacters,
  });

  it('is nothing when no cell was long', () => {
    expect(longCellNotice('en', [])).toBeNull();
  });

  it('names the sheet, row and column of the first cells and counts the others', () => {
    const notice = longCellNotice('en', [
      cell(2),
      cell(3, 12_345),
      ...Array.from({ length: 5 }, (_, index) => cell(10 + index)),
    ]);
    expect(notice).toBe(
      '7 cells were longer than Excel allows (32,767 characters): sheet “Contatti”, row 2, column F (Telefoni): the text goes on up to column G; ' +
        'sheet “Contatti”, row 3, column F (Telefoni): the text goes on up to column G and was cut there, 12,345 characters left out (marked in the cell); ' +
        'sheet “Contatti”, row 10, column F (Telefoni): the text goes on up to column G; sheet “Contatti”, row 11, column F (Telefoni): the text goes on up to column G; ' +
        'sheet “Contatti”, row 12, column F (Telefoni): the text goes on up to column G; and 2 more.',
    );
    expect(longCellNotice('it', [cell(2)])).toBe(
      '1 cella superava la lunghezza ammessa da Excel (32.767 caratteri): foglio «Contatti», riga 2, colonna F (Telefoni): il testo prosegue fino alla colonna G.',
    );
  });
});
