import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createProgramme } from '../../db/repositories/organisation';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { StakeholderProfile } from './StakeholderProfile';

// The profile names and writes a stakeholder's values as its spreadsheet columns do: a field
// added with its column shows here without being named in the profile.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function definitions(): Record<string, string> {
  const list = within(screen.getByRole('region', { name: /Profil/ }));
  const terms = list.getAllByRole('term').map((term) => term.textContent ?? '');
  const values = list.getAllByRole('definition').map((value) => value.textContent ?? '');
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}

describe('the stakeholder’s profile', () => {
  it('shows each column the record fills, named as the spreadsheets name it, in Italian', async () => {
    const programme = await createProgramme(db, { name: 'PsychCare 2' });
    const stakeholder = await createStakeholder(
      db,
      stakeholderInput({
        shortName: 'ASL NA1',
        city: 'Napoli',
        tags: ['salute mentale', 'rete'],
        programmeIds: [programme.id],
        website: 'https://www.aslnapoli1centro.it',
      }),
    );
    render(
      <I18nProvider initialLanguage="it">
        <StakeholderProfile stakeholder={stakeholder} />
      </I18nProvider>,
    );
    await waitFor(() => expect(definitions()['Programmi']).toBe('PsychCare 2'));
    expect(definitions()).toEqual({
      'Nome breve': 'ASL NA1',
      Categoria: 'Azienda sanitaria locale (ASL/ASP/ATS/ASST)',
      Livello: 'Locale',
      // City, province and region: a place, not only the region.
      Luogo: 'Napoli, NA, Campania',
      Settore: 'Sanità',
      'Fase delle linee guida': 'Informato',
      'Influenza (1–5)': '4',
      'Interesse / sostegno (1–5)': '3',
      Atteggiamento: 'Sostenitore',
      Etichette: 'salute mentale; rete',
      Programmi: 'PsychCare 2',
      'Sito web': 'https://www.aslnapoli1centro.it',
    });
  });
});

describe('the stakeholder’s notes', () => {
  it('fold when long (up to 20,000 characters) with “Mostra altro” and “Mostra meno”', async () => {
    const notes = `Referente: Dott.ssa Anna Finta.\n${'Riunione del tavolo regionale. '.repeat(640)}`.slice(0, 20_000);
    const stakeholder = await createStakeholder(db, stakeholderInput({ notes }));
    render(
      <I18nProvider initialLanguage="it">
        <StakeholderProfile stakeholder={stakeholder} />
      </I18nProvider>,
    );
    const profile = screen.getByRole('region', { name: /Profil/ });
    expect(profile.textContent).toContain('Referente: Dott.ssa Anna Finta.');
    expect(profile.textContent).not.toContain(notes);
    fireEvent.click(within(profile).getByRole('button', { name: 'Mostra altro' }));
    expect(profile.textContent).toContain(notes);
    fireEvent.click(within(profile).getByRole('button', { name: 'Mostra meno' }));
    expect(profile.textContent).not.toContain(notes);
  });
});
