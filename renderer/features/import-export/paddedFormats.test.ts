import { describe, expect, it } from 'vitest';
import { firstSheet, number, parse, text, xlsxFile } from './testWorkbooks';

// A number whose format pads it with zeros (a phone 0612345678, a postcode 00184) is imported
// as the sheet shows it — cellText.ts already does so for a one-section format ("00000").
// The same padding written with sections (a negative style, as Excel's Number dialog adds),
// a spacing code (_) or a condition must keep its zeros too, or say that it did not.

const phoneCell = (value: number, format: string) =>
  firstSheet(
    parse(
      'enti.xlsx',
      xlsxFile({ A1: text('Nome'), B1: text('Telefono'), A2: text('ASL'), B2: number(value, format) }, 'A1:B2'),
    ),
  ).rows[0]!;

describe('numbers padded by a format with sections, spacing or a condition', () => {
  for (const [value, format, shown] of [
    [612345678, '0000000000_ ;\\-0000000000\\ ', '0612345678'],
    [184, '00000;[Red]\\-00000', '00184'],
    [184, '00000_)', '00184'],
    [612345678, '[<=99999999]00000000;0000000000', '0612345678'],
  ] as const) {
    it(`reads ${value} shown as ${shown} through "${format}" with its zeros, or says so`, () => {
      const row = phoneCell(value, format);
      const keptZeros = row.cells[1]?.trim() === shown;
      const saidSo = (row.cellNotes ?? []).some((note) => note.column === 1);
      expect(
        keptZeros || saidSo,
        `the sheet shows ${shown}; the import took "${row.cells[1]}" with no note (leading zeros lost silently)`,
      ).toBe(true);
    });
  }
});
