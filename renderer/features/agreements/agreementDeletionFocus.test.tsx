import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createAgreement } from '../../db/repositories/agreements';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { AgreementsPage } from './AgreementsPage';

// Where keyboard focus lands when the Delete button just pressed goes away with its row.

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

async function listOf(titles: readonly string[]) {
  const [asl, prefettura] = await Promise.all(
    ['ASL Napoli 1', 'Prefettura di Napoli'].map((name) => createStakeholder(db, stakeholderInput({ name }))),
  );
  const parties = [
    { stakeholderId: asl!.id, role: 'promoter' as const },
    { stakeholderId: prefettura!.id, role: 'signatory' as const },
  ];
  for (const title of titles)
    await createAgreement(db, { title, kind: 'memorandum-of-understanding', status: 'signed', parties });
  // In the app's main area, as App puts it: Undo's focus waits on the page's main heading.
  render(
    withProviders(
      <main>
        <AgreementsPage route={{ section: 'agreements', query: {} }} />
      </main>,
    ),
  );
}

async function deleteFromTheList(title: string) {
  const remove = await screen.findByRole('button', { name: `Delete ${title}` }, FIRST_ANSWER);
  remove.focus();
  fireEvent.click(remove);
  fireEvent.click(
    within(screen.getByRole('dialog', { name: `Delete “${title}”?` })).getByRole('button', { name: 'Delete' }),
  );
  await waitFor(() => expect(screen.queryByRole('button', { name: `Delete ${title}` })).toBeNull(), FIRST_ANSWER);
}

describe('deleting an agreement from the list', () => {
  it('leaves keyboard focus on the page, not on nothing', async () => {
    const [asl, prefettura] = await Promise.all(
      ['ASL Napoli 1', 'Prefettura di Napoli'].map((name) => createStakeholder(db, stakeholderInput({ name }))),
    );
    const parties = [
      { stakeholderId: asl!.id, role: 'promoter' as const },
      { stakeholderId: prefettura!.id, role: 'signatory' as const },
    ];
    for (const title of ['Protocollo A', 'Protocollo B'])
      await createAgreement(db, { title, kind: 'memorandum-of-understanding', status: 'signed', parties });
    render(withProviders(<AgreementsPage route={{ section: 'agreements', query: {} }} />));

    const remove = await screen.findByRole('button', { name: 'Delete Protocollo A' }, FIRST_ANSWER);
    remove.focus();
    fireEvent.click(remove);
    const confirm = screen.getByRole('dialog', { name: 'Delete “Protocollo A”?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Protocollo A' })).toBeNull(), FIRST_ANSWER);

    expect(
      document.activeElement,
      'focus went back to the deleted row’s Delete button, which is gone: it is now on the page body',
    ).not.toBe(document.body);
  });

  // Back on the row after Undo is checked in a real browser (test/e2e/agreementDeletionFocus.e2e.ts):
  // here the confirm dialog's Cancel takes the focus before the dialog notes where it came from.
  it('puts focus on Undo, as the other lists do', async () => {
    await listOf(['Protocollo A', 'Protocollo B']);
    await deleteFromTheList('Protocollo A');
    await waitFor(() =>
      expect(document.activeElement, 'the focus should be on Undo, the natural next step').toBe(
        screen.getByRole('button', { name: 'Undo' }),
      ),
    );
  });
});
