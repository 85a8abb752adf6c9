import { describe, expect, it } from 'vitest';
import { cellName, columnLetter, columnName } from '../../../shared/io/columnNames';

describe('column and cell names', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 701, 702, 16383].map((column) => columnLetter(column))).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('names a joined column and its cells by their first and last columns', () => {
    expect(columnName({ first: 3, last: 3 })).toBe('D');
    expect(columnName({ first: 3, last: 4 })).toBe('D–E');
    expect(cellName({ first: 3, last: 3 }, 7)).toBe('D7');
    expect(cellName({ first: 25, last: 27 }, 1_048_576)).toBe('Z1048576–AB1048576');
  });
});
