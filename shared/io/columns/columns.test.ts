import { describe, expect, it } from 'vitest';
import { contactFieldsSchema } from '../../domain/contact';
import { LANGUAGES } from '../../domain/enums';
import { programmeFieldsSchema } from '../../domain/organisation';
import { stakeholderFieldsSchema } from '../../domain/stakeholder';
import { buildSampleNetwork } from '../../sample/sampleNetwork';
import type { ExportLabels } from '../exportData';
import {
  CONTACT_IMPORTS,
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELD_MAX_LENGTH,
  PROGRAMME_IMPORTS,
  STAKEHOLDER_IMPORTS,
} from '../importFields';
import { buildWorkbookTables } from '../workbookTables';
import { foldHeader, recognisedHeaders } from './columnDescriptor';
import { CONTACT_COLUMNS, type ContactColumn } from './contactColumns';
import { PROGRAMME_COLUMNS } from './programmeColumns';
import { STAKEHOLDER_COLUMNS } from './stakeholderColumns';

// The descriptors are the one list of a record's spreadsheet columns: what the export
// writes, what the import offers and reads, what the list on screen shows (its own test,
// StakeholderTable.test.tsx). Adding a column is adding a descriptor; these tests fail when
// a schema gains a field no descriptor reads, or when a list is spelled out again elsewhere.

const LABELS: ExportLabels = {
  header: (key, own) => own?.en ?? key,
  sheet: (key) => key,
  value: (kind, value) => `${kind}:${value}`,
  category: (id) => id,
  yes: 'yes',
  no: 'no',
};
const sample = buildSampleNetwork('2026-11-22');
const keysOf = (columns: ReadonlyArray<{ key: string }>) => columns.map((column) => column.key);
const sorted = (values: Iterable<string>) => [...values].sort();

describe('column descriptors', () => {
  it('read every field of the stakeholder schema, each from one column, and the id and programmes a row names', () => {
    const fills = STAKEHOLDER_IMPORTS.flatMap((column) => column.reading.fills);
    const fields = Object.keys(stakeholderFieldsSchema.shape).filter((key) => key !== 'programmeIds');
    expect(sorted(fills)).toEqual(sorted([...fields, 'id', 'programmes']));
  });

  it('read a contact person and a programme into fields their schemas have', () => {
    const contactFields = Object.keys(contactFieldsSchema.shape);
    expect(CONTACT_IMPORTS.flatMap((column) => column.reading.fills).every((key) => contactFields.includes(key))).toBe(
      true,
    );
    expect(sorted(PROGRAMME_IMPORTS.flatMap((column) => column.reading.fills))).toEqual(
      sorted([...Object.keys(programmeFieldsSchema.shape), 'id']),
    );
  });

  it('have unique keys and a header in every language', () => {
    for (const columns of [STAKEHOLDER_COLUMNS, CONTACT_COLUMNS, PROGRAMME_COLUMNS]) {
      expect(new Set(keysOf(columns)).size).toBe(columns.length);
      for (const column of columns)
        for (const language of LANGUAGES) expect(column.header[language].trim()).not.toBe('');
    }
  });

  it('write their aliases as the import compares headers (folded), or they would never match', () => {
    for (const column of [...STAKEHOLDER_IMPORTS, ...CONTACT_IMPORTS, ...PROGRAMME_IMPORTS])
      for (const alias of column.reading.aliases) expect(foldHeader(alias)).toBe(alias);
  });

  it('never let one header name two fields of the same sheet', () => {
    for (const imports of [[...STAKEHOLDER_IMPORTS, ...CONTACT_IMPORTS], PROGRAMME_IMPORTS]) {
      const fieldsOf = new Map<string, string[]>();
      for (const column of imports)
        for (const header of column.recognised) fieldsOf.set(header, [...(fieldsOf.get(header) ?? []), column.field]);
      expect([...fieldsOf].filter(([, fields]) => fields.length > 1)).toEqual([]);
    }
  });

  it('are the stakeholder, contact and programme sheets of the export, in their order', () => {
    const tables = buildWorkbookTables({ ...sample, programmes: [] }, LABELS, { omitPersonalColumns: false });
    const sheet = (name: string) => tables.find((table) => table.name === name)!;
    expect(keysOf(sheet('stakeholders').columns)).toEqual(keysOf(STAKEHOLDER_COLUMNS));
    expect(keysOf(sheet('contacts').columns)).toEqual(keysOf(CONTACT_COLUMNS));
    expect(keysOf(sheet('programmes').columns)).toEqual(keysOf(PROGRAMME_COLUMNS));
    expect(sheet('stakeholders').columns.map((column) => column.header)).toEqual(
      STAKEHOLDER_COLUMNS.map((column) => column.header.en),
    );
    expect(sheet('stakeholders').rows[0]).toHaveLength(STAKEHOLDER_COLUMNS.length);
  });

  it('leave out exactly the personal columns when asked', () => {
    const contacts = buildWorkbookTables({ ...sample, programmes: [] }, LABELS, { omitPersonalColumns: true })[1]!;
    const columns: readonly ContactColumn[] = CONTACT_COLUMNS;
    expect(keysOf(contacts.columns)).toEqual(keysOf(columns.filter((column) => !column.isPersonal)));
    expect(columns.filter((column) => column.isPersonal).map((column) => column.key)).toEqual(['emails', 'phones']);
  });

  it('are the fields the import offers, each named in both languages, with its limit', () => {
    const imported = [...STAKEHOLDER_COLUMNS, ...CONTACT_COLUMNS].flatMap((column) =>
      'import' in column ? [column.import.field] : [],
    );
    // The last-contact column is the import's own (a dated contact), not an export column.
    expect(IMPORT_FIELDS).toEqual([...imported, 'lastContact']);
    for (const field of IMPORT_FIELDS) {
      for (const language of LANGUAGES) expect(IMPORT_FIELD_LABELS[field][language]).toMatch(/\S/);
      expect(IMPORT_FIELD_MAX_LENGTH[field]).toBeGreaterThan(0);
    }
    // Written for the reader only: an import stamps its own time.
    expect(STAKEHOLDER_COLUMNS.filter((column) => !('import' in column)).map((column) => column.key)).toEqual([
      'updatedAt',
    ]);
  });

  it('recognise their own headers, in either language, whatever the case and accents', () => {
    const [city] = STAKEHOLDER_COLUMNS.filter((column) => column.key === 'city');
    expect(recognisedHeaders(city!)).toContain('citta');
    const [influence] = STAKEHOLDER_COLUMNS.filter((column) => column.key === 'influence');
    expect([...recognisedHeaders(influence!)]).toEqual(
      expect.arrayContaining(['influence', 'influenza', 'influence 1 5', 'influenza 1 5']),
    );
  });
});
