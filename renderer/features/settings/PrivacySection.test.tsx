import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  for (const row of await listUpgradeBackups()) await deleteUpgradeBackup(row.id!);
  for (const row of await listSafetyCopies()) await deleteSafetyCopy(row.id);
});

const FIRST_ANSWER = { timeout: 5000 };
const EMAIL = 'giovanna.esempio@example.org';

async function seed() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
  const giovanna = await createContact(
    db,
    contactInput(asl.id, { name: 'Giovanna Esempio', emails: [EMAIL], phones: ['+39 0823 000 000'] }),
  );
  await createAction(db, {
    title: 'Incontro DSM',
    kind: 'bilateral-meeting',
    date: '2026-09-10',
    status: 'done',
    targetIds: [asl.id],
    participantIds: [giovanna.id],
    objective: 'Chiamare il 0823 000000',
  });
  await createBriefing(db, {
    title: 'Tavolo di Caserta',
    source: { kind: 'stakeholders', stakeholderIds: [asl.id] },
    agenda: 'Saluti di Giovanna Esempio',
  });
  const json = await createBackupJson(db, '2026-11-22T08:00:00.000Z');
  await saveUpgradeBackup({ createdAt: '2026-11-22T08:00:00.000Z', fromVersion: 1, toVersion: 2, json });
  // An unreadable copy: Trama cannot take the person out of it, so it offers to delete it.
  await saveSafetyCopy({
    createdAt: '2026-11-21T08:00:00.000Z',
    reason: 'before-restore',
    json: `${json.slice(0, 500)} ${EMAIL}`,
  });
  return { asl, giovanna };
}

async function openErasure(language: 'en' | 'it' = 'en') {
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <PrivacySection />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const picker = await screen.findByRole('combobox', { name: language === 'en' ? 'Contact person' : 'Referente' });
  fireEvent.change(picker, { target: { value: 'Giovanna' } });
  fireEvent.mouseDown(await screen.findByRole('option', { name: /Giovanna Esempio/ }, FIRST_ANSWER));
  fireEvent.click(
    screen.getByRole('button', { name: language === 'en' ? 'Erase this person…' : 'Cancella questa persona…' }),
  );
  return screen.findByRole(
    'dialog',
    { name: language === 'en' ? 'Erase Giovanna Esempio?' : 'Cancellare Giovanna Esempio?' },
    FIRST_ANSWER,
  );
}

