import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ContactsSection } from './ContactsSection';

// A contact person entered a second time (a colleague had already entered her, or she moved
// from the ASL to a CAS) shares an email address with the first: the form says so while the
// address is typed, and saves all the same.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function openNewContactForm(language: 'en' | 'it') {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
  const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Via Tiburtina' }));
  await createContact(db, contactInput(asl.id, { name: 'Anna Rossi', emails: ['anna.rossi@aslroma1.it'] }));
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ContactsSection stakeholder={cas} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  fireEvent.click(
    await screen.findByRole('button', { name: language === 'it' ? 'Aggiungi referente' : 'Add contact person' }),
  );
  return screen.findByRole('dialog');
}

describe('a new contact person with the email address of another', () => {
  it('is pointed out, whatever the case and spaces, and can still be saved', async () => {
    const dialog = await openNewContactForm('en');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'A. Rossi' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Email addresses/ }), {
      target: { value: 'info@cas.it,  Anna.Rossi@ASLRoma1.it ' },
    });
    const note = await within(dialog).findByText(/already has the address/, undefined, { timeout: 3000 });
    expect(note.textContent).toBe(
      'Anna Rossi at ASL Roma 1 already has the address anna.rossi@aslroma1.it. You can still save: people move between organisations.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.contacts.count(), 'the warning blocked the save').toBe(2);
  });

  it('is pointed out in Italian', async () => {
    const dialog = await openNewContactForm('it');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Indirizzi email/ }), {
      target: { value: 'ANNA.ROSSI@aslroma1.it' },
    });
    const note = await within(dialog).findByText(/ha già l’indirizzo/, undefined, { timeout: 3000 });
    expect(note.textContent).toBe(
      'Anna Rossi, referente presso ASL Roma 1, ha già l’indirizzo anna.rossi@aslroma1.it. Potete salvare comunque: le persone cambiano ente.',
    );
  });

  it('is announced with the email field, which names it in its description', async () => {
    const dialog = await openNewContactForm('en');
    const emails = within(dialog).getByRole('textbox', { name: /Email addresses/ });
    fireEvent.change(emails, { target: { value: 'anna.rossi@aslroma1.it' } });
    await within(dialog).findByText(/already has the address/, undefined, { timeout: 3000 });
    const description = (emails.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(description, 'the email field’s description leaves out the shared-address hint').toContain(
      'Anna Rossi at ASL Roma 1 already has the address anna.rossi@aslroma1.it.',
    );
  });

  it('is not pointed out for an address nobody else has', async () => {
    const dialog = await openNewContactForm('en');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Email addresses/ }), {
      target: { value: 'anna.rossi@cas-tiburtina.it' },
    });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(within(dialog).queryByText(/already has the address/)).toBeNull();
  });
});

describe('a contact person edited', () => {
  it('is not told that she herself has her address', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
    await createContact(db, contactInput(asl.id, { name: 'Anna Rossi', emails: ['anna.rossi@aslroma1.it'] }));
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <ContactsSection stakeholder={asl} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Anna Rossi' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Role' }), { target: { value: 'Psicologa' } });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(within(dialog).queryByText(/already has the address/)).toBeNull();
  });
});
