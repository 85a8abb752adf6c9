import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createStakeholder, deleteStakeholders, patchStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { StakeholderFormDialog } from './StakeholderFormDialog';

// "Nothing is lost or changed silently" (docs/DESIGN.md §8). The form is opened on a
// stakeholder; meanwhile its dot is moved on the power–interest grid in another window (or a
// teammate's move arrives by sync); the user then fixes only the city and saves.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('saving the stakeholder form after the record changed meanwhile', () => {
  it('does not silently put back the scores it was opened with', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ city: 'Napoli', influence: 4, interest: 3 }));
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <StakeholderFormDialog stakeholder={asl} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: `Modifica ${asl.name}` });
    await patchStakeholder(db, asl.id, { influence: 5, interest: 5 });

    fireEvent.change(within(dialog).getByLabelText('Città', { exact: true }), { target: { value: 'Napoli Centro' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onClose.mock.calls.length + screen.queryAllByRole('alert').length).toBeGreaterThan(0));

    const stored = (await db.stakeholders.get(asl.id))!;
    const isMoveKept = stored.influence === 5 && stored.interest === 5;
    const isUserTold = onClose.mock.calls.length === 0;
    expect(
      isMoveKept || isUserTold,
      `the grid move made meanwhile was overwritten without a word: influence ${stored.influence}, interest ${stored.interest}`,
    ).toBe(true);
  });

  it('keeps the change the user made to a score', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ influence: 4, interest: 3 }));
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <StakeholderFormDialog stakeholder={asl} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: `Modifica ${asl.name}` });
    await patchStakeholder(db, asl.id, { interest: 5 });
    fireEvent.change(within(dialog).getByLabelText('Influenza (1–5)'), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.stakeholders.get(asl.id)).toMatchObject({ influence: 2, interest: 5 });
  });

  it('says in Italian that the stakeholder was deleted meanwhile, and stays open until closed', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ city: 'Napoli' }));
    const onClose = vi.fn();
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <StakeholderFormDialog stakeholder={asl} onClose={onClose} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: `Modifica ${asl.name}` });
    await deleteStakeholders(db, [asl.id]);
    fireEvent.change(within(dialog).getByLabelText('Città', { exact: true }), { target: { value: 'Napoli Centro' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Questo stakeholder è stato eliminato nel frattempo');
    expect(alert.textContent).not.toMatch(/[0-9a-f-]{36}|does not exist/);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(within(alert).getByRole('button', { name: 'Chiudi senza salvare' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
