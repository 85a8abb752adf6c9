import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutToLimit,
  isoFromDateParts,
  mayHaveBeenRounded,
  plainNumberText,
  spreadsheetNumberText,
} from '../../../shared/io/importCells';

describe('numbers read from a spreadsheet cell', () => {
  it.each([
    [393331234567, '393331234567'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e22, '-25000000000000000000000'],
    [0.1, '0.1'],
    [1234.5, '1234.5'],
  ])('writes %d in full as %s', (value, expected) => {
    expect(plainNumberText(value)).toBe(expected);
  });

  it('reads back as the same number, for any number', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (value) => Number(plainNumberText(value)) === value && !/e/i.test(plainNumberText(value)),
      ),
    );
  });

  it('calls a number with more than 15 digits before the point possibly rounded, and no shorter one', () => {
    expect(mayHaveBeenRounded(393331234567)).toBe(false);
    expect(mayHaveBeenRounded(123456789012345)).toBe(false);
    expect(mayHaveBeenRounded(-123456789012345.6)).toBe(false);
    expect(mayHaveBeenRounded(Number('1234567890123456789'))).toBe(true);
    expect(mayHaveBeenRounded(Number('1234567890123456'))).toBe(true);
    expect(mayHaveBeenRounded(-1e300)).toBe(true);
  });

  it('does not call floating-point noise a rounded number (review 6)', () => {
    expect(mayHaveBeenRounded(0.1 + 0.2)).toBe(false);
    expect(mayHaveBeenRounded(3.0000000000000004)).toBe(false);
  });

  it.each([
    [3.0000000000000004, '3'],
    [0.1 + 0.2, '0.3'],
    [1.1 * 3, '3.3'],
    [393331234567, '393331234567'],
    [0.0000001, '0.0000001'],
    [Number('1234567890123456789'), '1234567890123456800'],
  ])('reads %d as a spreadsheet shows it: %s (review 6)', (value, expected) => {
    expect(spreadsheetNumberText(value)).toBe(expected);
  });
});

describe('cells cut to their limit', () => {
  it('ends with the marker and never splits a character made of two code units', () => {
    expect(cutToLimit('abcdef', 4)).toBe('abc…');
    expect(cutToLimit('abcd', 4)).toBe('abcd');
    const cut = cutToLimit('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });
});

describe('cell dates', () => {
  it('writes dates as ISO dates, with the time only when there is one', () => {
    expect(isoFromDateParts({ y: 2025, m: 3, d: 4, H: 0, M: 0, S: 0 })).toBe('2025-03-04');
    expect(isoFromDateParts({ y: 2025, m: 12, d: 9, H: 12, M: 5, S: 0 })).toBe('2025-12-09 12:05');
    expect(isoFromDateParts({ y: 1900, m: 1, d: 0, H: 12, M: 0, S: 30 }, false)).toBe('12:00:30');
  });
});
