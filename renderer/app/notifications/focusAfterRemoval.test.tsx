import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createContact, deleteContacts } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { NotificationsProvider } from './NotificationsProvider';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

let stakeholderId = '';
beforeEach(async () => {
  stakeholderId = (await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }))).id;
  await createContact(db, contactInput(stakeholderId, { name: 'Giulia Verdi' }));
  await createContact(db, contactInput(stakeholderId, { name: 'Marco Rossi' }));
});

/** A stakeholder's contact people as the app lists them: read again after every change. */
function ContactList({ afterDeletion }: { afterDeletion?: () => void }) {
  const changeWithUndo = useUndoableChange();
  const contacts = useLiveQuery(() => db.contacts.where('stakeholderId').equals(stakeholderId).sortBy('name'), []);
  async function remove(id: string) {
    await changeWithUndo('Contact person deleted.', async () => (await deleteContacts(db, [id])).change);
    afterDeletion?.();
  }
  return (
    <main>
      <h1>ASL Roma 1</h1>
      <ul>
        {contacts?.map((contact) => (
          <li key={contact.id}>
            {contact.name}
            <button type="button" aria-label={`Delete ${contact.name}`} onClick={() => void remove(contact.id)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

function renderList(afterDeletion?: () => void) {
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <ContactList afterDeletion={afterDeletion} />
      </NotificationsProvider>
    </I18nProvider>,
  );
}

/** Clicks a control the way a keyboard user does: with the focus on it. */
function pressButton(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
}

describe('the focus after a change removes the control that had it', () => {
  it('goes to Undo when the deleted record’s button disappears, and back to the record after Undo', async () => {
    renderList();
    await screen.findByRole('button', { name: 'Delete Giulia Verdi' });
    pressButton('Delete Giulia Verdi');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Giulia Verdi' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));

    pressButton('Undo');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Undone.'));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Giulia Verdi' })),
    );
  });

  it('waits on the main heading while Undo runs, then goes to the restored record, not to a namesake', async () => {
    renderList();
    await screen.findByRole('button', { name: 'Delete Giulia Verdi' });
    await createContact(db, contactInput(stakeholderId, { name: 'Giulia Verdi' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Delete Giulia Verdi' })).toHaveLength(2));
    const deleted = screen.getAllByRole('button', { name: 'Delete Giulia Verdi' })[0]!;
    deleted.focus();
    fireEvent.click(deleted);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
    const namesake = screen.getByRole('button', { name: 'Delete Giulia Verdi' });

    pressButton('Undo');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'ASL Roma 1' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Delete Giulia Verdi' })).toHaveLength(2));
    const restored = screen
      .getAllByRole('button', { name: 'Delete Giulia Verdi' })
      .find((button) => button !== namesake);
    await waitFor(() => expect(document.activeElement).toBe(restored));
  });

  it('stays where the page put it after the deletion', async () => {
    renderList(() => screen.getByRole('button', { name: 'Delete Marco Rossi' }).focus());
    await screen.findByRole('button', { name: 'Delete Giulia Verdi' });
    pressButton('Delete Giulia Verdi');
    await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Giulia Verdi' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Marco Rossi' }));
  });

  it('is not taken when the user had left the control that disappears', async () => {
    renderList();
    const marco = await screen.findByRole('button', { name: 'Delete Marco Rossi' });
    marco.focus();
    marco.blur();
    // Clicked with the pointer, as a button that does not keep the focus.
    fireEvent.click(screen.getByRole('button', { name: 'Delete Giulia Verdi' }));
    await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Giulia Verdi' })).toBeNull());
    expect(document.activeElement).toBe(document.body);
  });
});

describe('the focus after a removal the Undo shown does not bring back', () => {
  it('is not put on the Undo of an earlier, unrelated deletion', async () => {
    renderList();
    await screen.findByRole('button', { name: 'Delete Giulia Verdi' });
    pressButton('Delete Giulia Verdi');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
    // The user moves on to Marco's row; a teammate's deletion of Marco arrives by sync meanwhile.
    const marco = screen.getByRole('button', { name: 'Delete Marco Rossi' });
    marco.focus();
    const marcoId = (await db.contacts.where('name').equals('Marco Rossi').first())!.id;
    await db.contacts.delete(marcoId);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Marco Rossi' })).toBeNull());
    expect(
      document.activeElement?.textContent,
      'a removal by sync put the focus on Undo of Giulia’s deletion: Enter now restores Giulia, which the user did not ask',
    ).not.toBe('Undo');
  });
});
