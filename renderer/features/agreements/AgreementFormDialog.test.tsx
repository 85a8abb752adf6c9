import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createAgreement } from '../../db/repositories/agreements';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { AgreementFormDialog } from './AgreementFormDialog';

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

async function storedProtocol() {
  const [asl, prefettura] = await Promise.all(
    ['ASL Napoli 1', 'Prefettura di Napoli'].map((name) => createStakeholder(db, stakeholderInput({ name }))),
  );
  return createAgreement(db, {
    title: 'Protocollo salute mentale',
    kind: 'memorandum-of-understanding',
    status: 'signed',
    parties: [
      { stakeholderId: asl!.id, role: 'promoter' },
      { stakeholderId: prefettura!.id, role: 'signatory' },
    ],
  });
}

async function openToEdit() {
  const agreement = await storedProtocol();
  const onClose = vi.fn();
  render(withProviders(<AgreementFormDialog agreement={agreement} onClose={onClose} />));
  const dialog = screen.getByRole('dialog', { name: 'Edit agreement' });
  await within(dialog).findByRole('button', { name: 'Remove ASL Napoli 1 from the parties' }, FIRST_ANSWER);
  return { agreement, dialog, onClose };
}

describe('saving an agreement the form refuses', () => {
  it('takes the user to the first field in error, as the action and training forms do', async () => {
    render(withProviders(<AgreementFormDialog onClose={vi.fn()} />));
    const dialog = screen.getByRole('dialog', { name: 'New agreement' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Title/ }), {
      target: { value: 'Protocollo salute mentale' },
    });
    const save = within(dialog).getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.click(save);
    await within(dialog).findByText('An agreement needs at least two parties.', undefined, FIRST_ANSWER);
    const picker = within(dialog).getByRole('combobox', { name: 'Add a party' });
    expect(picker.getAttribute('aria-invalid')).toBe('true');

    await waitFor(
      () =>
        expect(
          document.activeElement,
          'focus stays on Save and the error below the parties is neither focused nor announced: ' +
            'AgreementFormDialog gives useFormSave no onInvalid',
        ).toBe(picker),
      { timeout: 1000 },
    );
  });
});

describe('the party list of the agreement form right after a party is removed', () => {
  it('names each remaining party by its own name, not by its old position', async () => {
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
    render(withProviders(<AgreementFormDialog agreement={agreement} onClose={vi.fn()} />));
    const dialog = screen.getByRole('dialog', { name: 'Edit agreement' });
    fireEvent.click(
      await within(dialog).findByRole('button', { name: 'Remove ASL Napoli 1 from the parties' }, FIRST_ANSWER),
    );

    // The names are looked up by position in the previous answer until the next one comes.
    const names = [...dialog.querySelectorAll('.agreement-party-name')].map((name) => name.textContent);
    expect(
      names,
      'just after removing ASL Napoli 1 the rows are named by the old positions: the removed party is still shown, ' +
        'and each "Remove …" button names the party above it',
    ).toEqual(['Prefettura di Napoli', 'CAS Casa Esempio']);
  });
});

describe('the party list of the agreement form right after a party is added', () => {
  it('does not call the new party missing from the registry while its name is read', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'CAS Casa Esempio' }));
    const { dialog } = await openToEdit();
    const picker = within(dialog).getByRole('combobox', { name: 'Add a party' });
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: 'CAS Casa' } });
    fireEvent.mouseDown(await within(dialog).findByRole('option', { name: /CAS Casa Esempio/ }, FIRST_ANSWER));

    const names = () => [...dialog.querySelectorAll('.agreement-party-name')].map((name) => name.textContent);
    expect(names()).toHaveLength(3);
    expect(names()).not.toContain('Stakeholder no longer in the registry');
    await waitFor(() => expect(names()).toEqual(['ASL Napoli 1', 'Prefettura di Napoli', 'CAS Casa Esempio']));
  });
});

describe('a retroactive agreement, signed after the period it was in force', () => {
  it('is saved with its dates as typed', async () => {
    const { agreement, dialog, onClose } = await openToEdit();
    fireEvent.change(within(dialog).getByLabelText(/^Signed on/), { target: { value: '2027-01-10' } });
    fireEvent.change(within(dialog).getByLabelText(/^In force from/), { target: { value: '2026-01-01' } });
    fireEvent.change(within(dialog).getByLabelText(/^Expires on/), { target: { value: '2026-12-31' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled(), FIRST_ANSWER);
    expect(await db.agreements.get(agreement.id)).toMatchObject({
      signedOn: '2027-01-10',
      inForceFrom: '2026-01-01',
      expiresOn: '2026-12-31',
    });
  });
});

describe('closing the agreement form', () => {
  it('asks before Cancel throws away a date moved with the arrow keys', async () => {
    const { dialog, onClose } = await openToEdit();
    fireEvent.keyDown(within(dialog).getByLabelText(/^Signed on/), { key: 'ArrowUp' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(onClose, 'the form closed at once: a date set with ArrowUp was not counted').not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });

  it('closes at once when nothing was changed, or every change was undone by hand', async () => {
    const { dialog, onClose } = await openToEdit();
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    fireEvent.change(title, { target: { value: 'Protocollo salute mentale (bozza)' } });
    fireEvent.change(title, { target: { value: 'Protocollo salute mentale' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onClose).toHaveBeenCalled();
  });
});

describe('a party’s name typed but not picked', () => {
  async function typePartyWithoutPicking(dialog: HTMLElement, name: string) {
    const picker = within(dialog).getByRole('combobox', { name: 'Add a party' });
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: name } });
    await within(dialog).findByRole('option', { name: new RegExp(name) }, FIRST_ANSWER);
    fireEvent.blur(picker);
    return picker;
  }

  it('is not saved as if it were not there: Save says so under the picker', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'CAS Casa Esempio' }));
    const { agreement, dialog, onClose } = await openToEdit();
    const picker = await typePartyWithoutPicking(dialog, 'CAS Casa Esempio');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await within(dialog).findByText(/typed but not chosen/, undefined, FIRST_ANSWER);
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();
    expect((await db.agreements.get(agreement.id))?.parties).toHaveLength(2);
  });

  it('is asked about before Escape throws it away', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'CAS Casa Esempio' }));
    const { dialog, onClose } = await openToEdit();
    await typePartyWithoutPicking(dialog, 'CAS Casa Esempio');

    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Discard your changes?' })).toBeTruthy();
  });
});
