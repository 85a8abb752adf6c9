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
