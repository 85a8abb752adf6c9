import { describe, expect, it } from 'vitest';
import { contactFieldsSchema, contactInputSchema } from '../../../shared/domain/contact';
import { stakeholderFieldsSchema, stakeholderInputSchema } from '../../../shared/domain/stakeholder';
import {
  IMPORT_FIELD_MAX_LENGTH,
  categoryFromKeywords,
  guessColumnFields,
  namedCategory,
  recogniseProvince,
  type ImportField,
} from '../../../shared/io/importFields';
import { previewImport, type ImportPreviewRow } from '../../../shared/io/importPreview';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';

const existing = buildSampleNetwork('2026-11-22').stakeholders;

describe('column guessing', () => {
  it('recognises Italian and English headers, whatever the case and accents', () => {
    expect(
      guessColumnFields(['Ente', 'REGIONE', 'Città', 'Referente', 'E-mail', 'Telefono', 'Colonna strana']),
    ).toEqual(['name', 'region', 'city', 'contactName', 'contactEmail', 'contactPhone', '']);
    expect(guessColumnFields(['Organisation', 'Region', 'Contact person', 'Role', 'Email'])).toEqual([
      'name',
      'region',
      'contactName',
      'contactRole',
      'contactEmail',
    ]);
  });

  it('never maps two columns to one field', () => {
    expect(guessColumnFields(['Nome', 'Name'])).toEqual(['name', '']);
  });
});

describe('value recognition', () => {
  it('names categories exactly from the category text, or guesses them from keywords of a name', () => {
    expect(categoryFromKeywords('ASL Napoli 3 Sud')).toBe('local-health-authority');
    expect(categoryFromKeywords('CSM Distretto 12')).toBe('mental-health-service');
    expect(categoryFromKeywords('Prefettura')).toBe('prefecture');
    expect(namedCategory('Reception centre (CAS, SAI, CPA, hotspot)')).toBe('reception-centre');
    expect(namedCategory('Bottega del caffè')).toBeNull();
    expect(categoryFromKeywords('Cooperativa sociale Il Faro')).toBe('ngo');
    expect(categoryFromKeywords('Bottega del caffè')).toBeNull();
  });

  it('reads provinces by code or name, within the region', () => {
    expect(recogniseProvince('sa', 'campania')).toBe('SA');
    expect(recogniseProvince('Reggio Calabria', null)).toBeNull();
    expect(recogniseProvince('Matera', 'basilicata')).toBe('MT');
    expect(recogniseProvince('Matera', 'lazio')).toBeNull();
  });
});

describe('import preview', () => {
  const fields = guessColumnFields(['Ente', 'Regione', 'Provincia', 'Referente', 'Email']);

  it('marks new, update, duplicate and error rows with reasons', () => {
    const preview = previewImport(
      [
        ['CAS Il Gabbiano', 'Sicily', 'AG', 'Lucia Esempio', 'lucia@example.org'],
        ['asl napoli 1 centro', 'CAMPANIA', '', '', ''],
        ['CAS il gabbiano', 'sicilia', '', '', ''],
        ['Comune di Bari', 'Puglia', '', '', ''],
        ['', 'Lazio', '', '', ''],
        ['SAI Ionio 2', 'Basilicata', '', 'Mario Prova', 'not-an-email'],
      ],
      fields,
      existing,
    );
    expect(preview.map((row) => [row.rowNumber, row.status, row.reasons])).toEqual([
      [2, 'new', []],
      [3, 'update', ['matches-existing']],
      [4, 'duplicate', ['duplicate-in-file']],
      [5, 'error', ['unknown-region']],
      [6, 'error', ['missing-name']],
      [7, 'similar', []],
    ]);
    // One bad email no longer rejects the row: the cell is left out and said.
    expect(preview[5]!.leftOut?.[0]?.field).toBe('contactEmail');
    expect(preview[0]!.stakeholder).toMatchObject({
      region: 'sicilia',
      province: 'AG',
      categoryId: 'reception-centre',
      level: 'local',
      sector: 'reception',
    });
    expect(preview[0]!.contact).toEqual({ name: 'Lucia Esempio', role: '', emails: ['lucia@example.org'], phones: [] });
    expect(preview[1]!.existingId).toBe('sample-cam-asl-na1');
  });

  it('keeps what is known about a matched stakeholder and takes only what the sheet says', () => {
    const known = existing.find((stakeholder) => stakeholder.id === 'sample-cam-asl-na1')!;
    const [row] = previewImport([['ASL Napoli 1 Centro', 'Campania', 'NA', '', '']], fields, existing);
    expect(row!.stakeholder).toMatchObject({
      name: 'ASL Napoli 1 Centro',
      shortName: known.shortName,
      influence: known.influence,
      guidelinesStage: known.guidelinesStage,
      province: 'NA',
    });
  });

  it('treats national bodies without a region as national', () => {
    const [row] = previewImport([['Ministero della Salute', '', '', '', '']], fields, []);
    expect(row!.stakeholder).toMatchObject({ region: null, level: 'national', categoryId: 'national-government' });
  });
});

