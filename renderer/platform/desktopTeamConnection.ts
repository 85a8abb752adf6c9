import type { DesktopApi } from '../../shared/ipc/contract';
import { isUsableTeamPassword, teamSettingsSchema } from '../../shared/ipc/teamConnection';
import type { TeamConnection } from './platformContract';

type TeamApi = Pick<
  DesktopApi,
  | 'readTeamSettings'
  | 'saveTeamSettings'
  | 'forgetTeamSettings'
  | 'saveTeamPassword'
  | 'readTeamPassword'
  | 'forgetTeamPassword'
>;

/**
 * The team connection kept by the desktop shell (electron/teamConnectionStore.ts): settings in
 * its data folder, the password encrypted by the system's keychain, or in the shell's memory
 * only when there is no usable keychain.
 */
export function createDesktopTeamConnection(api: TeamApi): TeamConnection {
  // The page's policy header was built from the settings kept when it loaded. Only this page
  // changes them, so the first read, before any change, tells which server the policy names.
  let policyOrigin: Promise<string | null> | null = null;
  const originOfPolicy = () => (policyOrigin ??= api.readTeamSettings().then((kept) => kept?.serverOrigin ?? null));

  return {
    readSettings: () => api.readTeamSettings(),
    async saveSettings(settings) {
      const checked = teamSettingsSchema.parse(settings);
      const policyNames = await originOfPolicy();
      const saved = await api.saveTeamSettings(checked);
      return { settings: saved, isReloadNeeded: saved.serverOrigin !== policyNames };
    },
    async forget() {
      const policyNames = await originOfPolicy();
      await api.forgetTeamSettings();
      return { isReloadNeeded: policyNames !== null };
    },
    async savePassword(password) {
      if (!isUsableTeamPassword(password)) return { isSaved: false, reason: 'unusable-password' };
      return api.saveTeamPassword(password);
    },
    readPassword: () => api.readTeamPassword(),
    async forgetPassword() {
      await api.forgetTeamPassword();
    },
  };
}
