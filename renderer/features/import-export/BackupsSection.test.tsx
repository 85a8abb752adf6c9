import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { stakeholderInput } from '../../../test/support/builders';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { runDailyAutoBackup } from '../../db/autoBackup';
import { createBackupJson } from '../../db/backup';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { completeSafetyCopy, deleteSafetyCopy, listSafetyCopies, saveSafetyCopy } from '../../db/safetyCopies';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { BackupFile, BackupStore } from '../../platform/platform';
import { AutomaticBackups, BackupsSection } from './BackupsSection';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  for (const copy of await listSafetyCopies()) await deleteSafetyCopy(copy.id);
});

function renderInEnglish(element: ReactElement) {
  return render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>{element}</NotificationsProvider>
    </I18nProvider>,
  );
}

/** One file per day, like the desktop shell, listed newest first. */
class DatedBackupFiles implements BackupStore {
  readonly files = new Map<string, string>();
  today = '2026-03-02';
  async writeAuto(json: string) {
    this.files.set(this.today, json);
    return { filePath: `/backups/trama-backup-${this.today}.json`, keptCount: this.files.size };
  }
  async list(): Promise<BackupFile[]> {
    return [...this.files]
      .map(([date, json]) => ({
        fileName: `trama-backup-${date}.json`,
        date,
        sizeBytes: json.length,
        kind: 'automatic' as const,
      }))
      .reverse();
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
    await screen.findByRole(
      'button',
      { name: 'Restore the copy made before a restore on 2 March 2026 at 10:00' },
      { timeout: 5000 },
    );
    screen.getByRole('button', { name: 'Restore the backup of 2 March 2026' });
    screen.getByText('Copy made before a restore');
  });

  it('gives two copies made before a restore on one day names of their own, with their time', async () => {
    const store = new DatedBackupFiles();
    store.list = async () => [
      { fileName: 'trama-safety-2026-03-02T15-30-00.json', date: '2026-03-02', sizeBytes: 2048, kind: 'safety' },
      { fileName: 'trama-safety-2026-03-02T10-00-00.json', date: '2026-03-02', sizeBytes: 2048, kind: 'safety' },
    ];
    renderInEnglish(<AutomaticBackups store={store} onOpen={() => undefined} />);
    await screen.findByRole(
      'button',
      { name: 'Restore the copy made before a restore on 2 March 2026 at 15:30' },
      { timeout: 5000 },
    );
    screen.getByRole('button', { name: 'Restore the copy made before a restore on 2 March 2026 at 10:00' });
  });
});

describe('the copies this browser keeps before each restore', () => {
  it('are listed newest first, named by date and time, to download or restore', async () => {
    const json = await createBackupJson(db);
    for (const [hour, state] of [
      [10, 'kept'],
      [15, 'attempt'],
    ] as const) {
      const saved = await saveSafetyCopy({
        createdAt: new Date(2026, 2, 2, hour, 0).toISOString(),
        reason: 'before-restore',
        json: json.replace('"tables"', `"hour":${hour},"tables"`),
      });
      if (state === 'kept') await completeSafetyCopy(saved.id);
    }
    renderInEnglish(<BackupsSection />);
    const list = await screen.findByRole('list', { name: 'Copies made before a restore' }, { timeout: 5000 });
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'Download the copy made before a restore on 2 March 2026 at 15:00',
      'Restore the copy made before a restore on 2 March 2026 at 15:00',
      'Download the copy made before a restore on 2 March 2026 at 10:00',
      'Restore the copy made before a restore on 2 March 2026 at 10:00',
    ]);
    within(list).getByText('That restore was cancelled or did not complete');
  });
});

describe('a backup file too large to read', () => {
  it('is refused before it is read, saying its size and the limit in the units file managers show', async () => {
    renderInEnglish(<BackupsSection />);
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 300_000_000 });
    fireEvent.change(screen.getByLabelText('Restore from a backup file'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'This file is 300 MB: larger than any backup Trama writes (at most 268.4 MB), so it is not read. Nothing was restored.',
    );
  });
});
