import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../../shared/domain/categories';
import { cellText } from '../../../shared/io/cells';
import { STAKEHOLDER_COLUMNS } from '../../../shared/io/columns/stakeholderColumns';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { exportLabels } from '../import-export/exportLabels';
import { StakeholderTable } from './StakeholderTable';

// The list's columns are the stakeholder descriptors marked isListed: a column added to
// the descriptors with that mark shows here, headed as in the spreadsheets.

const stakeholders = buildSampleNetwork('2026-11-22').stakeholders.slice(0, 5);
const LISTED = STAKEHOLDER_COLUMNS.filter((column) => 'isListed' in column && column.isListed);

describe('the stakeholder list', () => {
  for (const language of ['en', 'it'] as const) {
    it(`shows the listed descriptors' columns, headed as the export heads them (${language})`, () => {
      const label = (id: string) => categoryLabel(id, language);
      render(
        <I18nProvider initialLanguage={language}>
          <StakeholderTable
            stakeholders={stakeholders}
            order={{ key: 'name', isAscending: true }}
            onSort={() => {}}
            categoryLabel={label}
            onEdit={() => {}}
            onDelete={() => {}}
          />
        </I18nProvider>,
      );
      const table = screen.getByRole('table');
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent?.replace(/[▲▼]/g, '').trim());
      expect(headers.slice(0, -1)).toEqual(LISTED.map((column) => column.header[language]));
      expect(LISTED.map((column) => column.key)).toEqual([
        'name',
        'category',
        'region',
        'sector',
        'stage',
        'influence',
      ]);

      // A cell the list does not draw its own way is the export's cell.
      const words = { labels: exportLabels(language, label), programmeName: () => '', stakeholderName: () => '' };
      const [first] = stakeholders;
      const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
      for (const key of ['category', 'sector', 'influence'] as const) {
        const column = LISTED.findIndex((candidate) => candidate.key === key);
        expect(cells[column]!.textContent).toBe(cellText(LISTED[column]!.write(first!, words)));
      }
    });
  }
});
