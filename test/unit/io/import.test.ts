import { describe, expect, it } from 'vitest';
import { guessColumnFields, recogniseCategory, recogniseProvince } from '../../../shared/io/importFields';
import { previewImport } from '../../../shared/io/importPreview';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';

const existing = buildSampleNetwork('2026-11-22').stakeholders;

describe('column guessing', () => {
  it('recognises Italian and English headers, whatever the case and accents', () => {
    expect(guessColumnFields(['Ente', 'REGIONE', 'Città', 'Referente', 'E-mail', 'Telefono', 'Colonna strana'])).toEqual(['name', 'region', 'city', 'contactName', 'contactEmail', 'contactPhone', '']);
    expect(guessColumnFields(['Organisation', 'Region', 'Contact person', 'Role', 'Email'])).toEqual(['name', 'region', 'contactName', 'contactRole', 'contactEmail']);
  });

  it('never maps two columns to one field', () => {
    expect(guessColumnFields(['Nome', 'Name'])).toEqual(['name', '']);
  });
});

describe('value recognition', () => {
  it('guesses categories from the category text or the name', () => {
    expect(recogniseCategory('', 'ASL Napoli 3 Sud')).toBe('local-health-authority');
    expect(recogniseCategory('', 'CSM Distretto 12')).toBe('mental-health-service');
    expect(recogniseCategory('Prefettura', '')).toBe('prefecture');
    expect(recogniseCategory('Reception centre (CAS, SAI, CPA, hotspot)', '')).toBe('reception-centre');
    expect(recogniseCategory('', 'Cooperativa sociale Il Faro')).toBe('ngo');
    expect(recogniseCategory('', 'Bottega del caffè')).toBeNull();
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
      [7, 'error', ['invalid-email']],
    ]);
    expect(preview[0]!.stakeholder).toMatchObject({ region: 'sicilia', province: 'AG', categoryId: 'reception-centre', level: 'local', sector: 'reception' });
    expect(preview[0]!.contact).toEqual({ name: 'Lucia Esempio', role: '', emails: ['lucia@example.org'], phones: [] });
    expect(preview[1]!.existingId).toBe('sample-cam-asl-na1');
  });

  it('keeps what is known about a matched stakeholder and takes only what the sheet says', () => {
    const known = existing.find((stakeholder) => stakeholder.id === 'sample-cam-asl-na1')!;
    const [row] = previewImport([['ASL Napoli 1 Centro', 'Campania', 'NA', '', '']], fields, existing);
    expect(row!.stakeholder).toMatchObject({ name: 'ASL Napoli 1 Centro', shortName: known.shortName, influence: known.influence, guidelinesStage: known.guidelinesStage, province: 'NA' });
  });

  it('treats national bodies without a region as national', () => {
    const [row] = previewImport([['Ministero della Salute', '', '', '', '']], fields, []);
    expect(row!.stakeholder).toMatchObject({ region: null, level: 'national', categoryId: 'national-government' });
  });
});
