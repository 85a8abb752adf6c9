import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/domain/contact';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { patchContact } from '../../db/repositories/contacts';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ContactsSection } from './ContactsSection';

// A contact stored before phones were checked (or synced from a teammate, restored from a
// backup) keeps its phone; the user fixes only the role. Only phones the user types are checked.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('a contact person stored with a phone the new check refuses', () => {
  it('can still have another field edited and saved', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
    const anna = await createContact(db, contactInput(asl.id, { name: 'Anna Rossi', emails: [] }));
    // As restore and sync store it: the phones are not checked there (contact.ts).
    await db.contacts.put({ ...anna, phones: ['chiedere in segreteria'] });
    render(
      <I18nProvider initialLanguage="it">
        <NotificationsProvider>
          <ContactsSection stakeholder={asl} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    const section = await screen.findByRole('region', { name: 'Referenti' });
    fireEvent.click(await within(section).findByRole('button', { name: 'Modifica Anna Rossi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifica Anna Rossi' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Ruolo' }), { target: { value: 'Psichiatra' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(
      () =>
        expect(screen.queryByRole('dialog') === null || dialog.querySelector('[aria-invalid="true"]') !== null).toBe(
          true,
        ),
      { timeout: 4000 },
    );
    const invalid = dialog.querySelector('[aria-invalid="true"]');
    const message = invalid ? document.getElementById(invalid.getAttribute('aria-describedby') ?? '')?.textContent : '';
    expect(
      screen.queryByRole('dialog'),
      `only the role was changed, yet Save is refused on the untouched phone: "${message}"`,
    ).toBeNull();
    expect((await db.contacts.get(anna.id))?.role).toBe('Psichiatra');
  });

  it('refuses a phone the user adds that is no phone number, quoting it', async () => {
    const { asl, anna } = await storedWithOddPhone();
    const dialog = await openEditForm(asl, anna);
    const phones = within(dialog).getByRole('textbox', { name: 'Telefoni' });
    fireEvent.change(phones, { target: { value: 'chiedere in segreteria, 06 1234567, mattina' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(phones.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(phones.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(message, `the message does not say which phone is refused: "${message}"`).toContain('«mattina»');
    expect((await db.contacts.get(anna.id))?.phones).toEqual(['chiedere in segreteria']);
  });
});

describe('a contact person whose lists were changed meanwhile', () => {
  it('keeps the language and phone a teammate added beside the user’s', async () => {
    const { asl, anna } = await storedWithOddPhone();
    const dialog = await openEditForm(asl, anna);
    await patchContact(db, anna.id, { languages: ['italiano', 'arabo'], phones: ['chiedere in segreteria', '1522'] });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Lingue' }), {
      target: { value: 'italiano, inglese' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = (await db.contacts.get(anna.id))!;
    expect(stored.languages, `the language added meanwhile was dropped: ${JSON.stringify(stored.languages)}`).toEqual([
      'italiano',
      'arabo',
      'inglese',
    ]);
    expect(stored.phones).toEqual(['chiedere in segreteria', '1522']);
  });
});

async function storedWithOddPhone(): Promise<{ asl: Stakeholder; anna: Contact }> {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
  const created = await createContact(
    db,
    contactInput(asl.id, { name: 'Anna Rossi', emails: [], languages: ['italiano'] }),
  );
  const anna = { ...created, phones: ['chiedere in segreteria'] };
  await db.contacts.put(anna);
  return { asl, anna };
}

async function openEditForm(asl: Stakeholder, anna: Contact): Promise<HTMLElement> {
  render(
    <I18nProvider initialLanguage="it">
      <NotificationsProvider>
        <ContactsSection stakeholder={asl} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const section = await screen.findByRole('region', { name: 'Referenti' });
  fireEvent.click(await within(section).findByRole('button', { name: `Modifica ${anna.name}` }));
  return screen.findByRole('dialog', { name: `Modifica ${anna.name}` });
}
