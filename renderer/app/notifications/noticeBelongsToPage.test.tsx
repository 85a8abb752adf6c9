import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { META_KEYS } from '../../db/repositories/meta';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { App } from '../App';
import { NotificationsProvider } from './NotificationsProvider';
import { useNotify } from './useNotify';
import { routeHref } from '../route';

// A notice belongs to the page it was shown on and goes when the user leaves it, unless it
// offers Undo: that one stays its time wherever the user goes, so that Undo stays in reach
// (a deletion made on a record's own page leaves that page; an import is looked at elsewhere).

const FIRST_ANSWER = { timeout: 10_000 };
let stakeholderId = '';

beforeEach(async () => {
  await db.meta.put({ key: META_KEYS.onboarded, value: true });
  stakeholderId = (await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }))).id;
  await createContact(db, contactInput(stakeholderId, { name: 'Giulia Verdi' }));
  window.location.hash = routeHref({ section: 'stakeholders', id: stakeholderId });
});

afterEach(async () => {
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

async function confirmDeletion(button: string, dialog: string) {
  fireEvent.click(await screen.findByRole('button', { name: button }, FIRST_ANSWER));
  const confirm = await screen.findByRole('dialog', { name: dialog });
  // Held back until the dialog has worked out what the deletion takes with it.
  const remove = within(confirm).getByRole<HTMLButtonElement>('button', { name: 'Delete' });
  await waitFor(() => expect(remove.disabled).toBe(false), FIRST_ANSWER);
  fireEvent.click(remove);
}

const undoButton = () => screen.queryByRole('button', { name: 'Undo' });

function SaysExported() {
  const { notify } = useNotify();
  return (
    <button type="button" onClick={() => notify({ message: 'Workbook saved.' })}>
      Export
    </button>
  );
}

describe('a notice and the page it was shown on', () => {
  it('goes when the user goes to another page, if it offers no Undo', async () => {
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <SaysExported />
        </NotificationsProvider>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('status').textContent).toContain('Workbook saved.');
    await goTo(routeHref({ section: 'dashboard' }));
    expect(
      screen.queryByRole('status')?.textContent ?? '',
      'the export notice, shown on the stakeholder’s page, is still on the dashboard',
    ).not.toContain('Workbook saved.');
  });

  it('keeps its Undo in reach on the next pages, and the Undo still works there', async () => {
    render(<App />);
    await confirmDeletion('Delete Giulia Verdi', 'Delete Giulia Verdi?');
    await waitFor(() => expect(undoButton()).not.toBeNull(), FIRST_ANSWER);
    // Under the pointer, as a person moving to it: its ten seconds wait (a busy machine takes them).
    fireEvent.mouseEnter(undoButton()!);

    await goTo(routeHref({ section: 'dashboard' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' }, FIRST_ANSWER);
    await goTo(routeHref({ section: 'agreements' }));
    expect(undoButton(), 'the deletion’s Undo went with the page it was shown on').not.toBeNull();
    fireEvent.click(undoButton()!);
    await waitFor(
      async () => expect((await db.contacts.toArray()).map((contact) => contact.name)).toEqual(['Giulia Verdi']),
      FIRST_ANSWER,
    );
  });

  it('follows a deletion that left its page to the list, Undo and all', async () => {
    render(<App />);
    await confirmDeletion('Delete', 'Delete ASL Roma 1?');
    await screen.findByRole('heading', { level: 1, name: 'Stakeholders' }, FIRST_ANSWER);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('ASL Roma 1 deleted.'), FIRST_ANSWER);
    expect(
      undoButton(),
      'deleting the stakeholder from its own page lost its Undo on the way to the list',
    ).not.toBeNull();
  });
});
