import { describe, expect, it } from 'vitest';
import type { Programme } from '../domain/organisation';
import { previewImport } from './importPreview';
import { isProgrammeSheet, planProgrammes, previewProgrammeSheet } from './programmeImport';

// The programmes sheet read back, and the plan of which programmes an import adds and which
// it links: names that hold the list separator, hostile names, names no programme has.

const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const existing: Programme[] = [
  { id: 'programme-psychcare', name: 'PsychCare', shortName: 'PsychCare', description: '', ...STAMP },
  {
    id: 'programme-amif',
    name: 'AMIF Basilicata – rete dei servizi sanitari per i migranti',
    shortName: 'AMIF Basilicata',
    description: '',
    ...STAMP,
  },
];
const HEADER = ['ID', 'Nome', 'Nome breve', 'Descrizione'];

describe('the programmes sheet', () => {
  it('is recognised by its headers in either language, and no other sheet is', () => {
    expect(isProgrammeSheet(HEADER)).toBe(true);
    expect(isProgrammeSheet(['ID', 'Name', 'Short name', 'Description'])).toBe(true);
    expect(isProgrammeSheet(['ID', 'Name', 'Short name', 'Category', 'Notes'])).toBe(false);
    expect(isProgrammeSheet(['Nome'])).toBe(false);
  });

  it('keeps a programme Trama has (same id, or same name), adds the others once, and says why a row cannot be taken', () => {
    const rows = previewProgrammeSheet(
      HEADER,
      [
        ['programme-psychcare', 'PsychCare (renamed elsewhere)', '', ''],
        ['other-id', 'psychcare', '', ''],
        ['p-new', 'Rete salute migranti; fase 2', 'RSM 2', 'Tavoli territoriali'],
        ['p-new-again', 'RETE SALUTE MIGRANTI; FASE 2', '', ''],
        ['p-empty', '', 'x', ''],
        ['p-long', 'n'.repeat(201), '', ''],
        ['__proto__', 'constructor', '', ''],
      ],
      existing,
    );
    expect(rows.map((row) => [row.rowNumber, row.status, row.existingId, row.reasons])).toEqual([
      [2, 'existing', 'programme-psychcare', []],
      [3, 'existing', 'programme-psychcare', []],
      [4, 'new', null, []],
      [5, 'duplicate', null, []],
      [6, 'error', null, ['missing-name']],
      [7, 'error', null, ['cell-too-long']],
      [8, 'new', null, []],
    ]);
    expect(rows[2]!.programme).toEqual({
      name: 'Rete salute migranti; fase 2',
      shortName: 'RSM 2',
      description: 'Tavoli territoriali',
    });
  });

  it('keeps a description as written (its indentation and blank lines), and trims the names', () => {
    const description = 'Obiettivi:\n  - tavoli territoriali\n\n  - formazione\n';
    const [row] = previewProgrammeSheet(HEADER, [['p-new', '  Rete salute  ', ' RSM ', description]], existing);
    expect(row!.programme).toEqual({ name: 'Rete salute', shortName: 'RSM', description });
  });
});

describe('planProgrammes', () => {
  const sheet = previewProgrammeSheet(
    HEADER,
    [
      ['programme-psychcare', 'PsychCare', '', ''],
      ['p-new', 'Rete salute migranti; fase 2', 'RSM 2', ''],
    ],
    existing,
  );

  it('adds the new programmes of the sheet and links the names of the stakeholders’ cells, a name holding “; ” included', () => {
    const cells = [['Rete salute migranti', 'fase 2', 'PsychCare'], ['AMIF Basilicata'], ['rsm 2']];
    const plan = planProgrammes(sheet, cells, existing);
    expect(plan.toCreate.map((programme) => programme.name)).toEqual(['Rete salute migranti; fase 2']);
    expect(plan.existing).toBe(1);
    const added = plan.toCreate[0]!.id;
    expect(plan.idsOf(cells[0]!)).toEqual([added, 'programme-psychcare']);
    expect(plan.idsOf(cells[1]!)).toEqual(['programme-amif']);
    expect(plan.idsOf(cells[2]!)).toEqual([added]);
  });

  it('adds a name no programme has once, and splits a list written with commas when each part is a programme', () => {
    const plan = planProgrammes(
      [],
      [['PsychCare, AMIF Basilicata'], ['Nuovo progetto, fase 1'], ['nuovo progetto, FASE 1']],
      existing,
    );
    expect(plan.toCreate.map((programme) => programme.name)).toEqual(['Nuovo progetto, fase 1']);
    expect(plan.idsOf(['PsychCare, AMIF Basilicata'])).toEqual(['programme-psychcare', 'programme-amif']);
    expect(plan.idsOf(['nuovo progetto, fase 1'])).toEqual([plan.toCreate[0]!.id]);
  });

  it('reads a cell of 20,000 separators and hostile names without going quadratic or polluting objects', () => {
    const parts = Array.from({ length: 20_000 }, (_, index) => (index % 2 ? '__proto__' : 'constructor'));
    const plan = planProgrammes([], [parts], existing);
    expect(plan.toCreate.map((programme) => programme.name)).toEqual(['constructor', '__proto__']);
    expect(plan.idsOf(parts)).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the stakeholders' programme column", () => {
  it('carries the names as written, and leaves out (and says) a cell naming a programme longer than a programme can be', () => {
    const [named, tooLong, none] = previewImport(
      [
        ['Ente A', 'PsychCare; Rete salute migranti'],
        ['Ente B', `PsychCare; ${'p'.repeat(201)}`],
        ['Ente C', ''],
      ],
      ['name', 'programmes'],
      [],
    );
    expect(named).toMatchObject({
      status: 'new',
      programmes: ['PsychCare', 'Rete salute migranti'],
      stakeholder: { programmeIds: [] },
    });
    // The rest of the row imports (issue 17): only the refused cell is left out, and named.
    expect(tooLong).toMatchObject({ status: 'new', leftOut: [{ field: 'programmes', reason: 'invalid-programme' }] });
    expect(tooLong!.programmes).toBeUndefined();
    expect(none!.programmes).toBeUndefined();
  });
});
