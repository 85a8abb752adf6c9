import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UPGRADE_BACKUP_DATABASE_NAME, saveUpgradeBackup } from '../db/upgradeBackup';
import { StartupFailure, preferredScreenLanguage } from './StartupFailure';

const saveFile = vi.hoisted(() => vi.fn(async () => ({ isSaved: true })));
vi.mock('../platform/platform', () => ({ platform: { saveFile } }));

afterEach(async () => {
  saveFile.mockClear();
  await Dexie.delete(UPGRADE_BACKUP_DATABASE_NAME);
});

describe('the startup-failure screen', () => {
  it('speaks the first of Italian or English the system prefers, Italian otherwise', () => {
    expect(preferredScreenLanguage(['en-GB', 'it'])).toBe('en');
    expect(preferredScreenLanguage(['fr-FR', 'it-IT', 'en'])).toBe('it');
    expect(preferredScreenLanguage(['de-DE'])).toBe('it');
  });

  it('after a failed upgrade says the data is unchanged and downloads the backup made before it', async () => {
    const json = '{"format":"trama-backup","schemaVersion":1}';
    await saveUpgradeBackup({ createdAt: '2026-11-23T12:00:00.000Z', fromVersion: 1, toVersion: 2, json });
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    render(
      <StartupFailure
        reason="upgrade-failed"
        databaseName="trama"
        storedVersion={1}
        error={new Error('conversion failed')}
      />,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Trama could not open your data' })).toBeTruthy();
    expect(screen.getByText('Your data is safe and unchanged.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    const download = await screen.findByRole('button', { name: 'Download the backup made before the update' });
    fireEvent.click(download);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The copy has been saved.'));
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({
        data: json,
        mimeType: 'application/json',
        suggestedName: expect.stringMatching(/^trama-backup-before-update-\d{4}-\d{2}-\d{2}\.json$/),
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Italiano' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Trama non è riuscita ad aprire i dati' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scarica il backup fatto prima dell’aggiornamento' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('it');
  });
});
