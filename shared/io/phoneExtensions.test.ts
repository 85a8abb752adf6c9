import { describe, expect, it } from 'vitest';
import { splitPhoneList } from './columns/contactColumns';
import { previewImport } from './importPreview';

// docs/DESIGN.md §2 (Contact): words around a phone ("int. 21") are kept. Italian lists write the
// extension after a comma as often as without one; the list split (splitList, on ; , and
// line breaks) must not cut it off into a "phone" of its own, which the phone check refuses,
// refusing with it the whole stakeholder row.

const fields = ['name', 'contactName', 'contactPhone'] as const;

describe('a phone with its extension after a comma', () => {
  for (const cell of ['06 1234567, int. 21', '06 1234567 (int. 21, 22)']) {
    it(`imports "${cell}" with its extension`, () => {
      const [row] = previewImport([['ASL Roma 1', 'Anna Rossi', cell]], [...fields], []);
      expect(row?.status, `the row of ASL Roma 1 is refused: ${JSON.stringify(row?.reasons)}`).toBe('new');
      expect(row?.contact?.phones.join(' ')).toMatch(/21/);
    });
  }
});

describe('a cell of phones', () => {
  it.each([
    ['06 1234567, int. 21', ['06 1234567, int. 21']],
    ['06 1234567 (int. 21, 22); 333 1234567', ['06 1234567 (int. 21, 22)', '333 1234567']],
    ['06 1234567, 333 1234567\n1522', ['06 1234567', '333 1234567', '1522']],
    ['06 1234567\nint. 21', ['06 1234567 int. 21']],
    // A bracket left open does not hold the rest of the cell together.
    ['06 1234567 (centralino, 333 1234567', ['06 1234567 (centralino', '333 1234567']],
  ])('"%s" is split into its phones', (cell, phones) => {
    expect(splitPhoneList(cell)).toEqual(phones);
  });

  it('still refuses an email written among the phones', () => {
    const [row] = previewImport([['ASL Roma 1', 'Anna Rossi', '06 1234567, anna.rossi@asl.it']], [...fields], []);
    expect(row?.reasons).toEqual(['invalid-phone']);
  });
});
