import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { guessColumnFields } from './importFields';
import { previewImport } from './importPreview';

// The faults of a messy Italian contact list (issue 17): near-duplicates of the sample's
// stakeholders imported as new, a within-file duplicate dropped with its note, one bad email
// refusing the whole row, a "last contact" column that could only be ignored.

const existing = buildSampleNetwork('2026-11-22').stakeholders;

describe('near-duplicates of stakeholders Trama has', () => {
  const fields = guessColumnFields(['Ente', 'Regione']);

  it('offers the similar stakeholder of the same region for each name written otherwise', () => {
    const preview = previewImport(
      [
        ['ASP Potenza', 'Basilicata'],
        ['ATS Milano Città Metropolitana', 'Lombardia'],
        ['ASL Roma 1 - Dipartimento Salute Mentale', 'Lazio'],
      ],
      fields,
      existing,
    );
    expect(preview.map((row) => [row.status, row.similar?.[0]?.id])).toEqual([
      ['similar', 'sample-bas-asp'],
      ['similar', 'sample-lom-ats-mi'],
      ['similar', 'sample-laz-dsm-rm1'],
    ]);
  });

  it('offers no other numbered unit', () => {
    const [roma2, napoli3] = previewImport(
      [
        ['ASL Roma 2 ', 'Lazio'],
        ['ASL Napoli 3', 'Campania'],
      ],
      fields,
      existing,
    );
    expect(roma2!.status).toBe('update');
    expect(roma2!.existingId).toBe('sample-laz-asl-rm2');
    expect(napoli3!.status).toBe('new');
    expect(napoli3!.similar ?? []).toEqual([]);
  });
});

describe('duplicates within the file', () => {
  it('merge into the first row, both notes kept', () => {
    const preview = previewImport(
      [
        ['CAS Il Gabbiano', 'Sicilia', 'Prima nota', ''],
        ['cas il gabbiano', 'SICILIA', 'Seconda nota', 'Palermo'],
      ],
      guessColumnFields(['Ente', 'Regione', 'Note', 'Città']),
      existing,
    );
    expect(preview[1]).toMatchObject({ status: 'duplicate', mergedInto: 2 });
    expect(preview[0]!.stakeholder?.notes).toContain('Prima nota');
    expect(preview[0]!.stakeholder?.notes).toContain('Seconda nota');
    expect(preview[0]!.stakeholder?.city).toBe('Palermo');
    expect(preview[0]!.mergedRows).toEqual([3]);
  });

  it('stay two records when they carry two ids, however alike their names (a file Trama wrote)', () => {
    const preview = previewImport(
      [
        ['11111111-1111-4111-8111-111111111111', 'p', 'Basilicata'],
        ['22222222-2222-4222-8222-222222222222', 'p"', 'Basilicata'],
        ['', 'P', 'Basilicata'],
      ],
      guessColumnFields(['ID', 'Ente', 'Regione']),
      [],
    );
    expect(preview.map((row) => row.status)).toEqual(['new', 'new', 'new']);
    expect(preview.map((row) => row.name)).toEqual(['p', 'p"', 'P']);
  });

  it('keep the contact person of each row', () => {
    const preview = previewImport(
      [
        ['CAS Il Gabbiano', 'Sicilia', 'Lucia Esempio'],
        ['CAS Il Gabbiano', 'Sicilia', 'Mario Prova'],
      ],
      guessColumnFields(['Ente', 'Regione', 'Referente']),
      existing,
    );
    expect(preview[0]!.contact?.name).toBe('Lucia Esempio');
    expect(preview[0]!.extraContacts?.map((contact) => contact.name)).toEqual(['Mario Prova']);
  });
});

describe('a bad field', () => {
  const fields = guessColumnFields(['Ente', 'Regione', 'Referente', 'Email']);

  it('is left out, said, and the rest of the row imported', () => {
    const [row] = previewImport([['SAI Vulture', 'Basilicata', 'Mario Prova', 'mario@@example']], fields, existing);
    expect(row!.status).toBe('new');
    expect(row!.leftOut).toEqual([
      { field: 'contactEmail', column: 3, reason: 'invalid-email', text: 'mario@@example' },
    ]);
    expect(row!.contact).toEqual({ name: 'Mario Prova', role: '', emails: [], phones: [] });
  });

  it('can be corrected in the preview', () => {
    const [row] = previewImport(
      [['SAI Vulture', 'Basilicata', 'Mario Prova', 'mario@@example']],
      fields,
      existing,
      undefined,
      new Map([[2, new Map([['contactEmail', 'mario@example.org']])]]),
    );
    expect(row!.leftOut ?? []).toEqual([]);
    expect(row!.contact?.emails).toEqual(['mario@example.org']);
    expect(row!.corrected).toEqual(['contactEmail']);
  });

  it('still refuses a row without a name', () => {
    const [row] = previewImport([['', 'Basilicata', 'Mario Prova', 'mario@@example']], fields, existing);
    expect(row!.status).toBe('error');
  });
});

describe('a last-contact column', () => {
  const fields = guessColumnFields(['Ente', 'Regione', 'Ultimo contatto']);

  it('is recognised and read as a date, day first as Italian lists write it', () => {
    expect(fields[2]).toBe('lastContact');
    const preview = previewImport(
      [
        ['CAS Il Gabbiano', 'Sicilia', '12/03/2026'],
        ['CAS Aurora', 'Sicilia', '2026-10-01'],
        ['CAS Sole', 'Sicilia', '31/02/2026'],
      ],
      fields,
      existing,
    );
    expect(preview.map((row) => row.lastContact)).toEqual(['2026-03-12', '2026-10-01', undefined]);
    expect(preview[2]!.status).toBe('new');
    expect(preview[2]!.leftOut?.[0]).toMatchObject({ field: 'lastContact', reason: 'invalid-date' });
  });
});
