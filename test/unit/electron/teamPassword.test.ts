import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEAM_PASSWORD_FILE, TEAM_SETTINGS_FILE } from '../../../electron/teamConnectionStore';
import { PASSWORD, SETTINGS, expectNoPlainPassword, setUp } from './teamConnectionFixture';

// The team password: written only as bytes the system keychain encrypted, never as plain
// text; with no usable keychain it is refused for the disk, says why, and stays in memory
// until the app closes. It is given back only for the settings it was saved with.

/** Every file of the data folder, bytes and all. */
const everyFile = (folder: string) => readdirSync(folder).map((name) => readFileSync(path.join(folder, name)));

describe('the team password with a keychain', () => {
  it('is written encrypted, never in plain text, and read back after a restart', async () => {
    const { call, folder, fileBytes, openStore } = setUp();
    await call('team:save-settings', SETTINGS);
    expect(await call('team:save-password', { password: PASSWORD })).toEqual({ isSaved: true, keptUntil: 'forgotten' });
    const bytes = fileBytes(TEAM_PASSWORD_FILE);
    expect(bytes.subarray(0, 3).toString()).toBe('v10');
    for (const file of everyFile(folder)) expectNoPlainPassword(file);
    expect(await call('team:read-password')).toEqual({ password: PASSWORD });
    expect(await openStore().readPassword()).toEqual({ password: PASSWORD });
  });

  it('encrypts again, in place, when the keychain says its key has changed', async () => {
    const { call, safeStorage, fileBytes } = setUp();
    await call('team:save-settings', SETTINGS);
    await call('team:save-password', { password: PASSWORD });
    const before = fileBytes(TEAM_PASSWORD_FILE);
    safeStorage.rotateKey();
    expect(await call('team:read-password')).toEqual({ password: PASSWORD });
    expect(fileBytes(TEAM_PASSWORD_FILE).equals(before)).toBe(false);
    expectNoPlainPassword(fileBytes(TEAM_PASSWORD_FILE));
  });

  it('is refused before any settings exist: it would belong to no account', async () => {
    const { call, folder } = setUp();
    expect(await call('team:save-password', { password: PASSWORD })).toEqual({
      isSaved: false,
      reason: 'no-team-settings',
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is forgotten when the settings name another server, team or user, and never given to them', async () => {
    const { call, folder } = setUp();
    await call('team:save-settings', SETTINGS);
    await call('team:save-password', { password: PASSWORD });
    const stolen = readFileSync(path.join(folder, TEAM_PASSWORD_FILE));
    await call('team:save-settings', { ...SETTINGS, serverOrigin: 'https://evil.example' });
    expect(readdirSync(folder)).toEqual([TEAM_SETTINGS_FILE]);
    expect(await call('team:read-password')).toEqual({ password: null, reason: 'none-saved' });
    // Even the old encrypted file put back is not handed to the new server.
    writeFileSync(path.join(folder, TEAM_PASSWORD_FILE), stolen);
    expect(await call('team:read-password')).toEqual({ password: null, reason: 'none-saved' });
  });

  it('stays when the same settings are saved again', async () => {
    const { call } = setUp();
    await call('team:save-settings', SETTINGS);
    await call('team:save-password', { password: PASSWORD });
    await call('team:save-settings', { ...SETTINGS });
    expect(await call('team:read-password')).toEqual({ password: PASSWORD });
  });

  it('says a damaged or foreign file is unreadable, and gives nothing', async () => {
    const { call, folder } = setUp();
    await call('team:save-settings', SETTINGS);
    writeFileSync(path.join(folder, TEAM_PASSWORD_FILE), PASSWORD);
    expect(await call('team:read-password')).toEqual({ password: null, reason: 'unreadable' });
  });

  it('is forgotten on request', async () => {
    const { call, folder } = setUp();
    await call('team:save-settings', SETTINGS);
    await call('team:save-password', { password: PASSWORD });
    expect(await call('team:forget-password')).toEqual({ wasSaved: true });
    expect(readdirSync(folder)).toEqual([TEAM_SETTINGS_FILE]);
    expect(await call('team:read-password')).toEqual({ password: null, reason: 'none-saved' });
    expect(await call('team:forget-password')).toEqual({ wasSaved: false });
  });

  it.each([
    ['empty', { password: '' }],
    ['with a line break', { password: 'secret\nsecond line' }],
    ['with a NUL', { password: 'secret\u0000' }],
    ['over 1,024 characters', { password: 'p'.repeat(1025) }],
    ['a 2 MB string', { password: 'p'.repeat(2_000_000) }],
    ['a number', { password: 12345678 }],
    ['bare text', PASSWORD],
    ['with another key', { password: PASSWORD, userName: 'admin' }],
  ])('refuses a password %s, without echoing it', async (_case, payload) => {
    const { call, folder } = setUp();
    await call('team:save-settings', SETTINGS);
    const rejection = call('team:save-password', payload);
    await expect(rejection).rejects.toThrow(/^Refused team:save-password: invalid request/);
    await expect(rejection).rejects.not.toThrow(/secret|Correct-Horse|ppp/);
    expect(readdirSync(folder)).toEqual([TEAM_SETTINGS_FILE]);
  });
});

describe('the team password without a usable keychain', () => {
  it.each([
    ['safeStorage says encryption is unavailable', { isAvailable: false }],
    ['Linux has no secret service (safeStorage would use its built-in key)', { backend: 'basic_text' as const }],
  ])('%s: nothing is written, the reason is given, and it lasts until the app closes', async (_case, options) => {
    const { call, folder, safeStorage, openStore } = setUp(options);
    await call('team:save-settings', SETTINGS);
    expect(await call('team:save-password', { password: PASSWORD })).toEqual({
      isSaved: true,
      keptUntil: 'app-closes',
      reason: 'keychain-unavailable',
    });
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
    expect(readdirSync(folder)).toEqual([TEAM_SETTINGS_FILE]);
    for (const file of everyFile(folder)) expectNoPlainPassword(file);
    expect(await call('team:read-password')).toEqual({ password: PASSWORD });
    // The next start of the app.
    expect(await openStore().readPassword()).toEqual({ password: null, reason: 'none-saved' });
  });

  it('uses the keychain on macOS and Windows whatever the Linux backend name says', async () => {
    const { call } = setUp({ backend: 'basic_text', platform: 'darwin' });
    await call('team:save-settings', SETTINGS);
    expect(await call('team:save-password', { password: PASSWORD })).toEqual({ isSaved: true, keptUntil: 'forgotten' });
  });

  it('removes a password kept earlier, which the new one replaces', async () => {
    const withKeychain = setUp();
    await withKeychain.call('team:save-settings', SETTINGS);
    await withKeychain.call('team:save-password', { password: 'the-old-password' });
    withKeychain.safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(false);
    await withKeychain.call('team:save-password', { password: PASSWORD });
    expect(readdirSync(withKeychain.folder)).toEqual([TEAM_SETTINGS_FILE]);
  });

  it('says so when a saved password cannot be read because the keychain is gone', async () => {
    const { call, safeStorage, openStore } = setUp();
    await call('team:save-settings', SETTINGS);
    await call('team:save-password', { password: PASSWORD });
    safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(false);
    expect(await call('team:read-password')).toEqual({ password: null, reason: 'keychain-unavailable' });
    expect(await openStore().readPassword()).toEqual({ password: null, reason: 'keychain-unavailable' });
  });
});