describe("the spreadsheet's own row numbers", () => {
  it('carries each row number into the preview, whatever blank rows lay between', () => {
    const preview = previewImport(
      [
        { number: 4, cells: ['CAS Il Gabbiano', 'Sicilia', '', '', ''] },
        { number: 8, cells: ['', 'Lazio', '', '', ''] },
        { number: 9, cells: ['cas il gabbiano', 'Sicilia', '', '', ''] },
      ],
      guessColumnFields(['Ente', 'Regione', 'Provincia', 'Referente', 'Email']),
      [],
    );
    expect(preview.map((row) => [row.rowNumber, row.status])).toEqual([
      [4, 'new'],
      [8, 'error'],
      [9, 'duplicate'],
    ]);
  });

  it('numbers plain rows as a sheet with its header on row 1 and no blank rows', () => {
    const preview = previewImport([['A', 'Lazio']], ['name', 'region'], []);
    expect(preview[0]!.rowNumber).toBe(2);
  });
});

/** A cell of `length` characters that the field accepts (a website must look like one). */
function cellOfLength(field: ImportField, length: number): string {
  if (field === 'website') return `https://example.org/${'a'.repeat(length - 20)}`;
  if (field === 'tags' || field === 'contactPhone')
    return Array.from({ length: 200 }, (_, index) => String(index).padStart(3, '0').padEnd(200, 'x'))
      .join('; ')
      .slice(0, length);
  return 'a'.repeat(length);
}

const STORED_TEXT: ReadonlyArray<readonly [ImportField, (row: ImportPreviewRow) => unknown]> = [
  ['name', (row) => row.stakeholder?.name],
  ['shortName', (row) => row.stakeholder?.shortName],
  ['city', (row) => row.stakeholder?.city],
  ['website', (row) => row.stakeholder?.website],
  ['notes', (row) => row.stakeholder?.notes],
  ['contactName', (row) => row.contact?.name],
  ['contactRole', (row) => row.contact?.role],
];

describe('cell limits (the schema’s own)', () => {
  it.each(STORED_TEXT)(
    '%s: a cell as long as the schema allows is imported whole; one character more is named, counted and cut with “…”',
    (field, stored) => {
      const limit = IMPORT_FIELD_MAX_LENGTH[field];
      const columns: ImportField[] =
        field === 'name'
          ? ['name']
          : field.startsWith('contact') && field !== 'contactName'
            ? ['name', 'contactName', field]
            : ['name', field];
      const row = (text: string, name: string) =>
        columns.map((column) => (column === field ? text : column === 'contactName' ? 'Lucia Esempio' : name));
      const [whole, tooLong] = previewImport(
        [row(cellOfLength(field, limit), 'Ente A'), row(cellOfLength(field, limit + 1), 'Ente B')],
        columns,
        [],
      );
      expect(whole).toMatchObject({ status: 'new', overLimit: [] });
      expect(stored(whole!)).toHaveLength(limit);
      expect(tooLong).toMatchObject({
        rowNumber: 3,
        status: 'new',
        overLimit: [{ column: columns.indexOf(field), length: limit + 1, limit }],
      });
      expect(stored(tooLong!)).toHaveLength(limit);
      expect(String(stored(tooLong!)).endsWith('…')).toBe(true);
      expect(stakeholderInputSchema.safeParse(tooLong!.stakeholder).success).toBe(true);
      if (tooLong!.contact)
        expect(contactInputSchema.safeParse({ ...tooLong!.contact, stakeholderId: 'x' }).success).toBe(true);
    },
  );

  it('takes notes of 20,000 characters, and 200 tags of 200 characters, whole', () => {
    expect(IMPORT_FIELD_MAX_LENGTH.notes).toBe(20_000);
    const tags = cellOfLength('tags', IMPORT_FIELD_MAX_LENGTH.tags);
    const [row] = previewImport([['Ente', 'n'.repeat(20_000), tags]], ['name', 'notes', 'tags'], []);
    expect(row).toMatchObject({ status: 'new', overLimit: [] });
    expect(row!.stakeholder!.notes).toHaveLength(20_000);
    expect(row!.stakeholder!.tags).toHaveLength(200);
  });

  it('counts a cell the reader already cut by its full length', () => {
    const [row] = previewImport(
      [{ number: 7, cells: ['Ente', 'n'.repeat(30)], fullLengths: [[1, 10_485_760]] }],
      ['name', 'notes'],
      [],
    );
    expect(row!.overLimit).toEqual([{ column: 1, field: 'notes', length: 10_485_760, limit: 20_000 }]);
  });

  it('says nothing of a long cell in a column that is not imported', () => {
    const [row] = previewImport(
      [{ number: 2, cells: ['Ente', 'n'.repeat(30)], fullLengths: [[1, 10_485_760]] }],
      ['name', ''],
      [],
    );
    expect(row!.overLimit).toEqual([]);
  });

  it('refuses a contact person the contact schema would refuse, before the import starts', () => {
    const emails = Array.from({ length: 21 }, (_, index) => `p${index}@example.org`).join('; ');
    const [row] = previewImport([['Ente', 'Lucia Esempio', emails]], ['name', 'contactName', 'contactEmail'], []);
    expect(row!.status).toBe('error');
  });
});

