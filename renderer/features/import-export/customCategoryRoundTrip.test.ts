import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { categoryLabel, type Category } from '../../../shared/domain/categories';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { guessColumnFields } from '../../../shared/io/importFields';
import { previewImport } from '../../../shared/io/importPreview';
import { buildWorkbookTables } from '../../../shared/io/workbookTables';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { exportLabels, recogniseEnumLabel } from './exportLabels';
import { PARSE_LIMITS } from './parseProtocol';
import { readWorkbook } from './readSheets';
import { writeXlsx } from './writeXlsx';

// The workbook exported, edited in Excel, imported again (its ids first, so each row updates
// its stakeholder). A stakeholder of a category the organisation added is written with that
// category's label, as exportWorker.ts labels it, and must come back in that category.

const COOPERATIVE: Category = {
  id: 'custom-cooperativa',
  labels: { it: 'Cooperativa sociale', en: 'Social cooperative' },
  defaultSector: 'civil-society',
};

/** The stakeholder exported in the cooperative category, labelled in Italian, and its sheet read back. */
function exportedAndReadBack(): { stakeholder: Stakeholder; rows: string[][]; header: readonly string[] } {
  const sample = { ...buildSampleNetwork('2026-12-07'), programmes: [] };
  const stakeholder = { ...sample.stakeholders[0]!, categoryId: COOPERATIVE.id };
  const labels = exportLabels('it', (id) => categoryLabel(id, 'it', [COOPERATIVE]));
  const tables = buildWorkbookTables({ ...sample, stakeholders: [stakeholder] }, labels, {
    omitPersonalColumns: false,
  });
  const { bytes } = writeXlsx(XLSX, tables.slice(0, 1), { language: 'it' });
  const parsed = readWorkbook({ ...PARSE_LIMITS, bytes: bytes.slice().buffer, fileName: 'dati.xlsx' });
  if (!parsed.ok) throw new Error(parsed.reason);
  const sheet = parsed.sheets[0]!;
  return { stakeholder, rows: sheet.rows.map((row) => [...row.cells]), header: sheet.header.cells };
}

describe('a re-imported workbook', () => {
  it('keeps a stakeholder’s own category, not a default one guessed from its label', () => {
    const { stakeholder, rows, header } = exportedAndReadBack();
    const [row] = previewImport(rows, guessColumnFields(header), [stakeholder], recogniseEnumLabel, new Map(), [
      COOPERATIVE,
    ]);
    expect(row?.status).toBe('update');
    expect(
      row?.stakeholder?.categoryId,
      '"Cooperativa sociale" is read back as a default category: the update changes every such stakeholder’s category',
    ).toBe(COOPERATIVE.id);
    expect(row?.leftOut).toBeUndefined();
  });

  it('reads the organisation’s category by its label in the other language, or by its id, whatever the case', () => {
    const { stakeholder, rows, header } = exportedAndReadBack();
    const fields = guessColumnFields(header);
    const categoryColumn = fields.indexOf('category');
    for (const text of ['SOCIAL COOPERATIVE', 'cooperativa  sociale', COOPERATIVE.id]) {
      const edited = rows.map((cells) => cells.map((cell, column) => (column === categoryColumn ? text : cell)));
      const [row] = previewImport(edited, fields, [stakeholder], recogniseEnumLabel, new Map(), [COOPERATIVE]);
      expect(row?.stakeholder?.categoryId, text).toBe(COOPERATIVE.id);
    }
  });

  it('says a category the organisation no longer has is not recognised, and leaves the stakeholder’s own', () => {
    const { stakeholder, rows, header } = exportedAndReadBack();
    const [row] = previewImport(rows, guessColumnFields(header), [stakeholder], recogniseEnumLabel, new Map(), []);
    expect(row?.status).toBe('update');
    expect(row?.stakeholder?.categoryId, 'a category no longer there is mapped to a default one').toBe(COOPERATIVE.id);
    expect(row?.leftOut).toEqual([
      expect.objectContaining({ field: 'category', reason: 'unknown-category', text: 'Cooperativa sociale' }),
    ]);
  });
});
