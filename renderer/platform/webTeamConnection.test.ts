// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  TEAM_PASSWORD_KEY,
  TEAM_SETTINGS_KEY,
  createWebTeamConnection,
  type WebTeamStorage,
} from './webTeamConnection';

// Web mode keeps the team settings in localStorage and the password only for the tab's
// session: never in localStorage, which outlives the session.

const PASSWORD = 'Correct-Horse-7€-ñ';
const SETTINGS = { serverOrigin: 'https://couch.example.org', team: 'psychcare', userName: 'anna.rossi' };

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  document.head.querySelectorAll('meta[http-equiv]').forEach((meta) => meta.remove());
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Every key and value in localStorage, as one text. */
function everythingInLocalStorage(): string {
  return Array.from({ length: localStorage.length }, (_, index) => {
    const key = localStorage.key(index)!;
    return `${key}=${localStorage.getItem(key)}`;
  }).join('\n');
}

describe('the team connection in web mode', () => {
  it('keeps the settings in localStorage and the password in sessionStorage only', async () => {
    const team = createWebTeamConnection();
    await team.saveSettings(SETTINGS);
    expect(await team.savePassword(PASSWORD)).toEqual({ isSaved: true, keptUntil: 'tab-closes' });
    expect(JSON.parse(localStorage.getItem(TEAM_SETTINGS_KEY)!)).toEqual(SETTINGS);
    expect(everythingInLocalStorage()).not.toContain(PASSWORD);
    expect(everythingInLocalStorage()).not.toContain(JSON.stringify(PASSWORD).slice(1, -1));
    expect(sessionStorage.getItem(TEAM_PASSWORD_KEY)).toContain(PASSWORD);
    expect(await team.readSettings()).toEqual(SETTINGS);
    expect(await team.readPassword()).toEqual({ password: PASSWORD });
    // The tab's reload (a new page, the same session) still has it.
    expect(await createWebTeamConnection().readPassword()).toEqual({ password: PASSWORD });
  });

  it('keeps the password in memory, still never in localStorage, where the browser refuses sessionStorage', async () => {
    const storage = (): WebTeamStorage => ({ local: localStorage, session: undefined });
    const team = createWebTeamConnection(storage);
    await team.saveSettings(SETTINGS);
    expect(await team.savePassword(PASSWORD)).toEqual({ isSaved: true, keptUntil: 'tab-closes' });
    expect(everythingInLocalStorage()).not.toContain(PASSWORD);
    expect(await team.readPassword()).toEqual({ password: PASSWORD });
    expect(await createWebTeamConnection(storage).readPassword()).toEqual({ password: null, reason: 'none-saved' });
  });

  it('refuses a password before any settings, and one that is empty or has control characters', async () => {
    const team = createWebTeamConnection();
    expect(await team.savePassword(PASSWORD)).toEqual({ isSaved: false, reason: 'no-team-settings' });
    await team.saveSettings(SETTINGS);
    for (const password of ['', 'line\nbreak', 'x'.repeat(1025)]) {
      expect(await team.savePassword(password)).toEqual({ isSaved: false, reason: 'unusable-password' });
    }
    expect(sessionStorage.getItem(TEAM_PASSWORD_KEY)).toBeNull();
  });

  it('forgets the password when the settings name another server, team or user, and never gives it to them', async () => {
    const team = createWebTeamConnection();
    await team.saveSettings(SETTINGS);
    await team.savePassword(PASSWORD);
    await team.saveSettings({ ...SETTINGS, userName: 'marco' });
    expect(await team.readPassword()).toEqual({ password: null, reason: 'none-saved' });
    expect(sessionStorage.getItem(TEAM_PASSWORD_KEY)).toBeNull();
    // A password put in the session for another account (by another page of the origin) is not used either.
    sessionStorage.setItem(TEAM_PASSWORD_KEY, JSON.stringify({ account: SETTINGS, password: PASSWORD }));
    expect(await team.readPassword()).toEqual({ password: null, reason: 'none-saved' });
  });

  it('refuses settings that did not pass the rules, and keeps what was there', async () => {
    const team = createWebTeamConnection();
    await team.saveSettings(SETTINGS);
    for (const settings of [
      { ...SETTINGS, serverOrigin: 'http://couch.example.org' },
      { ...SETTINGS, serverOrigin: 'https://couch.example.org/' },
      { ...SETTINGS, team: 'Psych Care' },
      { ...SETTINGS, password: PASSWORD },
    ]) {
      await expect(team.saveSettings(settings)).rejects.toThrow();
    }
    expect(JSON.parse(localStorage.getItem(TEAM_SETTINGS_KEY)!)).toEqual(SETTINGS);
  });

  it('reads settings changed by hand in localStorage as none, rather than trusting them', async () => {
    localStorage.setItem(TEAM_SETTINGS_KEY, JSON.stringify({ ...SETTINGS, serverOrigin: 'http://evil.example' }));
    expect(await createWebTeamConnection().readSettings()).toBeNull();
    localStorage.setItem(TEAM_SETTINGS_KEY, '{not json');
    expect(await createWebTeamConnection().readSettings()).toBeNull();
  });

  it('says when the page must reload before it may reach the server saved', async () => {
    const alone = createWebTeamConnection(undefined, null);
    expect((await alone.saveSettings(SETTINGS)).isReloadNeeded).toBe(true);
    const joined = createWebTeamConnection(undefined, SETTINGS.serverOrigin);
    expect((await joined.saveSettings({ ...SETTINGS, userName: 'marco' })).isReloadNeeded).toBe(false);
    expect((await joined.saveSettings({ ...SETTINGS, serverOrigin: 'http://localhost:5984' })).isReloadNeeded).toBe(
      true,
    );
    expect(await joined.forget()).toEqual({ isReloadNeeded: true });
    expect(await alone.forget()).toEqual({ isReloadNeeded: false });
  });

  it('forgets settings and password when leaving the team', async () => {
    const team = createWebTeamConnection();
    await team.saveSettings(SETTINGS);
    await team.savePassword(PASSWORD);
    await team.forget();
    expect(localStorage.getItem(TEAM_SETTINGS_KEY)).toBeNull();
    expect(sessionStorage.getItem(TEAM_PASSWORD_KEY)).toBeNull();
    expect(await team.readSettings()).toBeNull();
  });
});

describe('the page’s policy in web mode', () => {
  const policies = () =>
    Array.from(document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'), (meta) =>
      meta.getAttribute('content'),
    );

  it('narrows connections at start-up to the team server kept in this browser', async () => {
    localStorage.setItem(TEAM_SETTINGS_KEY, JSON.stringify(SETTINGS));
    const { platform } = await import('./platform');
    expect(policies()).toEqual(["connect-src 'self' https://couch.example.org"]);
    expect((await platform.teamConnection.saveSettings(SETTINGS)).isReloadNeeded).toBe(false);
  });

  it('allows only the page’s own origin without a team server, or with a setting changed by hand', async () => {
    localStorage.setItem(
      TEAM_SETTINGS_KEY,
      JSON.stringify({ ...SETTINGS, serverOrigin: 'https://a.org; connect-src *' }),
    );
    const { platform } = await import('./platform');
    expect(policies()).toEqual(["connect-src 'self'"]);
    expect((await platform.teamConnection.saveSettings(SETTINGS)).isReloadNeeded).toBe(true);
  });
});
