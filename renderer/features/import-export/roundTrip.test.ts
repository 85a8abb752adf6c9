import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { categoryLabel, DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import { ATTITUDES, GUIDELINES_STAGES, SECTORS, type Language } from '../../../shared/domain/enums';
import { PROVINCES_BY_REGION, REGION_IDS } from '../../../shared/domain/regions';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { parseBackup } from '../../../shared/io/backup';
import { guessColumnFields } from '../../../shared/io/importFields';
import { IMPORT_FIELD_MAX_LENGTH } from '../../../shared/io/importFields';
import { previewImport } from '../../../shared/io/importPreview';
import { inFileKey } from '../../../shared/io/importRowMerge';
import { EXCEL_CELL_LIMIT } from '../../../shared/io/longCells';
import { buildWorkbookTables } from '../../../shared/io/workbookTables';
import { freshDatabase } from '../../../test/support/builders';
import { createBackupJson, readBackupTables, restoreBackup } from '../../db/backup';
import { importStakeholders } from '../../db/importStakeholders';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { exportLabels, recogniseEnumLabel } from './exportLabels';
import { countImportChoices, cutKey } from './importChoices';
import { PARSE_LIMITS } from './parseProtocol';
import { readWorkbook } from './readSheets';
import { writeXlsx } from './writeXlsx';

// Export → import into an empty database → the same stakeholders, for random networks,
// in both interface languages. Names that the import takes for one stakeholder (same
// region, same name but for case and accents, "Ä" and "a") are not generated together.
// And backup → wipe → restore gives back every table.

const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...[...'abcdefghij klmnopqrstuvwxyzàèéìòù-–\'"=+@🙂ÄŁ']), maxLength: max });
const nonBlank = (max: number) =>
  text(max)
    .map((value) => value.trim())
    .filter((value) => value.length > 0);

const regionalStakeholder = fc.record({
  id: fc.uuid(),
  name: nonBlank(40),
  shortName: text(12).map((value) => value.trim()),
  categoryId: fc.constantFrom(
    ...DEFAULT_CATEGORY_IDS.filter(
      (id) => !['national-government', 'eu-body', 'international-organisation'].includes(id),
    ),
  ),
  region: fc.constantFrom(...REGION_IDS),
  city: text(20).map((value) => value.trim()),
  sector: fc.constantFrom(...SECTORS),
  notes: text(60).map((value) => value.trim()),
  tags: fc.uniqueArray(
    nonBlank(10).filter((tag) => !/[;,]/.test(tag)),
    { maxLength: 3 },
  ),
  influence: fc.integer({ min: 1, max: 5 }),
  interest: fc.integer({ min: 1, max: 5 }),
  attitude: fc.constantFrom(...ATTITUDES),
  guidelinesStage: fc.constantFrom(...GUIDELINES_STAGES),
  provinceIndex: fc.nat(),
  level: fc.constantFrom('local', 'provincial', 'regional' as const),
});

type GeneratedStakeholder = typeof regionalStakeholder extends fc.Arbitrary<infer Value> ? Value : never;

