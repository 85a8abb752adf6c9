import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { createBackupJson } from '../../db/backup';
import { db } from '../../db/db';
import { createAction } from '../../db/repositories/actions';
import { createBriefing } from '../../db/repositories/briefings';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { deleteSafetyCopy, listSafetyCopies, saveSafetyCopy } from '../../db/safetyCopies';
import { deleteUpgradeBackup, listUpgradeBackups, saveUpgradeBackup } from '../../db/upgradeBackup';
import { I18nProvider } from '../../i18n/I18nProvider';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { PrivacySection } from './PrivacySection';

// Issue 13: the erasure dialog says precisely what happens — database, mentions, the copies
// checked and rewritten, the ones that remain, and what Trama cannot reach.

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  for (const row of await listUpgradeBackups()) await deleteUpgradeBackup(row.id!);
  for (const row of await listSafetyCopies()) await deleteSafetyCopy(row.id);
});

const FIRST_ANSWER = { timeout: 5000 };
const EMAIL = 'giovanna.esempio@example.org';

async function seed() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
  const giovanna = await createContact(db, contactInput(asl.id, { name: 'Giovanna Esempio', emails: [EMAIL], phones: ['+39 0823 000 000'] }));
  await createAction(db, { title: 'Incontro DSM', kind: 'bilateral-meeting', date: '2026-09-10', status: 'done', targetIds: [asl.id], participantIds: [giovanna.id], objective: 'Chiamare il 0823 000000' });
  await createBriefing(db, { title: 'Tavolo di Caserta', source: { kind: 'stakeholders', stakeholderIds: [asl.id] }, agenda: 'Saluti di Giovanna Esempio' });
  const json = await createBackupJson(db, '2026-11-22T08:00:00.000Z');
  await saveUpgradeBackup({ createdAt: '2026-11-22T08:00:00.000Z', fromVersion: 1, toVersion: 2, json });
  // An unreadable copy: Trama cannot take the person out of it, so it offers to delete it.
  await saveSafetyCopy({ createdAt: '2026-11-21T08:00:00.000Z', reason: 'before-restore', json: `${json.slice(0, 500)}` });
  return giovanna;
}

async function openErasure() {
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <PrivacySection />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const picker = await screen.findByRole('combobox', { name: 'Contact person' });
  fireEvent.change(picker, { target: { value: 'Giovanna' } });
  fireEvent.mouseDown(await screen.findByRole('option', { name: /Giovanna Esempio/ }, FIRST_ANSWER));
  fireEvent.click(screen.getByRole('button', { name: 'Erase this person…' }));
  return screen.findByRole('dialog', { name: 'Erase Giovanna Esempio?' }, FIRST_ANSWER);
}

describe('the erasure dialog', () => {
  it('says what will happen, erases, rewrites the copies it can and deletes the others when asked', { timeout: 30_000 }, async () => {
    const giovanna = await seed();
    const dialog = await openErasure();
    expect(dialog.textContent).not.toMatch(/before today/i);
    await within(dialog).findByText(/go from every table/);
    const mentions = within(dialog).getByRole('list', { name: 'Mentions found' });
    expect(within(mentions).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Action “Incontro DSM” · objective: Chiamare il 0823 000000',
      'Briefing “Tavolo di Caserta” · agenda: Saluti di Giovanna Esempio',
    ]);
    expect(within(dialog).getByRole('checkbox', { name: 'Replace these mentions with “[erased]”' })).toHaveProperty('checked', true);
    const copies = within(dialog).getByRole('list', { name: 'Copies Trama will check' });
    expect(within(copies).getAllByRole('listitem')).toHaveLength(2);
    within(dialog).getByText(/copies already rewritten stay rewritten/);
    within(dialog).getByText(/Files you exported or downloaded yourself/);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase' }));
    const result = await screen.findByRole('dialog', { name: 'Giovanna Esempio erased' }, FIRST_ANSWER);
    const remaining = await within(result).findByRole('list', { name: 'Copies that still hold the person' }, FIRST_ANSWER);
    expect(within(remaining).getAllByRole('listitem')).toHaveLength(1);
    within(result).getByText(/rewritten: the person is no longer in it/);
    expect((await listUpgradeBackups())[0]!.json).not.toContain(EMAIL);
    expect(await db.contacts.get(giovanna.id)).toBeUndefined();
    expect((await db.briefings.toArray())[0]!.agenda).toBe('Saluti di [erased]');

    fireEvent.click(within(result).getByRole('button', { name: 'Delete this copy' }));
    await within(result).findByText('No copy kept by Trama holds the person any more.');
    within(result).getByText(/Safety copy taken before a restore, .* — deleted/);
    expect(await listSafetyCopies()).toEqual([]);
    expect(await listUpgradeBackups()).toHaveLength(1);
  });
});
