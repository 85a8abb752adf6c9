import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi, TeamSettings } from '../../shared/ipc/contract';
import { createDesktopTeamConnection } from './desktopTeamConnection';

// The desktop team connection passes through to the shell (which keeps and checks), and says
// when the page must reload for its policy header to name a newly saved server.

const SETTINGS = { serverOrigin: 'https://couch.example.org', team: 'psychcare', userName: 'anna.rossi' };

function shellKeeping(initial: TeamSettings | null) {
  let kept = initial;
  const api = {
    readTeamSettings: vi.fn(async () => kept),
    saveTeamSettings: vi.fn(async (settings: TeamSettings) => (kept = settings)),
    forgetTeamSettings: vi.fn(async () => {
      const wasSaved = kept !== null;
      kept = null;
      return { wasSaved };
    }),
    saveTeamPassword: vi.fn<DesktopApi['saveTeamPassword']>(async () => ({ isSaved: true, keptUntil: 'forgotten' })),
    readTeamPassword: vi.fn<DesktopApi['readTeamPassword']>(async () => ({ password: null, reason: 'none-saved' })),
    forgetTeamPassword: vi.fn(async () => ({ wasSaved: false })),
  } satisfies Partial<DesktopApi>;
  return { api, team: createDesktopTeamConnection(api) };
}

describe('the team connection on the desktop', () => {
  it('asks for a reload when the server saved is not the one the page was loaded with', async () => {
    const { team } = shellKeeping(null);
    expect(await team.saveSettings(SETTINGS)).toEqual({ settings: SETTINGS, isReloadNeeded: true });
    // Not reloaded yet: the page's policy still names no server.
    expect((await team.saveSettings({ ...SETTINGS, team: 'amif' })).isReloadNeeded).toBe(true);
    expect(await team.forget()).toEqual({ isReloadNeeded: false });
  });

  it('needs no reload for another team or user on the same server', async () => {
    const { team } = shellKeeping(SETTINGS);
    expect((await team.saveSettings({ ...SETTINGS, userName: 'marco' })).isReloadNeeded).toBe(false);
    expect((await team.saveSettings({ ...SETTINGS, serverOrigin: 'http://localhost:5984' })).isReloadNeeded).toBe(true);
    expect((await team.saveSettings(SETTINGS)).isReloadNeeded).toBe(false);
    expect(await team.forget()).toEqual({ isReloadNeeded: true });
  });

  it('never sends settings that did not pass the rules', async () => {
    const { api, team } = shellKeeping(null);
    await expect(team.saveSettings({ ...SETTINGS, serverOrigin: 'http://couch.example.org' })).rejects.toThrow();
    await expect(team.saveSettings({ ...SETTINGS, team: 'A/B' })).rejects.toThrow();
    expect(api.saveTeamSettings).not.toHaveBeenCalled();
  });

  it('passes the shell’s answer on, reason and all, and never sends an unusable password', async () => {
    const { api, team } = shellKeeping(SETTINGS);
    api.saveTeamPassword.mockResolvedValueOnce({
      isSaved: true,
      keptUntil: 'app-closes',
      reason: 'keychain-unavailable',
    });
    expect(await team.savePassword('Correct-Horse-7')).toEqual({
      isSaved: true,
      keptUntil: 'app-closes',
      reason: 'keychain-unavailable',
    });
    expect(await team.savePassword('two\nlines')).toEqual({ isSaved: false, reason: 'unusable-password' });
    expect(api.saveTeamPassword).toHaveBeenCalledTimes(1);
    api.readTeamPassword.mockResolvedValueOnce({ password: null, reason: 'keychain-unavailable' });
    expect(await team.readPassword()).toEqual({ password: null, reason: 'keychain-unavailable' });
    await team.forgetPassword();
    expect(api.forgetTeamPassword).toHaveBeenCalled();
  });
});
