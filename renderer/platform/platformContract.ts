import type { Language } from '../../shared/domain/enums';
import type {
  AutoBackupFile,
  BackupFileKind as ContractBackupFileKind,
  ExternalLinkOutcome,
  MenuCommand,
  SaveFileResult,
} from '../../shared/ipc/contract';

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
}
