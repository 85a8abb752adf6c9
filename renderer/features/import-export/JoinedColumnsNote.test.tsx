import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { JoinedColumnsNote } from './JoinedColumnsNote';
import type { ParsedSheet } from './parseProtocol';

const sheet = (columns: ParsedSheet['columns'], header: string[]): ParsedSheet => ({
  name: 'Stakeholders',
  header: { number: 1, cells: header },
  rows: [],
  totalRows: 0,
  columns,
  columnCount: 6,
  isTooWide: false,
});

describe('the note on columns read as one', () => {
  it('names each joined column by its header and the columns it spans, in both languages', () => {
    const joined = sheet(
      [
        { first: 0, last: 0 },
        { first: 1, last: 3 },
        { first: 4, last: 5 },
      ],
      ['Name', 'Tags', 'x'.repeat(5_000)],
    );
    const { unmount } = render(
      <I18nProvider initialLanguage="en">
        <JoinedColumnsNote sheet={joined} />
      </I18nProvider>,
    );
    const note = screen.getByRole('note').textContent ?? '';
    expect(note).toMatch(/^Columns headed “… \(continued\)” continue the column before them/);
    expect(note).toContain(`: “Tags” (columns B–D); “${'x'.repeat(59)}…” (columns E–F).`);
    unmount();
    render(
      <I18nProvider initialLanguage="it">
        <JoinedColumnsNote sheet={joined} />
      </I18nProvider>,
    );
    expect(screen.getByRole('note').textContent).toContain('«Tags» (colonne B–D)');
  });

  it('says nothing when no column was joined', () => {
    render(
      <I18nProvider initialLanguage="en">
        <JoinedColumnsNote sheet={sheet([{ first: 2, last: 2 }], ['Name'])} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });
});