function toStakeholder(record: GeneratedStakeholder): Stakeholder {
  const provinces = PROVINCES_BY_REGION[record.region];
  const { provinceIndex, ...rest } = record;
  return {
    ...rest,
    province: provinces[provinceIndex % provinces.length]!.code,
    website: '',
    programmeIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

const comparable = ({
  id: _id,
  createdAt: _created,
  updatedAt: _updated,
  programmeIds: _programmes,
  ...fields
}: Stakeholder) => fields;
const byName = (a: { name: string; region: string | null }, b: { name: string; region: string | null }) =>
  `${a.name}|${a.region}`.localeCompare(`${b.name}|${b.region}`);

/**
 * The export's bytes read by the import's own parser (what the worker runs), the columns
 * guessed, previewed and imported as the import page does; `acceptCuts` ticks "import with
 * the text cut" on every row that needs it.
 */
async function exportThenImport(stakeholders: Stakeholder[], language: Language, { acceptCuts = false } = {}) {
  const labels = exportLabels(language, (id) => categoryLabel(id, language));
  const data = {
    stakeholders,
    contacts: [],
    relationships: [],
    agreements: [],
    actions: [],
    followUps: [],
    programmes: [],
    staff: [],
  };
  const { bytes, longCells } = writeXlsx(
    XLSX,
    buildWorkbookTables(data, labels, { omitPersonalColumns: false }).slice(0, 1),
    { language },
  );
  const parsed = readWorkbook({ ...PARSE_LIMITS, bytes: bytes.slice().buffer, fileName: 'trama.xlsx' });
  if (!parsed.ok) throw new Error(`refused: ${parsed.reason}`);
  const sheet = parsed.sheets[0]!;
  const fields = guessColumnFields(sheet.header.cells).map((field) => (field === 'id' ? '' : field));
  const preview = previewImport(sheet.rows, fields, [], recogniseEnumLabel);
  const cutRows = new Set(
    acceptCuts ? preview.flatMap((row) => row.overLimit.map((cell) => cutKey(row.rowNumber, cell))) : [],
  );
  const { toImport } = countImportChoices(preview, new Set(), cutRows);
  const db = freshDatabase();
  await importStakeholders(db, toImport);
  return { sheet, fields, preview, longCells, imported: await db.stakeholders.toArray() };
}

describe('spreadsheet round trip', () => {
  for (const language of ['en', 'it'] as const) {
    it(`gives back the same stakeholders (${language})`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(regionalStakeholder, {
            minLength: 1,
            maxLength: 12,
            // Rows of one file naming the same body (punctuation, case, word order aside) merge on import.
            selector: (record) => inFileKey(record.name, record.region),
          }),
          async (records) => {
            const stakeholders = records.map(toStakeholder);
            const { preview, imported } = await exportThenImport(stakeholders, language);
            expect(preview.filter((row) => row.status !== 'new')).toEqual([]);
            const expected = stakeholders
              .map(comparable)
              .map((fields) => ({ ...fields, notes: fields.notes, tags: fields.tags }));
            expect(imported.map(comparable).sort(byName)).toEqual(expected.sort(byName));
          },
        ),
        { numRuns: 25 },
      );
      // 25 workbooks written and parsed: ample room on a loaded 2-core machine.
    }, 30_000);

    it(`gives back 200 tags of 200 characters, continued over two cells (${language})`, async () => {
      const tags = Array.from({ length: 200 }, (_, index) => `tag ${index} ${'àb🙂'.repeat(70)}`.slice(0, 200).trim());
      const stakeholder = toStakeholder({ ...fc.sample(regionalStakeholder, { numRuns: 1, seed: 13 })[0]!, tags });
      const { sheet, fields, preview, longCells, imported } = await exportThenImport([stakeholder], language);
      expect(tags.join('; ').length).toBeGreaterThan(EXCEL_CELL_LIMIT);
      expect(longCells).toMatchObject([{ row: 2, parts: 2, cutCharacters: 0 }]);
      expect(preview.map((row) => [row.status, row.overLimit])).toEqual([['new', []]]);
      expect(imported.map(comparable)).toEqual([comparable(stakeholder)]);
      // The continuation column is no column of its own to map: it is part of the tags' column.
      const tagsColumn = fields.indexOf('tags');
      expect(sheet.columns[tagsColumn]).toEqual({ first: tagsColumn, last: tagsColumn + 1 });
      expect(sheet.header.cells.some((header) => /\((continued|segue)/.test(header))).toBe(false);
    });
  }

  it('says a joined list longer than its field takes, and imports it cut with the marker only when asked', async () => {
    // 205 tags of 200 characters: over two Excel cells, and 1,025 characters over what the field takes.
    const tags = Array.from({ length: 205 }, (_, index) => `t${String(index).padStart(3, '0')}${'x'.repeat(196)}`);
    const stakeholder = toStakeholder({ ...fc.sample(regionalStakeholder, { numRuns: 1, seed: 7 })[0]!, tags });
    const joined = tags.join('; ');
    const limit = IMPORT_FIELD_MAX_LENGTH.tags;
    expect(joined.length).toBeGreaterThan(limit);

    const left = await exportThenImport([stakeholder], 'en');
    const tagsColumn = left.fields.indexOf('tags');
    expect(left.preview.map((row) => row.overLimit)).toEqual([
      [{ column: tagsColumn, field: 'tags', length: joined.length, limit }],
    ]);
    expect(left.imported).toEqual([]);

    const cut = await exportThenImport([stakeholder], 'en', { acceptCuts: true });
    const importedTags = cut.imported[0]?.tags ?? [];
    expect(importedTags.slice(0, -1)).toEqual(tags.slice(0, importedTags.length - 1));
    expect(importedTags.at(-1)).toMatch(/^t199x+…$/);
  });
});

describe('backup round trip', () => {
  it('backup → wipe → restore gives back every table, accents and emoji included', async () => {
    const db = freshDatabase();
    const { buildSampleNetwork } = await import('../../../shared/sample/sampleNetwork');
    const { loadSampleNetwork } = await import('../../db/sample');
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    await db.stakeholders.update('sample-laz-ngo-1', { notes: 'Àccènti, “virgolette” e emoji 🙂🇮🇹' });
    await db.mapPositions.put({ viewId: 'default:regions', stakeholderId: 'sample-laz-ngo-1', x: 1.5, y: -2 });
    await db.briefings.put({
      id: 'briefing-1',
      createdAt: '2026-11-22T09:00:00.000Z',
      updatedAt: '2026-11-22T09:30:00.000Z',
      title: 'Tavolo regionale – Lazio',
      source: { kind: 'region', region: 'lazio' },
      sections: ['attendees', 'agenda'],
      programmeId: null,
      agenda: 'Punti all’ordine del giorno 🙂',
    });
    const before = await readBackupTables(db);
    const json = await createBackupJson(db);

    await Promise.all(db.tables.map((table) => table.clear()));
    expect(await db.stakeholders.count()).toBe(0);
    await restoreBackup(db, parseBackup(json, CURRENT_SCHEMA_VERSION), 'replace');
    expect(await readBackupTables(db)).toEqual(before);
    expect(before.briefings).toHaveLength(1);
  });

  it('merge keeps what is not in the backup and overwrites by id', async () => {
    const db = freshDatabase();
    const { buildSampleNetwork } = await import('../../../shared/sample/sampleNetwork');
    const { loadSampleNetwork } = await import('../../db/sample');
    await loadSampleNetwork(db, buildSampleNetwork('2026-11-22'), '2026-11-22');
    const backup = parseBackup(await createBackupJson(db), CURRENT_SCHEMA_VERSION);
    await db.stakeholders.update('sample-laz-ngo-1', { name: 'Changed after the backup' });
    const extra = { ...(await db.stakeholders.get('sample-laz-ngo-2'))!, id: 'mine', name: 'Mine' };
    await db.stakeholders.add(extra);
    await restoreBackup(db, backup, 'merge');
    expect((await db.stakeholders.get('sample-laz-ngo-1'))?.name).not.toBe('Changed after the backup');
    expect(await db.stakeholders.get('mine')).toEqual(extra);
  });
});
