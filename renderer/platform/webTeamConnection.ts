import {
  isSameTeamAccount,
  isUsableTeamPassword,
  teamSettingsSchema,
  type TeamSettings,
} from '../../shared/ipc/teamConnection';
import type { TeamConnection } from './platformContract';

// Web mode's team connection. The settings are not secret and stay in localStorage, like the
// language. The password stays only for this tab's session (sessionStorage, which survives
// the reload that applies a new server's policy, and goes when the tab closes): never
// localStorage or IndexedDB, which outlive the session and which backups and other pages of
// the origin read.

export const TEAM_SETTINGS_KEY = 'trama.team.settings';
export const TEAM_PASSWORD_KEY = 'trama.team.password';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface WebTeamStorage {
  /** localStorage; undefined where the browser refuses it. */
  local: KeyValueStore | undefined;
  /** sessionStorage; undefined where the browser refuses it (the password then stays in memory). */
  session: KeyValueStore | undefined;
}

function storageOrUndefined(read: () => Storage): KeyValueStore | undefined {
  try {
    return read();
  } catch {
    // Storage refused (a sandboxed frame, a privacy setting): SecurityError on access.
    return undefined;
  }
}

/** The page's own storage, looked up when used. */
export function browserStorage(): WebTeamStorage {
  return {
    local: storageOrUndefined(() => globalThis.localStorage),
    session: storageOrUndefined(() => globalThis.sessionStorage),
  };
}

function readJson(store: KeyValueStore | undefined, key: string): unknown {
  try {
    const json = store?.getItem(key);
    return json ? JSON.parse(json) : null;
  } catch {
    return null;
  }
}

/** The settings kept in this browser, or null (none, or not usable: the rules may have changed since). */
export function readStoredTeamSettings(local: KeyValueStore | undefined): TeamSettings | null {
  const parsed = teamSettingsSchema.safeParse(readJson(local, TEAM_SETTINGS_KEY));
  return parsed.success ? parsed.data : null;
}

interface SessionPassword {
  account: TeamSettings;
  password: string;
}

function readSessionPassword(session: KeyValueStore | undefined): SessionPassword | null {
  const value = readJson(session, TEAM_PASSWORD_KEY);
  if (typeof value !== 'object' || value === null || !('account' in value) || !('password' in value)) return null;
  const account = teamSettingsSchema.safeParse(value.account);
  return account.success && typeof value.password === 'string'
    ? { account: account.data, password: value.password }
    : null;
}

/**
 * `policyOrigin` is the server the page's narrowing policy names (teamServerPolicyMeta.ts):
 * another one saved needs a reload before the page may reach it.
 */
export function createWebTeamConnection(
  storage: () => WebTeamStorage = browserStorage,
  policyOrigin: string | null = null,
): TeamConnection {
  let memoryPassword: SessionPassword | null = null;
  const keptPassword = () => {
    const { session } = storage();
    return session ? readSessionPassword(session) : memoryPassword;
  };
  const dropPassword = () => {
    memoryPassword = null;
    storage().session?.removeItem(TEAM_PASSWORD_KEY);
  };

  return {
    readSettings: async () => readStoredTeamSettings(storage().local),
    async saveSettings(settings) {
      const checked = teamSettingsSchema.parse(settings);
      const { local } = storage();
      if (!local) throw new Error('This browser does not let Trama keep settings (localStorage is refused).');
      const kept = keptPassword();
      local.setItem(TEAM_SETTINGS_KEY, JSON.stringify(checked));
      if (kept && !isSameTeamAccount(kept.account, checked)) dropPassword();
      return { settings: checked, isReloadNeeded: checked.serverOrigin !== policyOrigin };
    },
    async forget() {
      dropPassword();
      storage().local?.removeItem(TEAM_SETTINGS_KEY);
      return { isReloadNeeded: policyOrigin !== null };
    },
    async savePassword(password) {
      if (!isUsableTeamPassword(password)) return { isSaved: false, reason: 'unusable-password' };
      const { local, session } = storage();
      const account = readStoredTeamSettings(local);
      if (!account) return { isSaved: false, reason: 'no-team-settings' };
      if (session) session.setItem(TEAM_PASSWORD_KEY, JSON.stringify({ account, password }));
      else memoryPassword = { account, password };
      return { isSaved: true, keptUntil: 'tab-closes' };
    },
    async readPassword() {
      const account = readStoredTeamSettings(storage().local);
      const kept = keptPassword();
      return account && kept && isSameTeamAccount(account, kept.account)
        ? { password: kept.password }
        : { password: null, reason: 'none-saved' };
    },
    async forgetPassword() {
      dropPassword();
    },
  };
}
