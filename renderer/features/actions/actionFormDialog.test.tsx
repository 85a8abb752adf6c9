import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { saveActionWithFollowUps } from '../../db/repositories/actions';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActionFormDialog } from './ActionFormDialog';

// The action form as a user fills it: a target's name typed but not picked, edits made with
// buttons and keys, and the target chips just after a removal.

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

async function typeTargetWithoutPicking(dialog: HTMLElement, name: string) {
  const picker = within(dialog).getByRole('combobox', { name: 'Add a target stakeholder' });
  fireEvent.mouseDown(picker);
  fireEvent.change(picker, { target: { value: name } });
  await within(dialog).findByRole('option', { name: new RegExp(name) }, FIRST_ANSWER);
  fireEvent.blur(picker);
  return picker as HTMLInputElement;
}

async function editExistingAction() {
  const [asl, prefettura] = await Promise.all(
    ['ASL Napoli 1', 'Prefettura di Napoli'].map((name) => createStakeholder(db, stakeholderInput({ name }))),
  );
  const { action, followUps } = await saveActionWithFollowUps(
    db,
    null,
    {
      title: 'Incontro ASL Salerno',
      kind: 'bilateral-meeting',
      date: '2026-11-20',
      status: 'done',
      targetIds: [asl!.id, prefettura!.id],
    },
    [{ text: 'Inviare il verbale' }, { text: 'Richiamare il DSM' }],
  );
  const onClose = vi.fn();
  render(withProviders(<ActionFormDialog existing={{ action, followUps }} onClose={onClose} />));
  const dialog = screen.getByRole('dialog', { name: 'Edit “Incontro ASL Salerno”' });
  await within(dialog).findByRole('button', { name: 'Remove ASL Napoli 1' }, FIRST_ANSWER);
  return { dialog, onClose };
}

describe('saving an action with a target name typed but not picked', () => {
  it('does not record the action without that target unasked', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' }));
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
      target: { value: 'Incontro in Prefettura' },
    });
    const picker = within(dialog).getByRole('combobox', { name: 'Add a target stakeholder' });
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'Prefettura di Napoli' } });
    await within(dialog).findByRole('option', { name: /Prefettura di Napoli/ }, FIRST_ANSWER);
    fireEvent.blur(picker);
    expect((picker as HTMLInputElement).value).toBe('Prefettura di Napoli');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    // Either the save ends (the dialog closes) or the form refuses it with an error in words.
    await waitFor(
      () => expect(onClose.mock.calls.length + dialog.querySelectorAll('.field-error').length).toBeGreaterThan(0),
      FIRST_ANSWER,
    );

    const saved = await db.actions.toArray();
    expect(
      saved.map((action) => action.targetIds.length),
      'the picker still showed "Prefettura di Napoli" when Save was clicked; the action was saved with no target',
    ).not.toEqual([0]);
  });

  it('says why under the picker, and saves with the target once it is picked', async () => {
    const prefettura = await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' }));
    const onClose = vi.fn();
    render(withProviders(<ActionFormDialog onClose={onClose} />));
    const dialog = screen.getByRole('dialog', { name: 'New advocacy action' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Title/ }), {
      target: { value: 'Incontro in Prefettura' },
    });
    const picker = await typeTargetWithoutPicking(dialog, 'Prefettura di Napoli');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(picker.getAttribute('aria-invalid')).toBe('true'), FIRST_ANSWER);
    expect(dialog.querySelector('.field-error')?.textContent).toMatch(/typed but not chosen/);
    expect(await db.actions.count()).toBe(0);

    fireEvent.mouseDown(picker);
    fireEvent.mouseDown(within(dialog).getByRole('option', { name: /Prefettura di Napoli/ }));
    await within(dialog).findByRole('button', { name: 'Remove Prefettura di Napoli' }, FIRST_ANSWER);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), FIRST_ANSWER);
    expect((await db.actions.toArray()).map((action) => action.targetIds)).toEqual([[prefettura.id]]);
  });
});

describe('closing the action form after an edit made with a button or a key', () => {
  it('asks before Escape throws away a target removed with its button', async () => {
    const { dialog, onClose } = await editExistingAction();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove ASL Napoli 1' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onClose, 'the form closed at once: removing a target by its button was not counted').not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });

  it('asks before Cancel throws away a follow-up row removed with its button', async () => {
    const { dialog, onClose } = await editExistingAction();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove follow-up 1' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(onClose, 'the form closed at once: removing a follow-up row was not counted').not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });

  it('asks before Escape throws away a date moved with the arrow keys', async () => {
    const { dialog, onClose } = await editExistingAction();

    fireEvent.keyDown(within(dialog).getByRole('textbox', { name: /^Date/ }), { key: 'ArrowUp' });
    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onClose, 'the form closed at once: a date moved with ArrowUp was not counted').not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });

  it('asks before Escape throws away a target name typed but not picked', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Napoli' }));
    const onClose = vi.fn();
    render(withProviders(<ActionFormDialog onClose={onClose} />));
    const dialog = screen.getByRole('dialog', { name: 'New advocacy action' });
    await typeTargetWithoutPicking(dialog, 'Prefettura di Napoli');

    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });

  it('closes at once when every edit was undone by hand', async () => {
    const { dialog, onClose } = await editExistingAction();
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });

    fireEvent.change(title, { target: { value: 'Incontro ASL Salerno (bozza)' } });
    fireEvent.change(title, { target: { value: 'Incontro ASL Salerno' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onClose).toHaveBeenCalled();
  });
});

describe('the target chips right after a removal', () => {
  it('name each remaining target by its own name, not by the removed one’s', async () => {
    const { dialog } = await editExistingAction();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove ASL Napoli 1' }));

    const chips = within(dialog).getByRole('list', { name: 'Targets' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.querySelector('span')?.textContent),
      'the chip left is the Prefettura’s, but until the names are read again it showed the removed ASL’s name',
    ).toEqual(['Prefettura di Napoli']);
  });
});
