import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { createBackupJson } from '../../db/backup';
import { db } from '../../db/db';
import { createContact } from '../../db/repositories/contacts';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { platform, type BackupFile, type BackupStore } from '../../platform/platform';
import type * as PlatformModule from '../../platform/platform';
import { contactInput, stakeholderInput } from '../../../test/support/builders';
import { PrivacySection } from './PrivacySection';

// Review of issue 13, on the desktop (a backups folder): the erasure dialog can be closed
// while the copies are checked, with a warning, and Settings reminds of the copies left
// unchecked; deleting copies is followed by a fresh backup of everyone else.

const { HeldBackupsFolder } = vi.hoisted(() => {
  /** The backups folder, in memory; reading waits while `isHeld`. */
  class HeldBackupsFolder implements BackupStore {
    readonly files = new Map<string, string>();
    readonly written: string[] = [];
    isHeld = false;
    private waiting: Array<() => void> = [];
    release() {
      this.isHeld = false;
      for (const resume of this.waiting.splice(0)) resume();
    }
    async writeAuto(json: string) {
      this.written.push(json);
      this.files.set('trama-backup-2026-11-23.json', json);
      return { filePath: '/backups/trama-backup-2026-11-23.json', keptCount: this.files.size };
    }
    async writeSafetyCopy() {
      return { fileName: 'unused.json' };
    }
    async list(): Promise<BackupFile[]> {
      return [...this.files].map(([fileName, json]) => ({
        fileName,
        date: fileName.slice(13, 23),
        sizeBytes: json.length,
        kind: 'automatic' as const,
      }));
    }
    async read(fileName: string) {
      if (this.isHeld) await new Promise<void>((resume) => this.waiting.push(resume));
      return this.files.get(fileName)!;
    }
    async replace(fileName: string, json: string) {
      if (json.includes('refuse me')) throw new Error('EACCES: permission denied');
      this.files.set(fileName, json);
    }
    async remove(fileName: string) {
      this.files.delete(fileName);
    }
    async openFolder() {
      return true;
    }
  }
  return { HeldBackupsFolder };
});
vi.mock('../../platform/platform', async (importOriginal) => {
  const original = await importOriginal<typeof PlatformModule>();
  return { ...original, platform: { ...original.platform, isDesktop: true, backups: new HeldBackupsFolder() } };
});
const backups = () => platform.backups as InstanceType<typeof HeldBackupsFolder>;

afterEach(async () => {
  backups().release();
  backups().files.clear();
  backups().written.length = 0;
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

async function seedAndOpen() {
  const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Caserta', province: 'CE' }));
  const giovanna = await createContact(
    db,
    contactInput(asl.id, { name: 'Giovanna Esempio', emails: ['giovanna.esempio@example.org'] }),
  );
  backups().files.set('trama-backup-2026-11-22.json', await createBackupJson(db, '2026-11-22T08:00:00.000Z'));
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <PrivacySection />
      </NotificationsProvider>
    </I18nProvider>,
  );
  fireEvent.change(await screen.findByRole('combobox', { name: 'Contact person' }), { target: { value: 'Giovanna' } });
  fireEvent.mouseDown(await screen.findByRole('option', { name: /Giovanna Esempio/ }, FIRST_ANSWER));
  fireEvent.click(screen.getByRole('button', { name: 'Erase this person…' }));
  fireEvent.click(
    within(await screen.findByRole('dialog', { name: 'Erase Giovanna Esempio?' }, FIRST_ANSWER)).getByRole('button', {
      name: 'Erase',
    }),
  );
  return { giovanna, result: await screen.findByRole('dialog', { name: 'Giovanna Esempio erased' }, FIRST_ANSWER) };
}

describe('checking the copies on the desktop', () => {
  it(
    'can be closed while copies are checked, after a warning, and Settings reminds of them until they are',
    { timeout: 30_000 },
    async () => {
      const { giovanna, result } = await seedAndOpen();
      backups().files.set('trama-backup-2026-11-21.json', backups().files.get('trama-backup-2026-11-22.json')!);
      backups().isHeld = true;
      fireEvent.click(within(result).getByRole('button', { name: 'Continue: check the copies' }));
      await within(result).findByText('Checking copy 1 of 2…', {}, FIRST_ANSWER);
      fireEvent.click(within(result).getByRole('button', { name: 'Close' }));
      within(result).getByText(/If you close now, the copies not yet checked may still hold the person/);
      fireEvent.click(within(result).getByRole('button', { name: 'Stop and close' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      backups().release();

      const reminder = await screen.findByText(
        /After 1 erasure, the copies kept by Trama were not all checked/,
        {},
        FIRST_ANSWER,
      );
      // The copy being checked was finished; the next one was not touched.
      expect(backups().files.get('trama-backup-2026-11-21.json')).toContain(giovanna.id);
      fireEvent.click(within(reminder.parentElement!).getByRole('button', { name: 'Check the copies now' }));
      const resumed = await screen.findByRole('dialog', { name: 'Checking the copies after an erasure' }, FIRST_ANSWER);
      await within(resumed).findByText(/rewritten: the person is no longer in it/, {}, FIRST_ANSWER);
      expect(backups().files.get('trama-backup-2026-11-21.json')).not.toContain(giovanna.id);
      expect(backups().files.get('trama-backup-2026-11-22.json')).not.toContain(giovanna.id);
      fireEvent.click(within(resumed).getByRole('button', { name: 'Close' }));
      await vi.waitFor(() => expect(screen.queryByText(/were not all checked/)).toBeNull());
    },
  );

  it(
    'writes a fresh backup of everyone else right after deleting the copies that hold the person',
    { timeout: 30_000 },
    async () => {
      const { giovanna, result } = await seedAndOpen();
      // The rewritten copy cannot be saved: it still holds the person, and the user deletes it.
      backups().files.set(
        'trama-backup-2026-11-22.json',
        backups()
          .files.get('trama-backup-2026-11-22.json')!
          .replace('"meta":[]', '"meta":[{"key":"x","value":"refuse me"}]'),
      );
      fireEvent.click(within(result).getByRole('button', { name: 'Continue: check the copies' }));
      await within(result).findByRole('list', { name: 'Copies that still hold the person' }, FIRST_ANSWER);
      fireEvent.click(within(result).getByRole('button', { name: 'Delete this copy' }));
      const confirmation = await screen.findByRole('dialog', { name: 'Delete this copy?' });
      within(confirmation).getByText('Afterwards, Trama keeps no copy at all.');
      within(confirmation).getByText('Right after, Trama saves a new backup of the database as it is now.');
      fireEvent.click(within(confirmation).getByRole('button', { name: 'Delete' }));
      await within(result).findByText(
        'A new backup of the database as it is now was saved in the backups folder.',
        {},
        FIRST_ANSWER,
      );
      expect([...backups().files.keys()]).toEqual(['trama-backup-2026-11-23.json']);
      expect(backups().written).toHaveLength(1);
      expect(backups().written[0]).toContain('ASL Caserta');
      expect(backups().written[0]).not.toContain('Giovanna Esempio');
      expect(giovanna.id).toBeDefined();
    },
  );
});
