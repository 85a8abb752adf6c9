import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { IpcRejection } from '../../../electron/ipc';
import { TEAM_SETTINGS_FILE } from '../../../electron/teamConnectionStore';
import { PASSWORD, SETTINGS, ourContents, setUp } from './teamConnectionFixture';

// The team connection over IPC: the settings in a JSON file of the data folder, the password
// only encrypted by the system keychain (safeStorage; teamPassword.test.ts), every call
// checked for its sender and its payload first.

describe('who may call the team channels', () => {
  const teamChannels = (channels: string[]) => channels.filter((channel) => channel.startsWith('team:'));

  it.each([
    ['another origin', { sender: ourContents, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame', { sender: ourContents, senderFrame: { url: 'app://trama/', parent: {} } }],
    ['another web contents', { sender: {}, senderFrame: { url: 'app://trama/', parent: null } }],
    ['no frame', { sender: ourContents, senderFrame: null }],
  ])('refuses %s on every team channel, and writes nothing', async (_case, event) => {
    const { call, channels, folder } = setUp();
    expect(teamChannels(channels)).toHaveLength(6);
    for (const channel of teamChannels(channels)) {
      const payload =
        channel === 'team:save-settings'
          ? SETTINGS
          : channel === 'team:save-password'
            ? { password: PASSWORD }
            : undefined;
      await expect(call(channel, payload, event)).rejects.toBeInstanceOf(IpcRejection);
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('team settings', () => {
  it('keeps the settings in a JSON file of the data folder, read back after a restart', async () => {
    const { call, openStore, fileBytes } = setUp();
    expect(await call('team:read-settings')).toBeNull();
    expect(await call('team:save-settings', SETTINGS)).toEqual(SETTINGS);
    expect(await call('team:read-settings')).toEqual(SETTINGS);
    expect(JSON.parse(fileBytes(TEAM_SETTINGS_FILE).toString('utf8'))).toEqual(SETTINGS);
    expect(await openStore().readSettings()).toEqual(SETTINGS);
  });

  it.each([
    ['plain http to another computer', { ...SETTINGS, serverOrigin: 'http://couch.example.org' }],
    ['an address that is not a bare origin', { ...SETTINGS, serverOrigin: 'https://couch.example.org/' }],
    ['an address with a path', { ...SETTINGS, serverOrigin: 'https://couch.example.org/trama-psychcare' }],
    ['credentials in the address', { ...SETTINGS, serverOrigin: 'https://anna:secret@couch.example.org' }],
    ['a javascript: address', { ...SETTINGS, serverOrigin: 'javascript:alert(1)' }],
    ['a policy injection', { ...SETTINGS, serverOrigin: "https://a.org; script-src 'unsafe-inline'" }],
    ['a look-alike host', { ...SETTINGS, serverOrigin: 'https://xn--80ak6aa92e.com' }],
    ['a 2,000-character address', { ...SETTINGS, serverOrigin: `https://${'a'.repeat(2000)}.org` }],
    ['a team name in capitals', { ...SETTINGS, team: 'PsychCare' }],
    ['a team name with a slash', { ...SETTINGS, team: 'psychcare/../_users' }],
    ['a user name with a line break', { ...SETTINGS, userName: 'anna\nadmin' }],
    ['a huge user name', { ...SETTINGS, userName: 'a'.repeat(100_000) }],
    ['a password among the settings', { ...SETTINGS, password: PASSWORD }],
    [
      'a __proto__ key',
      JSON.parse(`{"serverOrigin":"https://couch.example.org","team":"t","userName":"u","__proto__":{"isAdmin":true}}`),
    ],
    ['a missing field', { serverOrigin: SETTINGS.serverOrigin, team: SETTINGS.team }],
    ['text instead of settings', 'https://couch.example.org'],
    ['nothing', undefined],
  ])('refuses %s, naming the contract’s reason, and keeps what was there', async (_case, payload) => {
    const { call, fileBytes } = setUp();
    await call('team:save-settings', SETTINGS);
    const rejection = call('team:save-settings', payload);
    await expect(rejection).rejects.toThrow(/^Refused team:save-settings: invalid request/);
    await expect(rejection).rejects.not.toThrow(/secret|Correct-Horse|admin|evil/);
    expect(JSON.parse(fileBytes(TEAM_SETTINGS_FILE).toString('utf8'))).toEqual(SETTINGS);
  });

  it('says which rule an address broke', async () => {
    const { call } = setUp();
    await expect(call('team:save-settings', { ...SETTINGS, serverOrigin: 'http://couch.example.org' })).rejects.toThrow(
      /invalid-server-address/,
    );
    await expect(call('team:save-settings', { ...SETTINGS, team: 'A B' })).rejects.toThrow(/invalid-team-name/);
  });

  it('starts without a team when the settings file is damaged, and leaves the file for a person to look at', async () => {
    const { folder, openStore } = setUp();
    writeFileSync(path.join(folder, TEAM_SETTINGS_FILE), '{"serverOrigin":"http://evil.example","team":');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());
    const store = openStore();
    await store.load();
    expect(store.serverOrigin).toBeNull();
    expect(await store.readSettings()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unusable/));
    expect(readFileSync(path.join(folder, TEAM_SETTINGS_FILE), 'utf8')).toContain('evil');
  });

  it('forgets settings and password together (leaving the team)', async () => {
    const { call, folder } = setUp();
    await call('team:save-settings', SETTINGS);
    await call('team:save-password', { password: PASSWORD });
    expect(await call('team:forget-settings')).toEqual({ wasSaved: true });
    expect(readdirSync(folder)).toEqual([]);
    expect(await call('team:read-settings')).toBeNull();
    expect(await call('team:read-password')).toEqual({ password: null, reason: 'none-saved' });
    expect(await call('team:forget-settings')).toEqual({ wasSaved: false });
  });
});
