import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { createAgreement } from '../../db/repositories/agreements';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionFormDialog } from '../actions/ActionFormDialog';
import { AgreementFormDialog } from './AgreementFormDialog';

// An edit made with a button (removing a party, removing a follow-up) changes no input, and is
// an edit all the same: Escape must not throw it away without asking "Discard your changes?".

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

function withProviders(children: React.ReactNode) {
  return (
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{children}</NotificationsProvider>
    </I18nProvider>
  );
}

describe('closing the agreement form after removing a party', () => {
  it('asks before Escape throws the removal away', async () => {
    const [asl, prefettura, cas] = await Promise.all(
      ['ASL Napoli 1', 'Prefettura di Napoli', 'CAS Casa Esempio'].map((name) =>
        createStakeholder(db, stakeholderInput({ name })),
      ),
    );
    const agreement = await createAgreement(db, {
      title: 'Protocollo salute mentale',
      kind: 'memorandum-of-understanding',
      status: 'signed',
      parties: [
        { stakeholderId: asl!.id, role: 'promoter' },
        { stakeholderId: prefettura!.id, role: 'signatory' },
        { stakeholderId: cas!.id, role: 'signatory' },
      ],
    });
    const onClose = vi.fn();
    render(withProviders(<AgreementFormDialog agreement={agreement} onClose={onClose} />));
    const dialog = screen.getByRole('dialog', { name: 'Edit agreement' });

    fireEvent.click(
      await within(dialog).findByRole('button', { name: 'Remove CAS Casa Esempio from the parties' }, FIRST_ANSWER),
    );
    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(
      onClose,
      'the form closed at once on Escape and the removed party was lost: a removal by button is not counted as an edit',
    ).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });
});

describe('closing the action form after removing a follow-up', () => {
  it('asks before Escape throws the removal away', async () => {
    const { action, followUps } = await saveActionWithFollowUps(
      db,
      null,
      { title: 'Incontro ASL Salerno', kind: 'bilateral-meeting', date: '2026-11-20', status: 'done' },
      [{ text: 'Inviare il verbale' }, { text: 'Richiamare il DSM' }],
    );
    const onClose = vi.fn();
    render(withProviders(<ActionFormDialog existing={{ action, followUps }} onClose={onClose} />));
    const dialog = screen.getByRole('dialog', { name: 'Edit “Incontro ASL Salerno”' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove follow-up 2' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(
      onClose,
      'the form closed at once on Escape and the removed follow-up was lost: a removal by button is not counted as an edit',
    ).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });
});
