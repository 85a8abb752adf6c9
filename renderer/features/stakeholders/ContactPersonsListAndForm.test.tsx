import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ContactsSection } from './ContactsSection';

// The contact persons of a stakeholder as an Italian advocacy officer meets them: Italian
// surnames start with a lower-case particle ("de Luca") or an accent ("Élise"), and an
// address is often pasted once from a signature and typed once by hand, and a phone field
// sits right under the email one.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function renderSection(language: 'en' | 'it', names: readonly string[]) {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
  for (const name of names) await createContact(db, contactInput(asl.id, { name, emails: [] }));
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ContactsSection stakeholder={asl} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const section = await screen.findByRole('region', { name: language === 'it' ? 'Referenti' : 'Contact persons' });
  if (names.length) await within(section).findByText(names[0]!);
  return section;
}

describe('the contact persons of a stakeholder', () => {
  it('are listed in alphabetical order, accents and lower-case particles included', async () => {
    const section = await renderSection('it', ['Zanetti Paolo', 'Élise Martin', 'de Luca Anna', 'Bianchi Marco']);
    const shown = within(section)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('strong')?.textContent);
    expect(shown, 'contact persons are in code-unit order (Dexie sortBy), not in Italian alphabetical order').toEqual([
      'Bianchi Marco',
      'de Luca Anna',
      'Élise Martin',
      'Zanetti Paolo',
    ]);
  });

  it('keep one address when the same email is typed twice in different case', async () => {
    const section = await renderSection('en', []);
    fireEvent.click(within(section).getByRole('button', { name: 'Add contact person' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Anna Rossi' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Email addresses/ }), {
      target: { value: 'anna.rossi@aslroma1.it, Anna.Rossi@ASLRoma1.it' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = await db.contacts.toArray();
    expect(stored[0]?.emails, 'the same address is stored (and shown) twice').toEqual(['anna.rossi@aslroma1.it']);
  });

  it('say next to the phone field, in Italian, that an email address is not a phone number', async () => {
    const section = await renderSection('it', []);
    fireEvent.click(within(section).getByRole('button', { name: 'Aggiungi referente' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nome' }), { target: { value: 'Anna Rossi' } });
    const phones = within(dialog).getByRole('textbox', { name: /Telefoni/ });
    fireEvent.change(phones, { target: { value: 'anna.rossi@aslroma1.it' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(phones.getAttribute('aria-invalid')).toBe('true'));
    expect(dialog.textContent).toContain('«anna.rossi@aslroma1.it» non è un numero di telefono');
    expect(await db.contacts.count()).toBe(0);
  });
});
