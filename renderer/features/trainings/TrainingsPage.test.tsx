import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStaffMember } from '../../db/repositories/organisation';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { createTraining } from '../../db/repositories/trainings';
import { I18nProvider } from '../../i18n/I18nProvider';
import { TrainingsPage } from './TrainingsPage';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };

function renderPage(language: 'en' | 'it' = 'en') {
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <TrainingsPage route={{ section: 'trainings', query: {} }} />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

describe('the trainings page', () => {
  it('records a training with a trainer and an attendee, edits it, deletes it and brings it back with Undo', async () => {
    const centre = await createStakeholder(db, stakeholderInput({ name: 'CAS Esempio' }));
    await createContact(db, contactInput(centre.id, { name: 'Anna Prova' }));
    await createStaffMember(db, { name: 'Giulia Formatrice' });
    renderPage();

    expect(await screen.findByRole('heading', { name: 'No trainings yet' }, FIRST_ANSWER)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'New training' })[0]!);
    const form = screen.getByRole('dialog', { name: 'New training' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Title' }), {
      target: { value: 'Le linee guida nei CAS' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Region' }), { target: { value: 'campania' } });
    fireEvent.change(within(form).getByLabelText('Date (or first day)'), { target: { value: '2026-10-05' } });
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Giulia Formatrice' }));
    const picker = within(form).getByRole('combobox', { name: 'Add an attendee' });
    fireEvent.change(picker, { target: { value: 'anna' } });
    fireEvent.mouseDown(await within(form).findByRole('option', { name: /Anna Prova/ }));
    expect(within(form).getByRole('button', { name: 'Remove Anna Prova from the attendees' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const table = await screen.findByRole('table', { name: 'Trainings' });
    const row = within(table).getByRole('row', { name: /Le linee guida nei CAS/ });
    expect(within(row).getByText('1 attendee')).toBeTruthy();
    expect(within(row).getByText('Campania')).toBeTruthy();
    const [stored] = await db.trainings.toArray();
    expect(stored).toMatchObject({ title: 'Le linee guida nei CAS', date: '2026-10-05', region: 'campania' });
    expect(stored!.trainerIds).toHaveLength(1);

    fireEvent.click(within(row).getByRole('button', { name: 'Edit Le linee guida nei CAS' }));
    const editForm = screen.getByRole('dialog', { name: 'Edit training' });
    fireEvent.change(within(editForm).getByRole('textbox', { name: 'Title' }), {
      target: { value: 'Linee guida: secondo modulo' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('row', { name: /Linee guida: secondo modulo/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete Linee guida: secondo modulo' }));
    const confirmation = screen.getByRole('dialog', { name: 'Delete “Linee guida: secondo modulo”?' });
    expect(await within(confirmation).findByText('Nothing else refers to it.')).toBeTruthy();
    fireEvent.click(within(confirmation).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: 'No trainings yet' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('row', { name: /Linee guida: secondo modulo/ })).toBeTruthy();
  });

  it('shows what is wrong next to the fields and saves nothing', async () => {
    renderPage('it');
    fireEvent.click((await screen.findAllByRole('button', { name: 'Nuova formazione' }, FIRST_ANSWER))[0]!);
    const form = screen.getByRole('dialog', { name: 'Nuova formazione' });
    fireEvent.change(within(form).getByLabelText('Data (o primo giorno)'), { target: { value: '2026-10-05' } });
    fireEvent.change(within(form).getByLabelText('Ultimo giorno'), { target: { value: '2026-10-01' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Note' }), { target: { value: 'x'.repeat(20_001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));

    expect(await within(form).findByRole('textbox', { name: 'Titolo', description: 'Obbligatorio.' })).toBeTruthy();
    expect(
      within(form).getByRole('textbox', { name: 'Note', description: 'Troppo lungo: al massimo 20.000 caratteri.' }),
    ).toBeTruthy();
    // The dates are compared once every field is valid.
    fireEvent.change(within(form).getByRole('textbox', { name: 'Titolo' }), { target: { value: 'Formazione' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Note' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(within(form).getByLabelText('Ultimo giorno').getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('La data di fine precede quella di inizio.')).toBeTruthy();
    expect(await db.trainings.count()).toBe(0);
  });

  it('counts the centres of attendees as covered and lists the facilities nobody was trained in, by province', async () => {
    const reception = { sector: 'reception', categoryId: 'reception-centre', region: 'campania' } as const;
    const casNapoli = await createStakeholder(
      db,
      stakeholderInput({ ...reception, name: 'CAS Napoli', province: 'NA' }),
    );
    const saiCaserta = await createStakeholder(
      db,
      stakeholderInput({ ...reception, name: 'SAI Caserta', province: 'CE' }),
    );
    await createStakeholder(db, stakeholderInput({ ...reception, name: 'CAS Aversa', province: 'CE' }));
    const prefettura = await createStakeholder(
      db,
      stakeholderInput({ ...reception, categoryId: 'prefecture', name: 'Prefettura di Napoli', province: 'NA' }),
    );
    const people = await Promise.all(
      [casNapoli, saiCaserta, prefettura].map((stakeholder, index) =>
        createContact(db, contactInput(stakeholder.id, { name: `Persona ${index}` })),
      ),
    );
    await createTraining(db, {
      title: 'Linee guida',
      topic: '',
      date: '2026-10-05',
      attendeeIds: people.map((person) => person.id),
    });
    renderPage();

    const table = await screen.findByRole('table', { name: 'People trained by region' }, FIRST_ANSWER);
    const campania = within(table).getByRole('row', { name: /Campania/ });
    expect(
      within(campania)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '2', '1', '0', '0', '0']);
    expect(screen.getByText(/3 people trained in 1 training/)).toBeTruthy();
    const gaps = screen.getByText('Campania – Caserta: 1 facility').closest('details')!;
    expect(within(gaps).getByRole('link', { name: 'CAS Aversa', hidden: true }).getAttribute('href')).toMatch(
      /^#\/stakeholders\//,
    );
    // Covered centres and the Prefettura (an office, not a facility) are not gaps.
    expect(screen.queryByText(/Campania – Napoli/)).toBeNull();
  });
});
