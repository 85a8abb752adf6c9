import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../shared/io/importPreview';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { countImportChoices, cutKey } from './importChoices';

describe('the counts of an import preview', () => {
  const preview = previewImport(
    [
      { number: 2, cells: ['Ente A', 'breve'] },
      { number: 3, cells: ['Ente B', 'n'.repeat(20_001)] },
      { number: 4, cells: ['Ente C', ''] },
      { number: 5, cells: ['', ''] },
    ],
    ['name', 'notes'],
    [],
  );

  it('leaves a row with a cell over its limit out, and counts it apart from the rows skipped by hand', () => {
    const { counts, toImport } = countImportChoices(preview, new Set([4]), new Set());
    expect(counts).toEqual({ new: 1, update: 0, duplicate: 0, error: 1, skipped: 1, overLimit: 1 });
    expect(toImport.map((row) => row.rowNumber)).toEqual([2]);
  });

  it('imports that row, cut, once the user accepts it', () => {
    const { counts, toImport } = countImportChoices(
      preview,
      new Set(),
      new Set([cutKey(3, { column: 1, field: 'notes' })]),
    );
    expect(counts.overLimit).toBe(0);
    expect(toImport.map((row) => row.rowNumber)).toEqual([2, 3, 4]);
    expect(toImport[1]!.stakeholder!.notes).toHaveLength(20_000);
  });

  it('keeps a row out when only another of its cells was accepted cut (review 5)', () => {
    const [row] = previewImport(
      [{ number: 5, cells: ['Ente', 'n'.repeat(20_001), 'c'.repeat(301)] }],
      ['name', 'notes', 'city'],
      [],
    );
    const notesOnly = new Set([cutKey(5, { column: 1, field: 'notes' })]);
    expect(countImportChoices([row!], new Set(), notesOnly).counts.overLimit).toBe(1);
    // The same column going into another field is another decision.
    expect(
      countImportChoices([row!], new Set(), new Set([...notesOnly, cutKey(5, { column: 2, field: 'website' })])).counts
        .overLimit,
    ).toBe(1);
    expect(
      countImportChoices([row!], new Set(), new Set([...notesOnly, cutKey(5, { column: 2, field: 'city' })])).toImport,
    ).toHaveLength(1);
  });
});

describe('rows similar to stakeholders Trama has', () => {
  const existingList = buildSampleNetwork('2026-11-22').stakeholders;
  const existing = new Map(existingList.map((stakeholder) => [stakeholder.id, stakeholder]));
  const asp = existing.get('sample-bas-asp')!;
  const preview = previewImport(
    [
      ['ASP Potenza', 'Basilicata', 'Nuova nota', 'https://www.aspbasilicata.example.org', 'Lucia Esempio'],
      ['ASP Potenza', 'Basilicata', 'Seconda nota', '', 'Mario Prova'],
    ],
    ['name', 'region', 'notes', 'website', 'contactName'],
    existingList,
  );

  it('merge into the most similar one by default: its filled fields kept, empty ones filled, notes joined', () => {
    const { counts, toImport, merges } = countImportChoices(preview, new Set(), new Set(), new Map(), existing);
    expect(counts).toMatchObject({ new: 0, update: 1, duplicate: 1 });
    const [merged] = toImport;
    expect(merged).toMatchObject({ status: 'update', existingId: 'sample-bas-asp' });
    expect(merged!.stakeholder!.name).toBe(asp.name);
    expect(merged!.stakeholder!.notes).toContain('Nuova nota');
    expect(merged!.stakeholder!.notes).toContain('Seconda nota');
    if (asp.notes) expect(merged!.stakeholder!.notes).toContain(asp.notes);
    expect(merges.merged).toBe(2);
    expect(merges.fromFile).toBeGreaterThan(0);
  });

  it('take the file’s value where the user says so, or import as new', () => {
    const takeName = new Map([[2, { target: 'sample-bas-asp', fields: { name: 'file' as const } }]]);
    const { toImport } = countImportChoices(preview, new Set(), new Set(), takeName, existing);
    expect(toImport[0]!.stakeholder!.name).toBe('ASP Potenza');
    const asNew = new Map([[2, { target: 'new', fields: {} }]]);
    const separate = countImportChoices(preview, new Set(), new Set(), asNew, existing);
    expect(separate.toImport[0]).toMatchObject({ status: 'new', existingId: null });
    expect(separate.merges.merged).toBe(1);
  });
});

