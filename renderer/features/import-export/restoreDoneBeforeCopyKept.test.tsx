import { fireEvent, render, screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, expect, it, vi } from 'vitest';
import { parseBackup, type Backup } from '../../../shared/io/backup';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { createBackupJson } from '../../db/backup';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { previewRestore } from '../../db/restorePreview';
import {
  deleteSafetyCopy,
  listSafetyCopies,
  listSafetyCopySummaries,
  saveSafetyCopy,
  SAFETY_COPY_DATABASE_NAME,
} from '../../db/safetyCopies';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RestoreBackupDialog } from './RestoreBackupDialog';

// Once the restore has committed, the user is told at once: marking the copy taken before
// it as kept (and removing older copies) follows, and the notice names what it removed.

/** Lets go of the copies' database, if a test still holds it. */
let letGo: () => Promise<void> = async () => undefined;

afterEach(async () => {
  await letGo();
  await Promise.all(db.tables.map((table) => table.clear()));
  for (const copy of await listSafetyCopies()) await deleteSafetyCopy(copy.id);
});

/** A read-write transaction on the copies' database that lasts until let go: nothing else can write there meanwhile. */
function holdCopiesDatabase(): () => Promise<void> {
  const holder = new Dexie(SAFETY_COPY_DATABASE_NAME);
  let held = true;
  const holding = holder.open().then(() =>
    holder.transaction('rw', 'copies', async (tx) => {
      while (held) await tx.table('copies').get(-1);
    }),
  );
  return async () => {
    held = false;
    await holding;
    holder.close();
  };
}

it('says the backup is restored before the copy taken for it is marked kept, then tells it in the notice', async () => {
  await createStakeholder(db, stakeholderInput({ name: 'Mine' }));
  const backup: Backup = parseBackup(await createBackupJson(db), CURRENT_SCHEMA_VERSION);
  backup.tables.stakeholders = [];
  const saved = await saveSafetyCopy({
    createdAt: new Date().toISOString(),
    reason: 'before-restore',
    json: await createBackupJson(db),
  });
  const preview = await previewRestore(db, backup, { marker: '[erased]' });
  const copy = { where: 'browser' as const, copyId: saved.id, isNew: true, pruned: [] };
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <RestoreBackupDialog backup={backup} preview={preview} onClose={vi.fn()} takeSafetyCopy={async () => copy} />
      </NotificationsProvider>
    </I18nProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' });
  letGo = holdCopiesDatabase();
  fireEvent.click(within(dialog).getByRole('radio', { name: /Replace everything/ }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));

  const done = await screen.findByRole('dialog', { name: 'Backup restored' }, { timeout: 5000 });
  within(done).getByRole('button', { name: 'Download the copy of your data from before the restore' });
  expect(await db.stakeholders.count()).toBe(0);
  expect(screen.queryByText('Backup restored.')).toBeNull();

  await letGo();
  await screen.findByText('Backup restored.', undefined, { timeout: 5000 });
  expect((await listSafetyCopySummaries()).map((summary) => summary.state)).toEqual(['kept']);
});
