import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SheetRow } from '../../../shared/io/importCells';
import type { Language } from '../../../shared/domain/enums';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ImportSection } from './ImportSection';
import type { ParsedSheet } from './parseProtocol';
import { parseSpreadsheet } from './parseSpreadsheet';
import type * as ParseSpreadsheetModule from './parseSpreadsheet';

// The import page with what the parsing worker would send for a file: the choices a user
// makes on the preview, and what the page says about rows and text it does not import.

vi.mock('./parseSpreadsheet', async (importOriginal) => ({
  ...(await importOriginal<typeof ParseSpreadsheetModule>()),
  parseSpreadsheet: vi.fn(),
}));

const parsed = vi.mocked(parseSpreadsheet);
beforeEach(() => parsed.mockReset());
afterEach(() => vi.clearAllMocks());

function sheetOf(header: string[], rows: SheetRow[], overrides: Partial<ParsedSheet> = {}): ParsedSheet {
  return {
    name: 'Enti',
    header: { number: 1, cells: header },
    rows,
    totalRows: rows.length,
    columns: header.map((_, column) => ({ first: column, last: column })),
    columnCount: header.length,
    isTooWide: false,
    ...overrides,
  };
}

async function openWith(sheet: ParsedSheet, language: Language = 'en') {
  parsed.mockResolvedValue([sheet]);
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ImportSection />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const input = screen.getByLabelText(language === 'en' ? 'Spreadsheet to import' : 'Foglio di calcolo da importare');
  fireEvent.change(input, { target: { files: [new File(['x'], 'enti.csv', { type: 'text/csv' })] } });
  // The counts show before the stakeholders already stored are read: wait for the previewed rows.
  await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(1), { timeout: 5_000 });
  return screen.getByTestId('import-summary');
}

const leftOutLine = () => screen.getByTestId('import-left-out').textContent;

describe('one tick approves one cut (review 5)', () => {
  it('asks again when another column of the ticked row is mapped and is too long too', async () => {
    const summary = await openWith(
      sheetOf(['Ente', 'Note', 'Colonna X'], [{ number: 2, cells: ['Ente A', 'n'.repeat(20_001), 'c'.repeat(301)] }]),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Import row 2 with the text cut' }));
    expect(summary.textContent).toMatch(/^1 new/);
    fireEvent.change(screen.getByLabelText('Column “Colonna X”'), { target: { value: 'city' } });
    expect(summary.textContent).toMatch(/^0 new/);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Import row 2 with the text cut' }).checked).toBe(
      false,
    );
    const notes = within(screen.getByRole('row', { name: /Ente A/ })).getAllByRole('cell')[3]!.textContent;
    expect(notes).toContain('cell B2 (“Note”) has 20,001 characters');
    expect(notes).toContain('cell C2 (“Colonna X”) has 301 characters');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Import row 2 with the text cut' }));
    expect(summary.textContent).toMatch(/^1 new/);
  });
});

describe('rows left out because of the caps', () => {
  it('never shows a negative count, whatever the count of rows says (review 2)', async () => {
    const rows = Array.from({ length: 10 }, (_, index) => ({ number: index + 2, cells: [`Ente ${index}`] }));
    await openWith(sheetOf(['Ente'], rows, { totalRows: 5 }));
    expect(screen.queryByTestId('import-left-out')).toBeNull();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says “1 row”, not “1 rows” (review 12)', async () => {
    await openWith(sheetOf(['Ente', 'Note'], [{ number: 2, cells: ['Ente A', 'n'.repeat(20_001)] }]));
    expect(leftOutLine()).toContain('Left out because of Trama’s limits: 1 row.');
  });

  it('writes row numbers as the spreadsheet does, in the notice as in the table (review 13)', async () => {
    const sheet = sheetOf(['Ente'], [{ number: 50_001, cells: ['Ente A'] }], {
      header: { number: 50_000, cells: ['Ente'] },
      totalRows: 3,
    });
    await openWith(sheet);
    expect(screen.getByRole('note').textContent).toContain('(up to row 50001)');
    expect(leftOutLine()).toContain('2 after row 50001');
    expect(within(screen.getByRole('row', { name: /Ente A/ })).getAllByRole('cell')[0]!.textContent).toBe('50001');
  });

  it('gives the size a sheet states as the most it may hold, not as rows it has (review 1, 4)', async () => {
    const sheet = sheetOf(['Ente'], [{ number: 2, cells: ['Ente A'] }], {
      unreadRows: { fromRow: 51_002, toRow: 1_048_576 },
    });
    await openWith(sheet);
    expect(screen.getByRole('note').textContent).toBe(
      'This sheet says it reaches row 1048576, but Trama reads a sheet only down to row 51001 (it imports up to 50,000 rows at a time). The preview holds 1 row (up to row 2); the rows after row 2 are left out: up to 997,575, fewer if some are blank. To import them, split the file and import each part.',
    );
    expect(leftOutLine()).toBe(
      'Left out because of Trama’s limits: up to 997,575 rows. Up to 997,575 below row 51001 (Trama reads a sheet down to row 51001).',
    );
  });

  it('says the same in Italian', async () => {
    const sheet = sheetOf(['Ente'], [{ number: 2, cells: ['Ente A'] }], {
      unreadRows: { fromRow: 51_002, toRow: 1_048_576 },
    });
    await openWith(sheet, 'it');
    expect(screen.getByRole('note').textContent).toMatch(
      /^Questo foglio dichiara di arrivare alla riga 1048576, ma Trama legge un foglio solo fino alla riga 51001 \(ne importa fino a 50\.000 righe alla volta\)\. L’anteprima contiene 1 riga \(fino alla riga 2\); le righe dopo la riga 2 sono escluse: fino a 997\.575,/,
    );
  });
});

describe('text read as Windows-1252 (review 16)', () => {
  it('says so above the preview', async () => {
    await openWith(sheetOf(['Ente'], [{ number: 2, cells: ['Caffè'] }], { windows1252Bytes: 3 }));
    expect(screen.getByRole('note').textContent).toBe(
      'This file is not all UTF-8 text: 3 characters were read as Windows-1252 (Excel’s encoding on Windows in Western Europe). Check the accented letters in the preview; if they are wrong, save the file again as “CSV UTF-8”.',
    );
  });
});
