import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { runDailyAutoBackup } from '../../db/autoBackup';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { BackupFile, BackupStore } from '../../platform/platform';
import { AutomaticBackups } from './BackupsSection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** One file per day, like the desktop shell, listed newest first. */
class DatedBackupFiles implements BackupStore {
  readonly files = new Map<string, string>();
  today = '2026-03-02';
  async writeAuto(json: string) {
    this.files.set(this.today, json);
    return { filePath: `/backups/trama-backup-${this.today}.json`, keptCount: this.files.size };
  }
  async list(): Promise<BackupFile[]> {
    return [...this.files].map(([date, json]) => ({ fileName: `trama-backup-${date}.json`, date, sizeBytes: json.length, kind: 'automatic' as const })).reverse();
  }
  async read(): Promise<string> {
    return '';
  }
  async writeSafetyCopy() {
    return { fileName: 'trama-safety-2026-03-02T10-00-00.json' };
  }
  async replace() {}
  async remove() {}
  async openFolder() {
    return true;
  }
}

describe('the automatic backups list', () => {
  it('shows a backup written while it is open', async () => {
    await createStakeholder(db, stakeholderInput());
    const store = new DatedBackupFiles();
    await runDailyAutoBackup(db, store, new Date(2026, 2, 2, 9, 0));
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <AutomaticBackups store={store} onOpen={() => undefined} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    await screen.findByRole('button', { name: 'Restore the backup of 2 March 2026' }, { timeout: 5000 });

    // The app stayed open past midnight: the hourly check makes the new day's backup.
    store.today = '2026-03-03';
    await runDailyAutoBackup(db, store, new Date(2026, 2, 3, 0, 30));
    await screen.findByRole('button', { name: 'Restore the backup of 3 March 2026' });
    expect(screen.getAllByRole('button', { name: /^Restore the backup of/ })).toHaveLength(2);
  });

  it('tells a copy made before a restore from a daily backup', async () => {
    const store = new DatedBackupFiles();
    store.list = async () => [
      { fileName: 'trama-safety-2026-03-02T10-00-00.json', date: '2026-03-02', sizeBytes: 2048, kind: 'safety' },
      { fileName: 'trama-backup-2026-03-02.json', date: '2026-03-02', sizeBytes: 2048, kind: 'automatic' },
    ];
    render(
      <I18nProvider initialLanguage="en">
        <NotificationsProvider>
          <AutomaticBackups store={store} onOpen={() => undefined} />
        </NotificationsProvider>
      </I18nProvider>,
    );
    await screen.findByRole('button', { name: 'Restore the copy made before a restore on 2 March 2026' }, { timeout: 5000 });
    screen.getByRole('button', { name: 'Restore the backup of 2 March 2026' });
    screen.getByText('Copy made before a restore');
  });
});
