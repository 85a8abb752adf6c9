import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../../shared/domain/categories';
import { guessColumnFields } from '../../../shared/io/importFields';
import { isProgrammeSheet } from '../../../shared/io/programmeImport';
import { buildWorkbookTables } from '../../../shared/io/workbookTables';
import { STAKEHOLDER_COLUMNS } from '../../../shared/io/columns/stakeholderColumns';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { exportLabels } from './exportLabels';

// Export → import with no manual choice: every header the export writes, in Italian and in
// English, is recognised by the import as the column it is.

const sample = buildSampleNetwork('2026-11-22');

describe('headers the export writes, read back by the import', () => {
  for (const language of ['en', 'it'] as const) {
    const tables = buildWorkbookTables(
      { ...sample, programmes: [] },
      exportLabels(language, (id) => categoryLabel(id, language)),
      { omitPersonalColumns: false },
    );

    it(`map every stakeholder column to its own field (${language})`, () => {
      const [stakeholders] = tables;
      const expected = STAKEHOLDER_COLUMNS.map((column) => ('import' in column ? column.import.field : ''));
      expect(guessColumnFields(stakeholders!.columns.map((column) => column.header))).toEqual(expected);
    });

    it(`make the programmes sheet recognisable, and only it (${language})`, () => {
      expect(
        tables
          .filter((table) => isProgrammeSheet(table.columns.map((column) => column.header)))
          .map((table) => table.name),
      ).toEqual([language === 'en' ? 'Programmes' : 'Programmi']);
    });
  }
});
