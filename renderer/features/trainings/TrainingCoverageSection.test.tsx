import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../shared/domain/common';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { createTraining } from '../../db/repositories/trainings';
import { I18nProvider } from '../../i18n/I18nProvider';
import { TrainingsPage } from './TrainingsPage';
import { STAKEHOLDERS_SHOWN } from './StakeholderTrainingTable';

// Issue 18 item 3: who the trainings reached, per stakeholder, and only once they are held.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** The first live query of a cold run can take a while to answer. */
const FIRST_ANSWER = { timeout: 5000 };
const reception = { sector: 'reception', categoryId: 'reception-centre', region: 'campania' } as const;
const nextYear = () => `${Number(localIsoDate().slice(0, 4)) + 1}-03-10`;

function renderPage(language: 'en' | 'it' = 'en') {
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <TrainingsPage route={{ section: 'trainings', query: {} }} />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('who the trainings reached', () => {
  it('lists the people trained per stakeholder, the most first, each linked to its page', async () => {
    // Created in an order that is neither the people's nor the names'.
    const asl = await createStakeholder(
      db,
      stakeholderInput({ name: 'ASL Salerno', region: 'campania', province: 'SA' }),
    );
    const ambulatorio = await createStakeholder(
      db,
      stakeholderInput({ name: 'Ambulatorio Matera', region: 'basilicata', province: 'MT' }),
    );
    const cas = await createStakeholder(db, stakeholderInput({ ...reception, name: 'CAS Napoli', province: 'NA' }));
    const [anna, marco] = await Promise.all(
      ['Anna Prova', 'Marco Esempio'].map((name) => createContact(db, contactInput(cas.id, { name }))),
    );
    const luisa = await createContact(db, contactInput(asl.id, { name: 'Luisa Sanitaria' }));
    const piero = await createContact(db, contactInput(ambulatorio.id, { name: 'Piero Medico' }));
    await createTraining(db, {
      title: 'Linee guida',
      topic: '',
      date: '2025-10-05',
      attendeeIds: [anna!.id, marco!.id, luisa.id, piero.id],
    });
    // Anna again: a second training for her centre, still two people trained there.
    await createTraining(db, { title: 'Secondo modulo', topic: '', date: '2025-11-05', attendeeIds: [anna!.id] });
    renderPage();

    const table = await screen.findByRole('table', { name: 'People trained per stakeholder' }, FIRST_ANSWER);
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(cellsOf(header!)).toEqual(['Stakeholder', 'Region', 'Kind of work', 'People trained', 'Trainings attended']);
    expect(rows.map(cellsOf)).toEqual([
      ['CAS Napoli', 'Campania', 'Reception facility operators', '2', '2'],
      ['Ambulatorio Matera', 'Basilicata', 'Health workers', '1', '1'],
      ['ASL Salerno', 'Campania', 'Health workers', '1', '1'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'CAS Napoli' }).getAttribute('href')).toBe(
      `#/stakeholders/${cas.id}`,
    );
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('counts trainings up to today: one planned for next year trains nobody yet and leaves its facility a gap', async () => {
    const cas = await createStakeholder(db, stakeholderInput({ ...reception, name: 'CAS Napoli', province: 'NA' }));
    const anna = await createContact(db, contactInput(cas.id, { name: 'Anna Prova' }));
    await createTraining(db, { title: 'Corso di primavera', topic: '', date: nextYear(), attendeeIds: [anna.id] });
    renderPage();

    const table = await screen.findByRole('table', { name: 'People trained by region' }, FIRST_ANSWER);
    const campania = within(table).getByRole('row', { name: /Campania/ });
    expect(
      within(campania).getAllByRole('cell')[0]!.textContent,
      'a training dated in the future counts its attendees as people trained',
    ).toBe('0');
    expect(screen.getByText(/0 people trained in 0 trainings/)).toBeTruthy();
    expect(screen.getByText('1 training planned after today is not counted yet.')).toBeTruthy();
    expect(
      screen.queryByText('Campania – Napoli: 1 facility'),
      'a CAS whose operator is only registered for a future training is not listed as a gap',
    ).not.toBeNull();
    expect(screen.queryByRole('table', { name: 'People trained per stakeholder' })).toBeNull();
    expect(screen.getByText('Nobody has been trained yet.')).toBeTruthy();
  });

  it('counts a training held today, and says nothing of planned ones when there are none', async () => {
    const cas = await createStakeholder(db, stakeholderInput({ ...reception, name: 'CAS Napoli', province: 'NA' }));
    const anna = await createContact(db, contactInput(cas.id, { name: 'Anna Prova' }));
    await createTraining(db, { title: 'Oggi', topic: '', date: localIsoDate(), attendeeIds: [anna.id] });
    renderPage();

    const table = await screen.findByRole('table', { name: 'People trained per stakeholder' }, FIRST_ANSWER);
    expect(within(table).getByRole('row', { name: /CAS Napoli/ })).toBeTruthy();
    expect(screen.getByText('Every reception facility has at least one trained operator.')).toBeTruthy();
    expect(screen.queryByText(/planned after today/)).toBeNull();
  });

  it('shows the first stakeholders of a long list and the rest on demand', async () => {
    const total = STAKEHOLDERS_SHOWN + 5;
    const attendeeIds: string[] = [];
    for (let index = 0; index < total; index += 1) {
      const name = `CAS ${String(index).padStart(2, '0')}`;
      const centre = await createStakeholder(db, stakeholderInput({ ...reception, name }));
      attendeeIds.push((await createContact(db, contactInput(centre.id, { name: `Operatore ${index}` }))).id);
    }
    await createTraining(db, { title: 'Linee guida', topic: '', date: '2025-10-05', attendeeIds });
    renderPage();

    const table = await screen.findByRole('table', { name: 'People trained per stakeholder' }, FIRST_ANSWER);
    expect(within(table).getAllByRole('row')).toHaveLength(STAKEHOLDERS_SHOWN + 1);
    const showAll = screen.getByRole('button', { name: `Show all ${total} stakeholders` });
    expect(showAll.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(showAll);
    expect(within(table).getAllByRole('row')).toHaveLength(total + 1);
    expect(within(table).getByRole('row', { name: /CAS 24/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Show only the first ${STAKEHOLDERS_SHOWN}` }));
    expect(within(table).getAllByRole('row')).toHaveLength(STAKEHOLDERS_SHOWN + 1);
  });

  it('speaks Italian', async () => {
    const cas = await createStakeholder(db, stakeholderInput({ ...reception, name: 'CAS Napoli', province: 'NA' }));
    const [anna, marco] = await Promise.all(
      ['Anna Prova', 'Marco Esempio'].map((name) => createContact(db, contactInput(cas.id, { name }))),
    );
    await createTraining(db, { title: 'Linee guida', topic: '', date: '2025-10-05', attendeeIds: [anna!.id] });
    await createTraining(db, { title: 'Corso 1', topic: '', date: nextYear(), attendeeIds: [marco!.id] });
    await createTraining(db, { title: 'Corso 2', topic: '', date: nextYear(), attendeeIds: [marco!.id] });
    renderPage('it');

    const table = await screen.findByRole('table', { name: 'Persone formate per stakeholder' }, FIRST_ANSWER);
    expect(cellsOf(within(table).getByRole('row', { name: /CAS Napoli/ }))).toEqual([
      'CAS Napoli',
      'Campania',
      'Operatori dei centri di accoglienza',
      '1',
      '1',
    ]);
    expect(screen.getByText('2 formazioni in programma dopo oggi non sono ancora contate.')).toBeTruthy();
  });
});
