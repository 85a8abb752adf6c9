import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createContact, deleteContacts } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ContactsSection } from './ContactsSection';

// A contact person edited while it is deleted elsewhere (Undo, another window, a teammate's
// deletion arriving by sync), as an Italian advocacy officer meets it.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function renderSection(language: 'en' | 'it', names: readonly string[]) {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
  const contacts = [];
  for (const name of names) contacts.push(await createContact(db, contactInput(asl.id, { name, emails: [] })));
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <ContactsSection stakeholder={asl} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const section = await screen.findByRole('region', { name: language === 'it' ? 'Referenti' : 'Contact persons' });
  if (names.length) await within(section).findByText(names[0]!);
  return { asl, contacts, section };
}

describe('the contact persons of a stakeholder', () => {
  it('say in Italian, without ids, that a person deleted meanwhile (another window, a teammate) cannot be saved', async () => {
    const { contacts, section } = await renderSection('it', ['Anna Rossi']);
    fireEvent.click(within(section).getByRole('button', { name: 'Modifica Anna Rossi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifica Anna Rossi' });
    await deleteContacts(db, [contacts[0]!.id]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Ruolo' }), { target: { value: 'Psichiatra' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).not.toBe(''));
    expect(alert.textContent, 'an English developer message with the record id is shown in Italian mode').not.toMatch(
      /no longer exists|does not exist|contacts? [0-9a-f-]{36}/i,
    );
    expect(alert.textContent).toContain('Questo referente è stato eliminato nel frattempo');
    const role = within(dialog).getByRole('textbox', { name: 'Ruolo' }) as HTMLInputElement;
    expect(role.value, 'the typed text stays to be copied').toBe('Psichiatra');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chiudi senza salvare' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.contacts.count()).toBe(0);
  });
});
