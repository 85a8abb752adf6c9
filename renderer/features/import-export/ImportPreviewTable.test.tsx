import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { previewImport, type ImportPreviewRow } from '../../../shared/io/importPreview';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { SimilarChoice } from './importChoices';
import { ImportPreviewTable } from './ImportPreviewTable';

// Cell names in the preview's messages are the spreadsheet's own: a column that an export
// continued over D and E is "D–E", and the columns after it keep their letters.

const row = (overrides: Partial<ImportPreviewRow>): ImportPreviewRow => ({
  rowNumber: 7,
  name: 'ASL Roma 1',
  status: 'new',
  reasons: [],
  stakeholder: null,
  existingId: null,
  contact: null,
  overLimit: [],
  roundedNumbers: [],
  ...overrides,
});

function renderTable(rows: ImportPreviewRow[], language: 'en' | 'it' = 'en', refusedJoins?: ReadonlySet<number>) {
  render(
    <I18nProvider initialLanguage={language}>
      <ImportPreviewTable
        rows={rows}
        header={['Name', 'Tags', 'Phone']}
        columns={[
          { first: 2, last: 2 },
          { first: 3, last: 4 },
          { first: 5, last: 5 },
        ]}
        skipped={new Set()}
        acceptedCuts={new Set()}
        onToggleSkip={() => undefined}
        onToggleCut={() => undefined}
        refusedJoins={refusedJoins}
      />
    </I18nProvider>,
  );
}

describe('a row refused when joined into another update of the same stakeholder', () => {
  it('says on the row why it is left out, even far down the file', () => {
    // 206 rows: the refused one lies past the first 200 the table shows, and has no other note.
    const rows = Array.from({ length: 206 }, (_, index) =>
      row({ rowNumber: index + 2, name: `Ente ${index + 2}`, status: 'update', existingId: 'sample-bas-asp' }),
    );
    renderTable(rows, 'en', new Set([205]));
    const refused = screen.getByRole('row', { name: /Ente 205\b/ });
    expect(refused.textContent).toContain('not merged: the joined notes would be longer than Trama takes');
    expect(screen.getByRole('row', { name: /Ente 2\b/ }).textContent).not.toContain('not merged');
  });
});

describe('cell names in the import preview', () => {
  it('names a joined cell by the columns it spans, and the next column by its own letter', () => {
    renderTable([
      row({
        overLimit: [{ column: 1, field: 'tags', length: 50_000, limit: 40_398 }],
        roundedNumbers: [{ column: 2, text: '393331234567890100' }],
      }),
    ]);
    const cells = screen.getByRole('row', { name: /ASL Roma 1/ }).textContent ?? '';
    expect(cells).toContain('cell D7–E7 (“Tags”) has 50,000 characters, 9,602 more than the 40,398 this field takes');
    expect(cells).toContain('cell F7 (“Phone”) holds the number 393331234567890100');
  });

  it('names a column without a header by its letters', () => {
    render(
      <I18nProvider initialLanguage="it">
        <ImportPreviewTable
          rows={[row({ overLimit: [{ column: 0, field: 'city', length: 400, limit: 300 }] })]}
          header={['']}
          columns={[{ first: 27, last: 28 }]}
          skipped={new Set()}
          acceptedCuts={new Set()}
          onToggleSkip={() => undefined}
          onToggleCut={() => undefined}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('row', { name: /ASL Roma 1/ }).textContent).toContain(
      'la cella AB7–AC7 («AB–AC») ha 400 caratteri',
    );
  });

  it('does not offer to import cut a row that has errors, nor says it would (review 14)', () => {
    renderTable([
      row({
        status: 'error',
        reasons: ['invalid-email'],
        overLimit: [{ column: 1, length: 6_000, limit: 5_098, field: 'contactEmail' }],
      }),
    ]);
    const tableRow = screen.getByRole('row', { name: /ASL Roma 1/ });
    expect(tableRow.textContent).toContain(
      'cell D7–E7 (“Tags”) has 6,000 characters, 902 more than the 5,098 this field takes',
    );
    expect(tableRow.textContent).not.toContain('unless');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says what the sheet shows otherwise than it is imported: a percentage, an error (review 9, 10)', () => {
    renderTable([
      row({
        cellNotes: [
          { column: 1, kind: 'shown-as', shown: '15%', text: '0.15' },
          { column: 2, kind: 'error', shown: '#N/A', text: '' },
        ],
      }),
    ]);
    const cells = screen.getByRole('row', { name: /ASL Roma 1/ }).textContent ?? '';
    expect(cells).toContain('cell D7–E7 (“Tags”) shows 15% in the sheet; Trama imports the value it holds: 0.15');
    expect(cells).toContain('cell F7 (“Phone”) holds the error #N/A: it is imported empty');
  });
});

describe('a row similar to a stakeholder Trama has, and a bad cell', () => {
  const sample = buildSampleNetwork('2026-11-22').stakeholders;
  const existing = new Map(sample.map((stakeholder) => [stakeholder.id, stakeholder]));
  const [similar, badEmail] = previewImport(
    [
      ['ASP Potenza', 'Basilicata', 'Nota dal file', 'Lucia Esempio', 'lucia@example.org'],
      ['SAI Vulture', 'Basilicata', '', 'Mario Prova', 'mario@@example'],
    ],
    ['name', 'region', 'notes', 'contactName', 'contactEmail'],
    sample,
  );

  it('offers the merge side by side, field by field, and the correction of the cell left out', () => {
    const choices: Array<[number, SimilarChoice]> = [];
    const corrections: Array<[number, string, string]> = [];
    render(
      <I18nProvider initialLanguage="en">
        <ImportPreviewTable
          rows={[similar!, badEmail!]}
          header={['Ente', 'Regione', 'Note', 'Referente', 'Email']}
          columns={[0, 1, 2, 3, 4].map((column) => ({ first: column, last: column }))}
          skipped={new Set()}
          acceptedCuts={new Set()}
          onToggleSkip={() => undefined}
          onToggleCut={() => undefined}
          existing={existing}
          onSimilarChoice={(rowNumber, choice) => choices.push([rowNumber, choice])}
          onCorrect={(rowNumber, field, text) => corrections.push([rowNumber, field, text])}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('Merged into a similar stakeholder')).toBeDefined();
    const merge = screen.getByRole('table', { name: 'Row 2: what the merge keeps, field by field' });
    expect(within(merge).getByRole('columnheader', { name: /In Trama/ })).toBeDefined();
    expect(within(merge).getByText('Nota dal file')).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'Import as a new stakeholder' }));
    expect(choices).toEqual([[2, { target: 'new', fields: {} }]]);
    expect(screen.getByText(/Cell E3 \(Contact’s email\) “mario@@example” is left out/)).toBeDefined();
    fireEvent.change(screen.getByLabelText('Correct Contact’s email of row 3'), {
      target: { value: 'mario@example.org' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use the corrected Contact’s email for row 3' }));
    expect(corrections).toEqual([[3, 'contactEmail', 'mario@example.org']]);
  });
});
