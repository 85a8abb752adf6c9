import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../../shared/domain/categories';
import { contactListTables } from '../../../shared/io/contactList';
import { narrowToStakeholders, type ExportData } from '../../../shared/io/exportData';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { translateOr } from '../../i18n/translate';
import { exportLabels } from './exportLabels';
import { readWorkbook } from './readSheets';
import { PARSE_LIMITS } from './parseProtocol';
import { writeXlsx } from './writeXlsx';

// The "Contact lists" button as the export worker runs it (exportWorker.ts: contactListTables,
// then writeXlsx), in the user's language, with the sheet label ExportSection sends for
// stakeholders without a region.

const sample: ExportData = { ...buildSampleNetwork('2026-12-07'), programmes: [] };

function contactListFile(data: ExportData, language: 'it' | 'en') {
  const labels = exportLabels(language, (id) => categoryLabel(id, language));
  const noRegionLabel = labels.sheet('noRegion');
  const tables = contactListTables(data, labels, { omitPersonalColumns: false, noRegionLabel });
  return { noRegionLabel, file: () => writeXlsx(XLSX, tables, { language }) };
}

function sheetsOf(bytes: Uint8Array) {
  const parsed = readWorkbook({ ...PARSE_LIMITS, bytes: bytes.slice().buffer, fileName: 'contatti.xlsx' });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.sheets;
}

describe('contact lists of a scope without contact persons', () => {
  it('give a file with the headers, not the SheetJS error "Workbook is empty"', () => {
    // The registry filtered to stakeholders nobody has a contact person for yet.
    const withoutContacts = new Set(
      sample.stakeholders
        .filter((stakeholder) => !sample.contacts.some((contact) => contact.stakeholderId === stakeholder.id))
        .map((stakeholder) => stakeholder.id),
    );
    expect(withoutContacts.size).toBeGreaterThan(0);
    const { file } = contactListFile(narrowToStakeholders(sample, withoutContacts), 'it');
    let failure = '';
    let sheets: ReturnType<typeof sheetsOf> = [];
    try {
      sheets = sheetsOf(file().bytes);
    } catch (error) {
      failure = String(error);
    }
    expect(failure, 'the export fails, and the user reads a generic error ending in English words').toBe('');
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Referenti']);
  });
});

describe('the contact list sheet of national, EU and international bodies', () => {
  it.each(['it', 'en'] as const)('is named in whole words of the map group, within 31 characters (%s)', (language) => {
    const { noRegionLabel, file } = contactListFile(sample, language);
    const names = sheetsOf(file().bytes).map((sheet) => sheet.name);
    expect(names, `sheet names: ${names.join(' | ')}`).toContain(noRegionLabel);
    expect(noRegionLabel.length).toBeLessThanOrEqual(31);
    const words = (text: string) => text.toLocaleLowerCase().split(/[ ,]+/);
    expect(
      words(translateOr(language, 'map.group.none', 'none')),
      `the tab "${noRegionLabel}" says other words than the map's group`,
    ).toEqual(expect.arrayContaining(words(noRegionLabel)));
  });
});