describe('numbers the spreadsheet may have rounded', () => {
  it('warns on the row when the cell is imported, not when its column is ignored', () => {
    const sheetRow = { number: 5, cells: ['Ente', 'Lucia Esempio', '1234567890123456800'], roundedColumns: [2] };
    const [imported] = previewImport([sheetRow], ['name', 'contactName', 'contactPhone'], []);
    expect(imported).toMatchObject({
      status: 'new',
      roundedNumbers: [{ column: 2, text: '1234567890123456800' }],
      contact: { phones: ['1234567890123456800'] },
    });
    const [ignored] = previewImport([sheetRow], ['name', 'contactName', ''], []);
    expect(ignored!.roundedNumbers).toEqual([]);
  });
});

describe('cell limits follow the schemas (review 15)', () => {
  const TEXT_SCHEMAS = [
    ['name', stakeholderFieldsSchema.shape.name],
    ['shortName', stakeholderFieldsSchema.shape.shortName],
    ['city', stakeholderFieldsSchema.shape.city],
    ['notes', stakeholderFieldsSchema.shape.notes],
    ['contactName', contactFieldsSchema.shape.name],
    ['contactRole', contactFieldsSchema.shape.role],
  ] as const;

  it.each(TEXT_SCHEMAS)('%s takes exactly the longest text its schema accepts', (field, schema) => {
    const limit = IMPORT_FIELD_MAX_LENGTH[field];
    expect(schema.safeParse('a'.repeat(limit)).success).toBe(true);
    expect(schema.safeParse('a'.repeat(limit + 1)).success).toBe(false);
  });

  it('takes as many tags, phones and email addresses as their schemas accept', () => {
    const items = (count: number, length: number) =>
      Array.from({ length: count }, (_, index) => String(index).padStart(length, 'x'));
    expect(stakeholderFieldsSchema.shape.tags.safeParse(items(200, 200)).success).toBe(true);
    expect(stakeholderFieldsSchema.shape.tags.safeParse(items(201, 200)).success).toBe(false);
    expect(IMPORT_FIELD_MAX_LENGTH.tags).toBe(200 * 200 + 199 * 2);
    expect(IMPORT_FIELD_MAX_LENGTH.contactPhone).toBe(200 * 200 + 199 * 2);
    expect(
      contactFieldsSchema.shape.emails.safeParse(items(21, 3).map((local) => `${local}@example.org`)).success,
    ).toBe(false);
    expect(IMPORT_FIELD_MAX_LENGTH.contactEmail).toBe(20 * 254 + 19 * 2);
  });
});

describe('cells the sheet shows otherwise (review 9, 10)', () => {
  it('carries the notes of imported cells only, with the text imported', () => {
    const sheetRow = {
      number: 4,
      cells: ['', 'Lazio', '0.15'],
      cellNotes: [
        { column: 0, kind: 'error' as const, shown: '#N/A' },
        { column: 2, kind: 'shown-as' as const, shown: '15%' },
      ],
    };
    const [imported] = previewImport([sheetRow], ['name', 'region', ''], []);
    expect(imported).toMatchObject({
      status: 'error',
      reasons: ['missing-name'],
      cellNotes: [{ column: 0, kind: 'error', shown: '#N/A', text: '' }],
    });
  });
});
