import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup, readBackupText, type Backup, type ReadBackupText } from '../../../shared/io/backup';
import type { DroppedMetaRow } from '../../../shared/io/backupMeta';
import { contactInput, relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { createBackupJson } from '../../db/backup';
import { db } from '../../db/db';
import { recordErasedContactIds } from '../../db/erasedContacts';
import { createContact } from '../../db/repositories/contacts';
import { writeMeta } from '../../db/repositories/meta';
import { createProgramme } from '../../db/repositories/organisation';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { previewRestore } from '../../db/restorePreview';
import { SafetyCopyError, takeSafetyCopy, type TakenSafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { completeSafetyCopy, deleteSafetyCopy, listSafetyCopies, saveSafetyCopy } from '../../db/safetyCopies';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import type { I18nValue } from '../../i18n/I18nContext';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RestoreBackupDialog } from './RestoreBackupDialog';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  for (const copy of await listSafetyCopies()) await deleteSafetyCopy(copy.id);
});

const backupNow = async (): Promise<Backup> => parseBackup(await createBackupJson(db), CURRENT_SCHEMA_VERSION);
const stakeholderNames = async () => (await db.stakeholders.toArray()).map((row) => row.name).sort();

/** The dialog as the backups section opens it, with the copy taken in-thread (jsdom has no workers). */
async function openDialog(
  backup: Backup,
  takeCopy: () => Promise<TakenSafetyCopy> = () => takeSafetyCopy(db, undefined),
  {
    language = 'en',
    droppedMeta = [],
    retiredRows = [],
  }: { language?: 'en' | 'it'; droppedMeta?: DroppedMetaRow[]; retiredRows?: ReadBackupText['retiredRows'] } = {},
) {
  const onClose = vi.fn();
  const preview = await previewRestore(db, backup, {
    marker: language === 'it' ? '[cancellato]' : '[erased]',
    droppedMeta,
    retiredRows,
  });
  render(
    <I18nProvider initialLanguage={language}>
      <NotificationsProvider>
        <RestoreBackupDialog backup={backup} preview={preview} onClose={onClose} takeSafetyCopy={takeCopy} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  return {
    dialog: screen.getByRole('dialog', {
      name: language === 'it' ? 'Ripristinare questa copia?' : 'Restore this backup?',
    }),
    onClose,
  };
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the restore dialog', () => {
  it('keeps a copy of the data as it was before restoring, and offers it as a download', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Here before the restore' }));
    const backup = await backupNow();
    backup.tables.stakeholders = backup.tables.stakeholders.map((row) => ({ ...row, name: 'From the backup' }));
    const { dialog } = await openDialog(backup);
    within(dialog).getByText(
      'Before restoring, a copy of your current data is kept in this browser and offered as a download.',
    );
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.', undefined, { timeout: 5000 });

    const copies = await listSafetyCopies();
    expect(copies).toHaveLength(1);
    expect(parseBackup(copies[0]!.json, CURRENT_SCHEMA_VERSION).tables.stakeholders.map((row) => row.name)).toEqual([
      'Here before the restore',
    ]);
    expect(await stakeholderNames()).toEqual(['From the backup']);
    const done = screen.getByRole('dialog', { name: 'Backup restored' });
    within(done).getByRole('button', { name: 'Download the copy of your data from before the restore' });
  });

  it('does not restore when the copy cannot be kept, and says why', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupNow();
    backup.tables.stakeholders = [];
    const { dialog } = await openDialog(backup, () =>
      Promise.reject(new SafetyCopyError(new Error('The disk is full'))),
    );
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    const alert = await within(dialog).findByRole('alert');
    within(alert).getByText(
      'The restore was not made, because the copy of your current data could not be saved: the system did not say why. Nothing was changed.',
    );
    within(alert).getByText('Details for support: The disk is full');
    expect(await stakeholderNames()).toEqual(['Mine']);
  });

  it('rolls the restore back when the copy read before it began cannot be saved, and says why', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupNow();
    backup.tables.stakeholders = backup.tables.stakeholders.map((row) => ({ ...row, name: 'From the backup' }));
    let failSaving: () => void = () => undefined;
    const kept = new Promise<never>((_resolve, reject) => (failSaving = () => reject(new Error('QuotaExceededError'))));
    const { dialog } = await openDialog(backup, async () => ({ kept }));
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await within(dialog).findByRole('progressbar');
    failSaving();
    const alert = await within(dialog).findByRole('alert');
    within(alert).getByText(
      'The restore was not made, because the copy of your current data could not be saved: the disk is full. Nothing was changed.',
    );
    expect(await stakeholderNames()).toEqual(['Mine']);
  });

  it('restores into an empty Trama without a copy, and closes', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'From the backup' }));
    const backup = await backupNow();
    await db.stakeholders.clear();
    const { dialog, onClose } = await openDialog(backup);
    within(dialog).getByText(
      'Trama holds nothing beyond what a new installation has, so no copy is needed before restoring.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.', undefined, { timeout: 5000 });
    expect(onClose).toHaveBeenCalled();
    expect(await listSafetyCopies()).toEqual([]);
    expect(await stakeholderNames()).toEqual(['From the backup']);
  });

  it('does not format the backup’s date again for each step of the progress', async () => {
    for (let index = 0; index < 30; index += 1)
      await createStakeholder(db, stakeholderInput({ name: `From the backup ${index}` }));
    const backup = await backupNow();
    await db.stakeholders.clear();
    const madeAt = Date.parse(backup.createdAt);
    const toLocaleString = Date.prototype.toLocaleString;
    let formatted = 0;
    const spy = vi.spyOn(Date.prototype, 'toLocaleString').mockImplementation(function (this: Date, ...args) {
      if (this.getTime() === madeAt) formatted += 1;
      return toLocaleString.apply(this, args);
    });
    try {
      const { dialog } = await openDialog(backup);
      const formattedToShow = formatted;
      expect(formattedToShow).toBeGreaterThan(0);
      fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
      await screen.findByText('Backup restored.', undefined, { timeout: 5000 });
      expect(formatted).toBe(formattedToShow);
    } finally {
      spy.mockRestore();
    }
    expect(await db.stakeholders.count()).toBe(30);
  });

  it('keeps a copy when Trama holds only a programme of its own, which a replace would remove', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'From the backup' }));
    const backup = await backupNow();
    await db.stakeholders.clear();
    await createProgramme(db, { name: 'My own programme' });
    const { dialog } = await openDialog(backup);
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    expect(within(dialog).queryByText(/holds no data/)).toBeNull();
    within(dialog).getByText(
      'Before restoring, a copy of your current data is kept in this browser and offered as a download.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByRole('dialog', { name: 'Backup restored' }, { timeout: 5000 });
    const copies = await listSafetyCopies();
    expect(copies).toHaveLength(1);
    expect(parseBackup(copies[0]!.json, CURRENT_SCHEMA_VERSION).tables.programmes.map((row) => row.name)).toContain(
      'My own programme',
    );
  });

  it('takes no copy when the restore changes and removes nothing held here, and says why', async () => {
    const mine = await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupNow();
    backup.tables.stakeholders.push({ ...mine, id: 'only-in-the-backup', name: 'Only in the backup' });
    const { dialog, onClose } = await openDialog(backup);
    within(dialog).getByText('This restore only adds records: nothing held here changes, so no copy is needed.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.', undefined, { timeout: 5000 });
    expect(onClose).toHaveBeenCalled();
    expect(await listSafetyCopies()).toEqual([]);
    expect(await stakeholderNames()).toEqual(['Mine', 'Only in the backup']);
  });

  it('shows, per table, what a merge adds and changes, field by field, and keeps newer records unless told otherwise', async () => {
    const mine = await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1', city: 'Roma' }));
    await createStakeholder(db, stakeholderInput({ name: 'Only in the backup' }));
    const backup = await backupNow();
    await db.stakeholders.clear();
    await db.stakeholders.add({
      ...mine,
      name: 'ASL Roma 1 (renamed here)',
      city: 'Rome',
      updatedAt: new Date(Date.parse(mine.updatedAt) + 60_000).toISOString(),
    });

    const { dialog } = await openDialog(backup);
    const summary = within(dialog).getByRole('table', { name: 'What the backup would add and change' });
    const row = within(summary).getByRole('row', { name: /^Stakeholders/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '1', '0', '0']);
    const example = within(dialog).getByRole('table', { name: 'ASL Roma 1' });
    expect(within(example).getByRole('row', { name: /^Name/ }).textContent).toBe(
      'NameASL Roma 1 (renamed here)ASL Roma 1',
    );
    expect(within(example).getByRole('row', { name: /^City/ }).textContent).toBe('CityRomeRoma');
    expect(within(dialog).getByRole('radio', { name: 'Keep my newer records' })).toHaveProperty('checked', true);

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Take the backup’s version for all' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.', { exact: false }, { timeout: 5000 });
    await waitFor(async () => expect(await stakeholderNames()).toEqual(['ASL Roma 1', 'Only in the backup']));
  });

  it('warns of contact persons erased here, naming no one, and leaves them out unless asked', async () => {
    const stakeholder = await createStakeholder(db, stakeholderInput());
    const erased = [
      await createContact(db, contactInput(stakeholder.id, { name: 'Anna Erased' })),
      await createContact(db, contactInput(stakeholder.id, { name: 'Bruno Erased' })),
    ];
    await createContact(db, contactInput(stakeholder.id, { name: 'Carla Kept' }));
    const backup = await backupNow();
    await db.contacts.bulkDelete(erased.map((contact) => contact.id));
    await recordErasedContactIds(
      db,
      erased.map((contact) => contact.id),
    );

    const { dialog } = await openDialog(backup);
    const warning = within(dialog).getByText(/^This backup holds 2 contact persons who were erased here on request\./);
    expect(warning.textContent).not.toMatch(/Anna|Bruno/);
    expect(within(dialog).getByRole('checkbox', { name: /^Restore them anyway/ })).toHaveProperty('checked', false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText(/2 contact persons erased here on request were left out\./, undefined, { timeout: 5000 });
    expect((await db.contacts.toArray()).map((contact) => contact.name)).toEqual(['Carla Kept']);
  });

  it('says in how many records an erased person’s details are replaced, naming no one', async () => {
    const stakeholder = await createStakeholder(db, stakeholderInput({ notes: 'Ask Anna Erased.' }));
    const anna = await createContact(db, contactInput(stakeholder.id, { name: 'Anna Erased' }));
    const backup = await backupNow();
    await db.contacts.delete(anna.id);
    await recordErasedContactIds(db, [anna.id]);
    const { dialog } = await openDialog(backup);
    const notice = within(dialog).getByText(/replaced by “\[erased\]” in 1 record of the backup/);
    expect(notice.textContent).not.toMatch(/Anna/);
  });

  it('names the column of records not held here as new or deleted here since', async () => {
    const mine = await createStakeholder(db, stakeholderInput({ name: 'Deleted here since the backup' }));
    const backup = await backupNow();
    await db.stakeholders.delete(mine.id);
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const { dialog } = await openDialog(backup);
    within(dialog).getByRole('columnheader', { name: 'Not here (new, or deleted here since)' });
  });

  it('shows every field and value in the user’s language: labels, names, yes and no, not codes, ids or true/false', async () => {
    const [asl, prefettura] = [
      await createStakeholder(db, stakeholderInput({ name: 'ASL Roma 1' })),
      await createStakeholder(db, stakeholderInput({ name: 'Prefettura di Roma' })),
    ];
    const link = await createRelationship(
      db,
      relationshipInput(asl.id, prefettura.id, { status: 'active', isDirected: true }),
    );
    await writeMeta(db, 'preferences.omitPersonalColumns', true);
    const backup = await backupNow();
    await db.relationships.update(link.id, {
      status: 'inactive',
      isDirected: false,
      updatedAt: '2000-01-01T00:00:00.000Z',
    });
    await writeMeta(db, 'preferences.omitPersonalColumns', false);

    const { dialog } = await openDialog(backup, undefined, { language: 'it' });
    const relationship = within(dialog).getByRole('table', { name: 'ASL Roma 1 → Prefettura di Roma' });
    expect(cellsOf(within(relationship).getByRole('row', { name: /^Stato/ }))).toEqual(['Non attiva', 'Attiva']);
    expect(cellsOf(within(relationship).getByRole('row', { name: /^A senso unico/ }))).toEqual(['No', 'Sì']);
    const setting = within(dialog).getByRole('table', { name: 'Colonne personali escluse dalle esportazioni' });
    expect(cellsOf(within(setting).getByRole('row', { name: /^Valore/ }))).toEqual(['No', 'Sì']);
    expect(dialog.textContent).not.toMatch(/isDirected|inactive|true|false|omitPersonalColumns/);
  });

  it('names the settings of the backup it leaves out, and why', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const raw = JSON.parse(await createBackupJson(db)) as { tables: { meta: Array<{ key: string; value: unknown }> } };
    raw.tables.meta.push({ key: 'x-unknown\u202e', value: 1 }, { key: 'onboarded', value: 'yes' });
    const { backup, droppedMeta } = readBackupText(JSON.stringify(raw), CURRENT_SCHEMA_VERSION);
    const { dialog } = await openDialog(backup, undefined, { droppedMeta });
    within(dialog).getByText(
      'Left out of the restore, as settings Trama does not write or cannot read: “x-unknown\ufffd” (unknown), “onboarded” (not valid).',
    );
  });

  it.each([
    [
      'en',
      2,
      '2 records of tables Trama no longer has (Saved map views) will not be restored; they stay in the backup file.',
    ],
    [
      'en',
      1,
      '1 record of tables Trama no longer has (Saved map views) will not be restored; it stays in the backup file.',
    ],
    [
      'it',
      2,
      '2 dati di tabelle che Trama non usa più (Viste salvate della mappa) non verranno ripristinati; restano nel file della copia.',
    ],
    [
      'it',
      1,
      '1 dato di tabelle che Trama non usa più (Viste salvate della mappa) non verrà ripristinato; resta nel file della copia.',
    ],
  ] as const)(
    'in %s, says that %i row(s) of a table this version no longer has are not restored',
    async (language, count, text) => {
      await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
      const raw = JSON.parse(await createBackupJson(db)) as { schemaVersion: number; tables: Record<string, unknown> };
      raw.schemaVersion = 2;
      raw.tables.savedViews = Array.from({ length: count }, (_, index) => ({ id: `view-${index}`, name: 'Campania' }));
      const { backup, retiredRows } = readBackupText(JSON.stringify(raw), CURRENT_SCHEMA_VERSION);
      const { dialog } = await openDialog(backup, undefined, { language, retiredRows });
      within(dialog).getByText(text);
    },
  );

  it('says nothing of retired tables when the backup holds none of their rows', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const { dialog } = await openDialog(await backupNow());
    expect(dialog.textContent).not.toMatch(/no longer has/);
  });

  it('says a restore that failed changed nothing, in the user’s language', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupNow();
    backup.tables.stakeholders.push({ ...backup.tables.stakeholders[0]!, id: undefined as unknown as string });
    const { dialog } = await openDialog(backup);
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    const alert = await within(dialog).findByRole('alert', undefined, { timeout: 5000 });
    expect(alert.textContent).toMatch(/^The restore could not be completed and was undone: nothing was changed\./);
    expect(await stakeholderNames()).toEqual(['Mine']);
  });

  it('says why the copy could not be kept in the user’s language, without the system’s English words', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupNow();
    backup.tables.stakeholders = [];
    const { dialog } = await openDialog(
      backup,
      () => Promise.reject(new SafetyCopyError(new Error('ENOSPC: no space left on device'))),
      { language: 'it' },
    );
    fireEvent.click(within(dialog).getByRole('radio', { name: /Sostituisci tutto/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ripristina' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      'Il ripristino non è stato eseguito perché non è stato possibile salvare la copia dei dati attuali: il disco è pieno. Non è stato modificato nulla.',
    );
  });

  it('tells which old copy a completed restore removed from this browser', async () => {
    for (const day of [1, 2, 3, 4, 5]) {
      const saved = await saveSafetyCopy({
        createdAt: new Date(2026, 2, day, 10, 0).toISOString(),
        reason: 'before-restore',
        json: `{"day":${day}}`,
      });
      await completeSafetyCopy(saved.id);
    }
    await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
    const backup = await backupNow();
    backup.tables.stakeholders = [];
    const { dialog } = await openDialog(backup);
    fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText(
      /The oldest copy kept in this browser, from 1 March 2026 at 10:00, was removed: the last 5 are kept\./,
      undefined,
      { timeout: 5000 },
    );
    expect(await listSafetyCopies()).toHaveLength(5);
  });
});

describe('a backup file refused', () => {
  it('names the table and the record', async () => {
    const { backupRefusalMessage } = await import('./backupRefusalMessage');
    const { BackupError } = await import('../../../shared/io/backup');
    const { translate } = await import('../../i18n/translate');
    const t: I18nValue['t'] = (key, ...params) => translate('en', key, ...params);
    expect(backupRefusalMessage(new BackupError('duplicate-id', '', 'stakeholders', 'asl-1'), t)).toBe(
      'This backup is damaged: Stakeholders holds two records with the id “asl-1”. Nothing was restored.',
    );
    expect(backupRefusalMessage(new BackupError('too-deep', 'tables.meta.2', 'meta', 'deep'), t)).toBe(
      'This backup is malformed: a value in App settings (record “deep”) is nested more than 100 levels deep. Nothing was restored.',
    );
    expect(backupRefusalMessage(new BackupError('too-deep', 'comment', null, null), t)).toBe(
      'This backup is malformed: a value in the file is nested more than 100 levels deep. Nothing was restored.',
    );
  });
});
