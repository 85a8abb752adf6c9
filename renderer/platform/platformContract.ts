import type { ReportScope } from '../../shared/analysis/programmeReport';
import type { Language } from '../../shared/domain/enums';
import type {
  AutoBackupFile,
  BackupFileKind as ContractBackupFileKind,
  ExternalLinkOutcome,
  MenuCommand,
  SaveFileResult,
} from '../../shared/ipc/contract';
import type { PasswordReadProblem, TeamSettings } from '../../shared/ipc/teamConnection';

// What the UI needs from its host, apart from the module that picks one (platform.ts): the
// desktop and web implementations build this without importing the module that loads them.

export interface SaveRequest {
  suggestedName: string;
  data: string | Uint8Array<ArrayBuffer>;
  mimeType: string;
  /** File-type filter for the desktop save dialog, e.g. { name: 'Excel', extensions: ['xlsx'] }. */
  filter?: { name: string; extensions: string[] };
}

export type BackupFileKind = ContractBackupFileKind;
export type BackupFile = AutoBackupFile;

/** The desktop shell's backups folder: automatic dated backups and safety copies; absent in web mode. */
export interface BackupStore {
  writeAuto(json: string): Promise<{ filePath: string; keptCount: number }>;
  /** A safety copy taken before a restore: its own dated file (trama-safety-YYYY-MM-DDTHH-MM-SS.json, local time), never overwritten or pruned by automatic backups. */
  writeSafetyCopy(json: string): Promise<{ fileName: string }>;
  /** Automatic backups and safety copies, newest first. */
  list(): Promise<BackupFile[]>;
  read(fileName: string): Promise<string>;
  /** Rewrites an existing automatic backup or safety copy in place, atomically (erasure takes a person out of it). */
  replace(fileName: string, json: string): Promise<void>;
  /** Deletes an automatic backup or safety copy. */
  remove(fileName: string): Promise<void>;
  /** False when the system could not open the folder. */
  openFolder(): Promise<boolean>;
}

export interface SaveTeamSettingsOutcome {
  settings: TeamSettings;
  /**
   * The page's content security policy names another server (or none), so the page cannot
   * reach this one yet: reload it (window.location.reload()) before connecting.
   */
  isReloadNeeded: boolean;
}

export type SaveTeamPasswordOutcome =
  /** Desktop: encrypted by the system's keychain, until forgotten. */
  | { isSaved: true; keptUntil: 'forgotten' }
  /** Desktop without a usable keychain: in the shell's memory, never on disk, until the app closes. */
  | { isSaved: true; keptUntil: 'app-closes'; reason: 'keychain-unavailable' }
  /** Web mode: this tab's sessionStorage, until the tab closes. */
  | { isSaved: true; keptUntil: 'tab-closes' }
  | { isSaved: false; reason: 'no-team-settings' | 'unusable-password' };

export type ReadTeamPasswordOutcome = { password: string } | { password: null; reason: PasswordReadProblem };

/**
 * This installation's connection to its team: server, team and user name (not secret) and the
 * password (desktop: the system keychain; web mode: this tab's session, never localStorage or
 * IndexedDB). A password is given back only for the settings it was saved with.
 */
export interface TeamConnection {
  readSettings(): Promise<TeamSettings | null>;
  /**
   * Keeps settings made by checkTeamSettings() (shared/ipc/teamConnection.ts; anything else is
   * refused with an error). Another server, team or user forgets the saved password.
   */
  saveSettings(settings: TeamSettings): Promise<SaveTeamSettingsOutcome>;
  /** Leaving the team: forgets settings and password (the local data stays). */
  forget(): Promise<{ isReloadNeeded: boolean }>;
  /** Save the settings first: the password is kept for them. */
  savePassword(password: string): Promise<SaveTeamPasswordOutcome>;
  readPassword(): Promise<ReadTeamPasswordOutcome>;
  /** After the server refused it, so that it is not tried again. */
  forgetPassword(): Promise<void>;
}

/** What the UI needs from its host: the Electron shell or a plain browser tab (web mode). */
export interface Platform {
  isDesktop: boolean;
  saveFile(request: SaveRequest): Promise<SaveFileResult>;
  /** Opens a web or mail link outside the app; says why not when it did not (externalLinkNotice words it). */
  openExternal(url: string): Promise<ExternalLinkOutcome>;
  setMenuLanguage(language: Language): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  backups: BackupStore | undefined;
  /** Desktop only: the main process prints a briefing's print view to a PDF the user saves. */
  printBriefingToPdf: ((briefingId: string, suggestedName: string) => Promise<SaveFileResult>) | undefined;
  /** Desktop only: the main process prints the programme report of a scope to a PDF the user saves. */
  printReportToPdf: ((scope: ReportScope, suggestedName: string) => Promise<SaveFileResult>) | undefined;
  teamConnection: TeamConnection;
}
