import { describe, expect, it } from 'vitest';
import type { Category } from '../domain/categories';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { guessColumnFields } from './importFields';
import { previewImport } from './importPreview';

// Category cells name the organisation's own categories too: a new stakeholder in one takes its
// usual sector, and a stakeholder in one is kept there though a default category has its label.

const COOPERATIVE: Category = {
  id: 'custom-cooperativa',
  labels: { it: 'Cooperativa sociale', en: 'Social cooperative' },
  defaultSector: 'civil-society',
};

describe('a new stakeholder in a category of the organisation’s own', () => {
  it('takes that category’s default sector when the sheet gives none', () => {
    const [row] = previewImport(
      [['Cooperativa Il Sole', 'Campania', 'Cooperativa sociale']],
      guessColumnFields(['Ente', 'Regione', 'Categoria']),
      [],
      () => null,
      new Map(),
      [COOPERATIVE],
    );
    expect(row?.status).toBe('new');
    expect(row?.stakeholder?.categoryId).toBe(COOPERATIVE.id);
    expect(
      row?.stakeholder?.sector,
      'the sector falls back to "other": defaultSector (stakeholderValues.ts) knows the default categories only',
    ).toBe('civil-society');
  });
});

describe('a category of the organisation’s own labelled like a default one', () => {
  it('is kept by a row that updates a stakeholder in it', () => {
    // The organisation's "Ospedale" (private clinics), exported with that label, read back.
    const privateHospital: Category = {
      id: 'custom-ospedale',
      labels: { it: 'Ospedale', en: 'Private clinic' },
      defaultSector: 'health',
    };
    const sample = buildSampleNetwork('2026-12-07').stakeholders[0]!;
    const stakeholder = { ...sample, categoryId: privateHospital.id };
    const [row] = previewImport(
      [[stakeholder.id, stakeholder.name, 'Ospedale']],
      guessColumnFields(['ID', 'Nome', 'Categoria']),
      [stakeholder],
      () => null,
      new Map(),
      [privateHospital],
    );
    expect(row?.status).toBe('update');
    expect(
      row?.stakeholder?.categoryId,
      're-importing its own export moves the stakeholder to the default category of the same label',
    ).toBe(privateHospital.id);
  });
});