describe('the erasure dialog', () => {
  it(
    'says what will happen, erases, rewrites the copies it can once the user continues and deletes the others after a warning',
    { timeout: 30_000 },
    async () => {
      const { giovanna } = await seed();
      const dialog = await openErasure();
      expect(dialog.textContent).not.toMatch(/before today/i);
      await within(dialog).findByText(/go from every table/);
      const mentions = within(dialog).getByRole('list', { name: 'Mentions found' });
      expect(
        within(mentions)
          .getAllByRole('checkbox')
          .map((box) => [(box as HTMLInputElement).labels?.[0]?.textContent, (box as HTMLInputElement).checked]),
      ).toEqual([
        ['Action “Incontro DSM” · objective: Chiamare il 0823 000000', true],
        ['Briefing “Tavolo di Caserta” · agenda: Saluti di Giovanna Esempio', true],
      ]);
      const copies = within(dialog).getByRole('list', { name: 'Copies Trama will check' });
      expect(within(copies).getAllByRole('listitem')).toHaveLength(2);
      within(dialog).getByText(/the copies are rewritten only when you continue/);
      within(dialog).getByText(/Files you exported or downloaded yourself/);
      within(dialog).getByText(/If this person is in a spreadsheet you import later, Trama cannot recognise them/);

      fireEvent.click(within(dialog).getByRole('button', { name: 'Erase' }));
      const result = await screen.findByRole('dialog', { name: 'Giovanna Esempio erased' }, FIRST_ANSWER);
      expect(await db.contacts.get(giovanna.id)).toBeUndefined();
      // Nothing is rewritten while Undo is offered.
      within(result).getByRole('button', { name: 'Undo the erasure' });
      expect((await listUpgradeBackups())[0]!.json).toContain(EMAIL);

      fireEvent.click(within(result).getByRole('button', { name: 'Continue: check the copies' }));
      const remaining = await within(result).findByRole(
        'list',
        { name: 'Copies that still hold the person' },
        FIRST_ANSWER,
      );
      expect(
        within(remaining)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([expect.stringMatching(/could not be read \(it is not complete JSON\); its text holds their email$/)]);
      within(result).getByText(/rewritten: the person is no longer in it/);
      expect((await listUpgradeBackups())[0]!.json).not.toContain(EMAIL);
      expect((await db.briefings.toArray())[0]!.agenda).toBe('Saluti di [erased]');

      fireEvent.click(within(result).getByRole('button', { name: 'Delete this copy' }));
      const confirmation = await screen.findByRole('dialog', { name: 'Delete this copy?' });
      within(confirmation).getByText(/they hold everyone else’s data/);
      within(confirmation).getByText(/the newest copy kept by Trama will be: Copy taken before a database upgrade/);
      within(confirmation).getByText(/you can download a backup of the database as it is now/);
      fireEvent.click(within(confirmation).getByRole('button', { name: 'Delete' }));
      await within(result).findByText('No copy kept by Trama holds the person any more.', {}, FIRST_ANSWER);
      within(result).getByText(/Safety copy taken before a restore, .* — deleted/);
      within(result).getByRole('button', { name: 'Download a backup' });
      expect(await listSafetyCopies()).toEqual([]);
      expect(await listUpgradeBackups()).toHaveLength(1);
    },
  );

  it('undoes the erasure from its own window, touching no copy', { timeout: 30_000 }, async () => {
    const { giovanna } = await seed();
    fireEvent.click(within(await openErasure()).getByRole('button', { name: 'Erase' }));
    const result = await screen.findByRole('dialog', { name: 'Giovanna Esempio erased' }, FIRST_ANSWER);
    fireEvent.click(within(result).getByRole('button', { name: 'Undo the erasure' }));
    await screen.findByRole('dialog', { name: 'Erasure of Giovanna Esempio undone' }, FIRST_ANSWER);
    screen.getByText('Giovanna Esempio is back in the database as before. No copy kept by Trama was touched.');
    expect(await db.contacts.get(giovanna.id)).toBeDefined();
    expect((await db.briefings.toArray())[0]!.agenda).toBe('Saluti di Giovanna Esempio');
    expect((await listUpgradeBackups())[0]!.json).toContain(EMAIL);
  });

  it('lists the mentions no marker fits under a name of their own', { timeout: 30_000 }, async () => {
    const { asl } = await seed();
    await db.stakeholders.update(asl.id, { website: 'https://giovanna.esempio' });
    const dialog = await openErasure();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase' }));
    const result = await screen.findByRole('dialog', { name: 'Giovanna Esempio erased' }, FIRST_ANSWER);
    const left = within(result).getByRole('list', { name: 'Mentions not replaced' });
    expect(
      within(left)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Stakeholder “ASL Caserta” · website: ']);
  });

  it('speaks Italian throughout: reasons in words, never codes', { timeout: 30_000 }, async () => {
    await seed();
    fireEvent.click(within(await openErasure('it')).getByRole('button', { name: 'Cancella' }));
    const result = await screen.findByRole('dialog', { name: 'Dati di Giovanna Esempio cancellati' }, FIRST_ANSWER);
    fireEvent.click(within(result).getByRole('button', { name: 'Prosegui: controlla le copie' }));
    const remaining = await within(result).findByRole(
      'list',
      { name: 'Copie che contengono ancora la persona' },
      FIRST_ANSWER,
    );
    expect(remaining.textContent).toMatch(/illeggibile \(non è un JSON completo\); il suo testo contiene: email/);
    expect(result.textContent).not.toMatch(/not-json|unreadable|Error/);
  });
});
