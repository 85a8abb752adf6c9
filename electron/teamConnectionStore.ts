import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import {
  isSameTeamAccount,
  teamSettingsSchema,
  type ReadPasswordResult,
  type SavePasswordResult,
  type TeamSettings,
} from '../shared/ipc/teamConnection';
import { makeFolderDurably, writeFileAtomically } from './atomicWrite';

// This laptop's connection to its team, kept in the app's data folder: the settings as plain
// JSON (they are not secret), the password only as bytes encrypted by the system's keychain.
// Without a usable keychain the password is never written: it stays in this process's memory
// until the app closes. It is kept with the account it belongs to and given back only for that
// account, so a changed server address never receives the old server's password.

export const TEAM_SETTINGS_FILE = 'team-connection.json';
export const TEAM_PASSWORD_FILE = 'team-password.bin';

/** The system keychain as this module uses it; keychainFrom() makes one from Electron's safeStorage. */
export interface Keychain {
  /** False when the system offers no keychain that protects the key (the password is then never stored). */
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Uint8Array>;
  /** The text, and whether the key has changed since (the bytes should then be encrypted again). */
  decrypt(encrypted: Uint8Array): Promise<{ text: string; shouldReEncrypt: boolean }>;
}

type KeychainApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/**
 * Electron's safeStorage as a Keychain. On Linux without a secret service, safeStorage still
 * "encrypts", with a key written in Chromium's source ('basic_text'): that is plain text with
 * extra steps, so it counts as no keychain.
 */
export function keychainFrom(safeStorage: KeychainApi, platform: NodeJS.Platform): Keychain {
  return {
    isAvailable: async () =>
      (await safeStorage.isAsyncEncryptionAvailable()) &&
      !(platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
    encrypt: async (plainText) => new Uint8Array(await safeStorage.encryptStringAsync(plainText)),
    decrypt: async (encrypted) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(encrypted));
      return { text: result, shouldReEncrypt };
    },
  };
}

interface StoredPassword extends TeamSettings {
  password: string;
}

function parseStoredPassword(text: string): StoredPassword | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('password' in value)) return null;
    const { password, ...account } = value;
    const settings = teamSettingsSchema.safeParse(account);
    return typeof password === 'string' && settings.success ? { ...settings.data, password } : null;
  } catch {
    return null;
  }
}

const isMissingFile = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export class TeamConnectionStore {
  private settings: TeamSettings | null = null;
  /** The password while no keychain can protect it on disk. */
  private passwordInMemory: StoredPassword | null = null;
  private loading: Promise<void> | null = null;
  /** One operation at a time: a save never interleaves with a forget. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: { folder: string; keychain: Keychain }) {}

  private file(name: string): string {
    return path.join(this.options.folder, name);
  }

  /** Reads the settings file once; what cannot be read counts as no settings (and is left as it is). */
  load(): Promise<void> {
    this.loading ??= readFile(this.file(TEAM_SETTINGS_FILE), 'utf8').then(
      (json) => {
        let parsed: ReturnType<typeof teamSettingsSchema.safeParse> | null = null;
        try {
          parsed = teamSettingsSchema.safeParse(JSON.parse(json));
        } catch {
          // Not JSON: reported below like any other unusable file.
        }
        if (parsed?.success) this.settings = parsed.data;
        else console.warn(`The team settings in ${TEAM_SETTINGS_FILE} are unusable; the app starts without a team.`);
      },
      (error: unknown) => {
        if (!isMissingFile(error)) throw error;
      },
    );
    return this.loading;
  }

  /** The origin the page may connect to, as last loaded or saved (null before load() or without a team). */
  get serverOrigin(): string | null {
    return this.settings?.serverOrigin ?? null;
  }

  private run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(() => this.load()).then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  readSettings(): Promise<TeamSettings | null> {
    return this.run(async () => this.settings);
  }

  saveSettings(settings: TeamSettings): Promise<TeamSettings> {
    return this.run(async () => {
      await makeFolderDurably(this.options.folder);
      await writeFileAtomically(this.file(TEAM_SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`);
      const previous = this.settings;
      this.settings = { ...settings };
      if (previous && !isSameTeamAccount(previous, settings)) {
        this.passwordInMemory = null;
        await this.removeFile(TEAM_PASSWORD_FILE);
      }
      return this.settings;
    });
  }

  forgetSettings(): Promise<{ wasSaved: boolean }> {
    return this.run(async () => {
      const wasSaved = this.settings !== null;
      this.passwordInMemory = null;
      await this.removeFile(TEAM_PASSWORD_FILE);
      await this.removeFile(TEAM_SETTINGS_FILE);
      this.settings = null;
      return { wasSaved };
    });
  }

  savePassword(password: string): Promise<SavePasswordResult> {
    return this.run(async () => {
      const settings = this.settings;
      if (!settings) return { isSaved: false, reason: 'no-team-settings' };
      if (!(await this.options.keychain.isAvailable())) {
        // The user has just given a new password: an older one kept from before is stale.
        await this.removeFile(TEAM_PASSWORD_FILE);
        this.passwordInMemory = { ...settings, password };
        return { isSaved: true, keptUntil: 'app-closes', reason: 'keychain-unavailable' };
      }
      await this.writePassword({ ...settings, password });
      this.passwordInMemory = null;
      return { isSaved: true, keptUntil: 'forgotten' };
    });
  }

  readPassword(): Promise<ReadPasswordResult> {
    return this.run(async (): Promise<ReadPasswordResult> => {
      const settings = this.settings;
      if (!settings) return { password: null, reason: 'none-saved' };
      if (this.passwordInMemory && isSameTeamAccount(this.passwordInMemory, settings)) {
        return { password: this.passwordInMemory.password };
      }
      let encrypted: Uint8Array;
      try {
        encrypted = await readFile(this.file(TEAM_PASSWORD_FILE));
      } catch (error) {
        if (isMissingFile(error)) return { password: null, reason: 'none-saved' };
        throw error;
      }
      if (!(await this.options.keychain.isAvailable())) return { password: null, reason: 'keychain-unavailable' };
      let decrypted: { text: string; shouldReEncrypt: boolean };
      try {
        decrypted = await this.options.keychain.decrypt(encrypted);
      } catch {
        return { password: null, reason: 'unreadable' };
      }
      const stored = parseStoredPassword(decrypted.text);
      if (!stored) return { password: null, reason: 'unreadable' };
      if (!isSameTeamAccount(stored, settings)) return { password: null, reason: 'none-saved' };
      if (decrypted.shouldReEncrypt) await this.writePassword(stored);
      return { password: stored.password };
    });
  }

  forgetPassword(): Promise<{ wasSaved: boolean }> {
    return this.run(async () => {
      const wasInMemory = this.passwordInMemory !== null;
      this.passwordInMemory = null;
      return { wasSaved: (await this.removeFile(TEAM_PASSWORD_FILE)) || wasInMemory };
    });
  }

  private async writePassword(stored: StoredPassword): Promise<void> {
    const { serverOrigin, team, userName, password } = stored;
    const encrypted = await this.options.keychain.encrypt(JSON.stringify({ serverOrigin, team, userName, password }));
    await makeFolderDurably(this.options.folder);
    await writeFileAtomically(this.file(TEAM_PASSWORD_FILE), encrypted);
  }

  /** True when there was a file to remove. */
  private async removeFile(name: string): Promise<boolean> {
    try {
      await rm(this.file(name));
      return true;
    } catch (error) {
      if (isMissingFile(error)) return false;
      throw error;
    }
  }
}
