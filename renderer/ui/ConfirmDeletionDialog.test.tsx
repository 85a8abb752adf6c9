import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../app/notifications/NotificationsProvider';
import type { DeletionReach } from '../db/cascade';
import { I18nProvider } from '../i18n/I18nProvider';
import { ConfirmDeletionDialog } from './ConfirmDeletionDialog';

function renderDialog(language: 'en' | 'it', reach: DeletionReach) {
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ConfirmDeletionDialog
          title="ASL Napoli 1 Centro"
          preview={async () => reach}
          onConfirm={vi.fn()}
          onClose={vi.fn()}
        />
      </NotificationsProvider>
    </I18nProvider>,
  );
  return screen.findByRole('dialog', { name: 'ASL Napoli 1 Centro' });
}

describe('the confirmation of a stakeholder’s deletion', () => {
  it('says, table by table, what goes with it and what stays without it', async () => {
    const dialog = await renderDialog('it', {
      deleted: [
        { table: 'contacts', count: 1 },
        { table: 'relationships', count: 2 },
      ],
      changed: [
        { table: 'agreements', count: 1 },
        { table: 'briefings', count: 3 },
      ],
    });
    await within(dialog).findByText('Verranno eliminati anche:');
    const [deleted, changed] = within(dialog).getAllByRole('list');
    expect(
      within(deleted!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1 referente', '2 relazioni']);
    expect(
      within(changed!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1 accordo', '3 dossier']);
    within(dialog).getByText('Restano, senza più il riferimento:');
  });

  it('says when nothing else goes or changes', async () => {
    const dialog = await renderDialog('en', { deleted: [], changed: [] });
    await within(dialog).findByText('Nothing else refers to it.');
    expect(within(dialog).queryByRole('list')).toBeNull();
  });
});
