import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseBackup, type Backup } from '../../../shared/io/backup';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { createBackupJson } from '../../db/backup';
import { db } from '../../db/db';
import { recordErasedContactIds } from '../../db/erasedContacts';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { previewRestore } from '../../db/restorePreview';
import { SafetyCopyError, takeSafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { deleteSafetyCopy, listSafetyCopies } from '../../db/safetyCopies';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RestoreBackupDialog } from './RestoreBackupDialog';

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
  for (const copy of await listSafetyCopies()) await deleteSafetyCopy(copy.id);
});

const backupNow = async (): Promise<Backup> => parseBackup(await createBackupJson(db), CURRENT_SCHEMA_VERSION);
const stakeholderNames = async () => (await db.stakeholders.toArray()).map((row) => row.name).sort();

/** The dialog as the backups section opens it, with the copy taken in-thread (jsdom has no workers). */
async function openDialog(backup: Backup, takeCopy = () => takeSafetyCopy(db, undefined)) {
  const onClose = vi.fn();
  const preview = await previewRestore(db, backup);
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <RestoreBackupDialog backup={backup} preview={preview} onClose={onClose} takeSafetyCopy={takeCopy} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  return { dialog: screen.getByRole('dialog', { name: 'Restore this backup?' }), onClose };
}

describe('the restore dialog', () => {
  it('keeps a copy of the data as it was before restoring, and offers it as a download', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Here before the restore' }));
    const backup = await backupNow();
    backup.tables.stakeholders = backup.tables.stakeholders.map((row) => ({ ...row, name: 'From the backup' }));
    const { dialog } = await openDialog(backup);
    within(dialog).getByText('Before restoring, a copy of your current data is kept in this browser and offered as a download.');
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.', undefined, { timeout: 5000 });

    const copies = await listSafetyCopies();
    expect(copies).toHaveLength(1);
    expect(parseBackup(copies[0]!.json, CURRENT_SCHEMA_VERSION).tables.stakeholders.map((row) => row.name)).toEqual(['Here before the restore']);
    expect(await stakeholderNames()).toEqual(['From the backup']);
    const done = screen.getByRole('dialog', { name: 'Backup restored' });
    within(done).getByRole('button', { name: 'Download the copy of your data from before the restore' });
  });

  it('does not start the restore when the copy cannot be kept, and says why', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupNow();
    backup.tables.stakeholders = [];
    const { dialog } = await openDialog(backup, () => Promise.reject(new SafetyCopyError(new Error('The disk is full'))));
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('The restore did not start, because the copy of your current data could not be saved: The disk is full. Nothing was changed.');
    expect(await stakeholderNames()).toEqual(['Mine']);
  });

  it('restores into an empty Trama without a copy, and closes', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'From the backup' }));
    const backup = await backupNow();
    await db.stakeholders.clear();
    const { dialog, onClose } = await openDialog(backup);
    within(dialog).getByText('Trama holds no data yet, so no copy is needed before restoring.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.', undefined, { timeout: 5000 });
    expect(onClose).toHaveBeenCalled();
    expect(await listSafetyCopies()).toEqual([]);
    expect(await stakeholderNames()).toEqual(['From the backup']);
  });

  it('shows, per table, what a merge adds and changes, field by field, and keeps newer records unless told otherwise', async () => {
    const mine = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', city: 'Roma' }));
    await createStakeholder(db, stakeholderInput({ name: 'Only in the backup' }));
    const backup = await backupNow();
    await db.stakeholders.clear();
    await db.stakeholders.add({ ...mine, name: 'ASL Roma 1 (renamed here)', city: 'Rome', updatedAt: new Date(Date.parse(mine.updatedAt) + 60_000).toISOString() });

    const { dialog } = await openDialog(backup);
    const summary = within(dialog).getByRole('table', { name: 'What the backup would add and change' });
    const row = within(summary).getByRole('row', { name: /^Stakeholders/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '0', '1', '0', '0']);
    const example = within(dialog).getByRole('table', { name: 'ASL Roma 1' });
    expect(within(example).getByRole('row', { name: /^Name/ }).textContent).toBe('NameASL Roma 1 (renamed here)ASL Roma 1');
    expect(within(example).getByRole('row', { name: /^City/ }).textContent).toBe('CityRomeRoma');
    expect(within(dialog).getByRole('radio', { name: 'Keep my newer records' })).toHaveProperty('checked', true);

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Take the backup’s version for all' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.', { exact: false }, { timeout: 5000 });
    await waitFor(async () => expect(await stakeholderNames()).toEqual(['ASL Roma 1', 'Only in the backup']));
  });

  it('warns of contact persons erased here, naming no one, and leaves them out unless asked', async () => {
    const stakeholder = await createStakeholder(db, stakeholderInput());
    const erased = [await createContact(db, contactInput(stakeholder.id, { name: 'Anna Erased' })), await createContact(db, contactInput(stakeholder.id, { name: 'Bruno Erased' }))];
    await createContact(db, contactInput(stakeholder.id, { name: 'Carla Kept' }));
    const backup = await backupNow();
    await db.contacts.bulkDelete(erased.map((contact) => contact.id));
    await recordErasedContactIds(db, erased.map((contact) => contact.id));

    const { dialog } = await openDialog(backup);
    const warning = within(dialog).getByText(/^This backup holds 2 contact persons who were erased here on request\./);
    expect(warning.textContent).not.toMatch(/Anna|Bruno/);
    expect(within(dialog).getByRole('checkbox', { name: 'Restore them anyway' })).toHaveProperty('checked', false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText(/2 contact persons erased here on request were left out\./, undefined, { timeout: 5000 });
    expect((await db.contacts.toArray()).map((contact) => contact.name)).toEqual(['Carla Kept']);
  });
});

describe('a backup file refused', () => {
  it('names the table and the record', async () => {
    const { backupRefusalMessage } = await import('./backupRefusalMessage');
    const { BackupError } = await import('../../../shared/io/backup');
    const { translate } = await import('../../i18n/translate');
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
    expect(backupRefusalMessage(new BackupError('duplicate-id', '', 'stakeholders', 'asl-1'), t)).toBe('This backup is damaged: Stakeholders holds two records with the id “asl-1”. Nothing was restored.');
    expect(backupRefusalMessage(new BackupError('too-deep', 'tables.meta.2', 'meta', 'deep'), t)).toBe(
      'This backup is malformed: a value in App settings (record “deep”) is nested more than 100 levels deep. Nothing was restored.',
    );
    expect(backupRefusalMessage(new BackupError('too-deep', 'comment', null, null), t)).toBe('This backup is malformed: a value in the file is nested more than 100 levels deep. Nothing was restored.');
  });
});