describe('rows of the file that reach the same stakeholder Trama has', () => {
  const existingList = buildSampleNetwork('2026-11-22').stakeholders;
  const existing = new Map(existingList.map((stakeholder) => [stakeholder.id, stakeholder]));
  const asp = existing.get('sample-bas-asp')!;
  const fields = ['id', 'name', 'region', 'notes', 'contactName', 'website'] as const;

  it('join into one write when one names it by id and another by its name', () => {
    const preview = previewImport(
      [
        ['sample-bas-asp', asp.name, 'Basilicata', 'Nota per id', 'Lucia Esempio', ''],
        ['', asp.name, 'Basilicata', 'Nota per nome', 'Mario Prova', 'https://uno.example.org'],
      ],
      [...fields],
      existingList,
    );
    expect(preview.map((row) => row.status)).toEqual(['update', 'duplicate']);
    const { toImport } = countImportChoices(preview, new Set(), new Set(), new Map(), existing);
    expect(toImport).toHaveLength(1);
    expect(toImport[0]!.stakeholder!.notes).toContain('Nota per id');
    expect(toImport[0]!.stakeholder!.notes).toContain('Nota per nome');
    expect(toImport[0]!.stakeholder!.website).toBe('https://uno.example.org');
    expect([toImport[0]!.contact?.name, ...(toImport[0]!.extraContacts ?? []).map((person) => person.name)]).toEqual([
      'Lucia Esempio',
      'Mario Prova',
    ]);
  });

  it('join into one write when a similar row is merged into the stakeholder another row updates', () => {
    const preview = previewImport(
      [
        ['', 'ASP Potenza', 'Basilicata', 'Nota simile', 'Lucia Esempio', 'https://due.example.org'],
        ['sample-bas-asp', asp.name, 'Basilicata', 'Nota esatta', 'Mario Prova', ''],
      ],
      [...fields],
      existingList,
    );
    expect(preview.map((row) => row.status)).toEqual(['similar', 'update']);
    const { toImport, counts, merges } = countImportChoices(preview, new Set(), new Set(), new Map(), existing);
    // Before: two writes of the same record, the second without the first's note and website.
    expect(toImport.map((row) => row.existingId)).toEqual(['sample-bas-asp']);
    const [merged] = toImport;
    expect(merged!.stakeholder!.notes).toContain('Nota simile');
    expect(merged!.stakeholder!.notes).toContain('Nota esatta');
    expect(merged!.stakeholder!.website).toBe('https://due.example.org');
    expect(merged!.mergedRows).toEqual([3]);
    expect(merged!.extraContacts?.map((person) => person.name)).toEqual(['Mario Prova']);
    expect(counts).toMatchObject({ update: 1, duplicate: 1 });
    expect(merges.merged).toBe(2);
  });

  it('keeps the later row apart, as refused, when the joined notes would pass their limit', () => {
    const preview = previewImport(
      [
        ['', 'ASP Potenza', 'Basilicata', 'a'.repeat(12_000), '', ''],
        ['sample-bas-asp', asp.name, 'Basilicata', 'b'.repeat(12_000), '', ''],
      ],
      [...fields],
      existingList,
    );
    const { toImport, counts, refusedJoins } = countImportChoices(preview, new Set(), new Set(), new Map(), existing);
    expect(toImport.map((row) => row.rowNumber)).toEqual([2]);
    expect(counts).toMatchObject({ update: 1, error: 1 });
    // Named, so the preview table says on that row why it is left out.
    expect([...refusedJoins]).toEqual([3]);
  });
});
