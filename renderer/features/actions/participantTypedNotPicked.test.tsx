import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionFormDialog } from './ActionFormDialog';

// The "other participant" picker as the targets picker: a name typed in full but never picked
// from the list is not silently dropped when Save is clicked.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

async function openFormWithParticipantTyped(name: string) {
  const mediatorHome = await createStakeholder(db, stakeholderInput({ name: 'Cooperativa Mediazione' }));
  const mediator = await createContact(db, contactInput(mediatorHome.id, { name }));
  const onClose = vi.fn();
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <ActionFormDialog onClose={onClose} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'New advocacy action' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /^Title/ }), {
    target: { value: 'Tavolo con la mediazione' },
  });
  const picker = within(dialog).getByRole('combobox', { name: 'Add another participant' }) as HTMLInputElement;
  fireEvent.mouseDown(picker);
  fireEvent.change(picker, { target: { value: name } });
  await within(dialog).findByRole('option', { name: new RegExp(name) }, FIRST_ANSWER);
  fireEvent.blur(picker);
  return { dialog, picker, onClose, mediator };
}

describe('saving an action with a participant name typed but not picked', () => {
  it('refuses the save under the picker, as for a target, instead of dropping the name', async () => {
    const { dialog, picker, onClose } = await openFormWithParticipantTyped('Amina Diallo');
    expect(picker.value).toBe('Amina Diallo');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    // Either the save ends (the dialog closes) or the form refuses it with an error in words.
    await waitFor(
      () => expect(onClose.mock.calls.length + dialog.querySelectorAll('.field-error').length).toBeGreaterThan(0),
      FIRST_ANSWER,
    );

    expect(
      await db.actions.count(),
      'the picker still showed "Amina Diallo" when Save was clicked; the action was saved without her',
    ).toBe(0);
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    expect(dialog.querySelector(`#${picker.getAttribute('aria-describedby')}`)?.textContent).toMatch(
      /typed but not chosen/,
    );
  });

  it('saves with the participant once picked from the list', async () => {
    const { dialog, picker, onClose, mediator } = await openFormWithParticipantTyped('Amina Diallo');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(picker.getAttribute('aria-invalid')).toBe('true'), FIRST_ANSWER);

    fireEvent.mouseDown(picker);
    fireEvent.mouseDown(within(dialog).getByRole('option', { name: /Amina Diallo/ }));
    await within(dialog).findByRole('button', { name: 'Remove Amina Diallo' }, FIRST_ANSWER);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), FIRST_ANSWER);
    expect((await db.actions.toArray()).map((action) => action.participantIds)).toEqual([[mediator.id]]);
  });

  it('asks before Escape throws away a participant name typed but not picked', async () => {
    const { dialog, onClose } = await openFormWithParticipantTyped('Amina Diallo');
    // The title typed counts as a change by itself: clear it, so only the typed name is left.
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Title/ }), { target: { value: '' } });

    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onClose, 'the form closed at once: the participant name typed was not counted').not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });
});
