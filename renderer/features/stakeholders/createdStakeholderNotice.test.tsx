import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { parseRoute, routeHref } from '../../app/route';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { StakeholdersPage } from './StakeholdersPage';

// After a new stakeholder is saved, the notice leads to it and the list shows where it went.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('saving a new stakeholder from the list', () => {
  it('links the notice to the record and marks its row', async () => {
    for (const name of ['ASL Roma 1', 'Comune di Roma', 'Prefettura di Roma'])
      await createStakeholder(db, stakeholderInput({ name }));
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <StakeholdersPage route={parseRoute('#/stakeholders', 'dashboard')} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    await screen.findByRole('cell', { name: /ASL Roma 1/ });
    fireEvent.click(screen.getByRole('button', { name: 'New stakeholder' }));
    const dialog = screen.getByRole('dialog', { name: 'New stakeholder' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'CAS Via Tiburtina' },
    });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Region' }), { target: { value: 'lazio' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const link = await screen.findByRole('link', { name: 'Open CAS Via Tiburtina' });
    const saved = (await db.stakeholders.where('name').equals('CAS Via Tiburtina').first())!;
    expect(link.getAttribute('href')).toBe(routeHref({ section: 'stakeholders', id: saved.id }));
    const row = (await screen.findByRole('cell', { name: /CAS Via Tiburtina/ })).closest('tr')!;
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(
      screen
        .getByRole('cell', { name: /ASL Roma 1/ })
        .closest('tr')!
        .getAttribute('aria-current'),
    ).toBeNull();
  });
});
