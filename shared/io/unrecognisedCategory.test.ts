import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { guessColumnFields } from './importFields';
import { previewImport } from './importPreview';

// A level, attitude, stage, region or province the import does not recognise is left out
// and said ("unknown-value"). A category or sector cell it does not recognise must be said
// too: the preview table shows no category or sector, so "Centro diurno" turned into
// "Altro" is a change the user never sees.

const fields = guessColumnFields(['Ente', 'Regione', 'Categoria', 'Settore']);

const saysAbout = (row: ReturnType<typeof previewImport>[number], field: string) =>
  (row.leftOut ?? []).some((cell) => cell.field === field) || row.reasons.length > 0;

describe('category and sector cells that name nothing Trama knows', () => {
  const [row] = previewImport(
    [['Centro Diurno Aurora', 'Lazio', 'Centro diurno', 'Volontari e cittadinanza attiva']],
    fields,
    [],
    () => null,
  );

  it('says the category cell was not recognised', () => {
    expect(row?.status).toBe('new');
    expect(
      row!.stakeholder?.categoryId !== 'other' || saysAbout(row!, 'category'),
      `"Centro diurno" became category "${row!.stakeholder?.categoryId}" with no reason and nothing left out`,
    ).toBe(true);
  });

  it('says the sector cell was not recognised', () => {
    expect(
      row!.stakeholder?.sector !== 'other' || saysAbout(row!, 'sector'),
      `"Volontari e cittadinanza attiva" became sector "${row!.stakeholder?.sector}" with no reason and nothing left out`,
    ).toBe(true);
  });
});

describe('what the preview says of those cells', () => {
  const cells = ['Centro Diurno Aurora', 'Lazio', 'Centro diurno', 'Volontari e cittadinanza attiva'];

  it('leaves them out of a new stakeholder, which takes the guesses', () => {
    const [row] = previewImport([cells], fields, [], () => null);
    expect(row?.leftOut).toEqual([
      { field: 'category', column: 2, reason: 'unrecognised-category', text: 'Centro diurno' },
      { field: 'sector', column: 3, reason: 'unknown-sector', text: 'Volontari e cittadinanza attiva' },
    ]);
    expect(row?.stakeholder).toMatchObject({ categoryId: 'other', sector: 'other' });
  });

  it('takes the cells the user corrects in the preview', () => {
    const corrections = new Map([[2, new Map([['category', 'Ospedale'] as const, ['sector', 'Sanità'] as const])]]);
    const [row] = previewImport([cells], fields, [], () => null, corrections);
    expect(row?.leftOut).toBeUndefined();
    expect(row?.stakeholder).toMatchObject({ categoryId: 'hospital', sector: 'health' });
  });

  it('says nothing of cells naming a category and a sector', () => {
    const [row] = previewImport([['Ospedale San Camillo', 'Lazio', 'Ospedale', 'Sanità']], fields, [], () => null);
    expect(row?.leftOut).toBeUndefined();
    expect(row?.stakeholder).toMatchObject({ categoryId: 'hospital', sector: 'health' });
  });

  it('never changes the category or sector of a stakeholder Trama has, and says so once', () => {
    const known = buildSampleNetwork('2026-12-07').stakeholders.find((s) => s.region === 'lazio')!;
    const [row] = previewImport([[known.name, 'Lazio', 'Centro diurno', 'Volontari e cittadinanza attiva']], fields, [
      known,
    ]);
    expect(row?.status).toBe('update');
    expect(row?.stakeholder).toMatchObject({ categoryId: known.categoryId, sector: known.sector });
    expect(row?.leftOut?.map((cell) => [cell.field, cell.reason])).toEqual([
      ['category', 'unknown-category'],
      ['sector', 'unknown-sector'],
    ]);
  });
});
