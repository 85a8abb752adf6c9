import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { parseRoute } from '../../app/route';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ContactsSection } from './ContactsSection';
import { RelationshipsSection } from './RelationshipsSection';
import { StakeholdersPage } from './StakeholdersPage';

// A record added by mistake is taken back from its notice, as a training is: the notice of a new
// stakeholder, contact person or relationship offers Undo. What was added to the record since
// stays, and so does the record it needs.

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function undoButtonOf(message: string): HTMLElement {
  return within(screen.getByText(message).closest('.toast')!).getByRole('button', { name: 'Undo' });
}

async function createFromList(name: string) {
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <StakeholdersPage route={parseRoute('#/stakeholders', 'dashboard')} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'New stakeholder' }));
  const dialog = screen.getByRole('dialog', { name: 'New stakeholder' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: name } });
  fireEvent.change(within(dialog).getByRole('combobox', { name: 'Region' }), { target: { value: 'lazio' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  await screen.findByText(`${name} added.`);
  return (await db.stakeholders.where('name').equals(name).first())!;
}

async function renderSections() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' }));
  await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Roma' }));
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <ContactsSection stakeholder={asl} />
        <RelationshipsSection stakeholder={asl} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  return asl;
}

describe('the notice of a record just created', () => {
  it('offers Undo for a new stakeholder, which takes it back', async () => {
    await createFromList('CAS Via Tiburtina');
    fireEvent.click(undoButtonOf('CAS Via Tiburtina added.'));
    await screen.findByText('Undone.');
    expect(await db.stakeholders.count(), 'the stakeholder created by mistake is still stored').toBe(0);
  });

  it('keeps a new stakeholder that got a contact person since, and says why', async () => {
    const cas = await createFromList('CAS Via Tiburtina');
    await createContact(db, contactInput(cas.id, { name: 'Anna Rossi' }));
    fireEvent.click(undoButtonOf('CAS Via Tiburtina added.'));
    const dialog = await screen.findByRole('dialog', { name: 'This change cannot be fully undone' });
    expect(dialog.textContent).toContain(
      'CAS Via Tiburtina (Stakeholder): referred to later by Anna Rossi (Contact person)',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await db.stakeholders.get(cas.id), 'Anna Rossi points at a stakeholder that is gone').toBeDefined();
    expect(await db.contacts.count()).toBe(1);
  });

  it('offers Undo for a new contact person, which takes it back', async () => {
    await renderSections();
    fireEvent.click(await screen.findByRole('button', { name: 'Add contact person' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Anna Rossi' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Anna Rossi added.');
    fireEvent.click(undoButtonOf('Anna Rossi added.'));
    await screen.findByText('Undone.');
    expect(await db.contacts.count(), 'the contact person created by mistake is still stored').toBe(0);
  });

  it('offers Undo for a new relationship, which takes it back', async () => {
    await renderSections();
    fireEvent.click(await screen.findByRole('button', { name: 'Add relationship' }));
    const dialog = await screen.findByRole('dialog');
    const other = within(dialog).getByRole('combobox', { name: 'Linked stakeholder' });
    fireEvent.focus(other);
    fireEvent.change(other, { target: { value: 'Prefettura' } });
    const option = await within(dialog).findByRole('option', { name: /Prefettura di Roma/ });
    fireEvent.mouseDown(option);
    fireEvent.click(option);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Relationship added.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(undoButtonOf('Relationship added.'));
    await screen.findByText('Undone.');
    expect(await db.relationships.count(), 'the relationship created by mistake is still stored').toBe(0);
  });
});
