import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { StakeholderFormDialog } from './StakeholderFormDialog';

// The form names a stakeholder's fields as its spreadsheet columns do (shared/io/columns),
// and carries every field from the record to the form and back.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the stakeholder form', () => {
  it('names its fields as the columns do, and saves an edit leaving the other fields as they were', async () => {
    const stakeholder = await createStakeholder(
      db,
      stakeholderInput({
        shortName: 'ASL NA1',
        city: 'Napoli',
        website: 'https://www.aslnapoli1centro.it',
        tags: ['rete'],
        notes: 'Referente: Dott.ssa Anna Finta',
      }),
    );
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <StakeholderFormDialog stakeholder={stakeholder} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: `Modifica ${stakeholder.name}` });
    for (const label of [
      'Nome',
      'Nome breve',
      'Categoria',
      'Settore',
      'Livello',
      'Regione',
      'Provincia',
      'Città',
      'Influenza (1–5)',
      'Interesse / sostegno (1–5)',
      'Atteggiamento',
      'Fase delle linee guida',
      'Sito web',
      'Etichette',
      'Note',
    ]) {
      expect(within(dialog).getByLabelText(label, { exact: true }), label).toBeDefined();
    }
    fireEvent.change(within(dialog).getByLabelText('Città', { exact: true }), { target: { value: 'Napoli Centro' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const { updatedAt: _after, ...saved } = (await db.stakeholders.get(stakeholder.id))!;
    const { updatedAt: _before, ...before } = stakeholder;
    expect(saved).toEqual({ ...before, city: 'Napoli Centro' });
  });
});

describe('a new stakeholder similar to one already in Trama', () => {
  it('is pointed out, with a link, as its name is typed; the save is not blocked', async () => {
    const asp = await createStakeholder(
      db,
      stakeholderInput({
        name: 'ASP Basilicata – Azienda Sanitaria di Potenza',
        region: 'basilicata',
        province: 'PZ',
      }),
    );
    await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 2', region: 'lazio', province: 'RM' }));
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <StakeholderFormDialog onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Nome', { exact: true }), { target: { value: 'ASP Potenza' } });
    const link = await within(dialog).findByRole('link', { name: asp.name }, { timeout: 3000 });
    expect(link.getAttribute('href')).toContain(asp.id);
    expect(within(dialog).getByText('Esistono già stakeholder simili:')).toBeDefined();
    // Another numbered unit is no match.
    fireEvent.change(within(dialog).getByLabelText('Nome', { exact: true }), { target: { value: 'ASL Roma 1' } });
    await waitFor(() => expect(within(dialog).queryByRole('link')).toBeNull(), { timeout: 3000 });
    expect(within(dialog).getByRole('button', { name: 'Salva' })).toHaveProperty('disabled', false);
  });
});
