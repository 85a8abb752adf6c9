import type * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { firstSheet, number, parse, text, xlsxFile } from './testWorkbooks';

// What an .xlsx cell becomes: the value it holds, except where its format adds what the user
// reads as part of it (a postcode's leading zeros, a phone prefix); what the sheet shows
// otherwise and the import does not take is said on the row.

/** One data row under the header "Ente | Valore", read back: its cells and notes. */
function readBack(cell: XLSX.CellObject, options: { date1904?: boolean } = {}) {
  const sheet = firstSheet(
    parse(
      'cells.xlsx',
      xlsxFile({ A1: text('Ente'), B1: text('Valore'), A2: text('ASL Roma 1'), B2: cell }, 'A1:B2', options),
    ),
  );
  const [row] = sheet.rows;
  if (!row) throw new Error('no data row');
  return row;
}

describe('digits a number format shows (review 3)', () => {
  it.each([
    ['a postcode padded to five digits', number(184, '00000'), '00184'],
    ['a phone number padded with its leading zero', number(612345678, '0000000000'), '0612345678'],
    ['a phone number with its prefix in the format', number(612345678, '"+39 "0000000000'), '+39 0612345678'],
    ['a number written in groups by its format', number(1234567, '000-0000'), '123-4567'],
  ])('imports %s as the sheet shows it', (_, cell, expected) => {
    expect(readBack(cell).cells[1]).toBe(expected);
  });

  it('says what the sheet shows when the format changes more than separators', () => {
    const row = readBack(number(2.25, '0.0'));
    expect(row.cells[1]).toBe('2.25');
    expect(row.cellNotes).toEqual([{ column: 1, kind: 'shown-as', shown: '2.3' }]);
  });

  it('says nothing when the format only adds separators or a currency', () => {
    expect(readBack(number(1234.5, '#,##0.00 €')).cellNotes).toBeUndefined();
  });
});

describe('floating-point noise (review 6)', () => {
  it('reads a computed 3.0000000000000004 as 3, as Excel shows it', () => {
    const row = readBack(number(3.0000000000000004));
    expect(row.cells[1]).toBe('3');
    expect(row.roundedColumns).toBeUndefined();
  });

  it('does not warn that 0.30000000000000004 may have been rounded', () => {
    const row = readBack(number(0.1 + 0.2));
    expect(row.cells[1]).toBe('0.3');
    expect(row.roundedColumns).toBeUndefined();
  });
});

describe('dates, times and durations (review 7, 8)', () => {
  it('reads a duration as the hours it shows, not as a date', () => {
    expect(readBack(number(1.5, '[h]:mm')).cells[1]).toBe('36:00');
  });

  it('reads the first day of the 1904 date system as a date', () => {
    expect(readBack(number(0, 'dd/mm/yyyy'), { date1904: true }).cells[1]).toBe('1904-01-01');
  });

  it('reads a time of day as a time, whatever the day behind it', () => {
    expect(readBack(number(45720.75, 'hh:mm')).cells[1]).toBe('18:00');
  });
});

describe('percentages and errors (review 9, 10)', () => {
  it('imports a percentage as its value and says how the sheet shows it', () => {
    const row = readBack(number(0.15, '0%'));
    expect(row.cells[1]).toBe('0.15');
    expect(row.cellNotes).toEqual([{ column: 1, kind: 'shown-as', shown: '15%' }]);
  });

  it('leaves an error cell empty and says which error it held', () => {
    const row = readBack({ t: 'e', v: 0x2a });
    expect(row.cells[1]).toBe('');
    expect(row.cellNotes).toEqual([{ column: 1, kind: 'error', shown: '#N/A' }]);
  });
});
