import { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/enums';
import { BACKUP_REFUSAL } from './backupFailure';
import {
  MAX_AUTO_BACKUP_BYTES,
  MAX_BACKUP_FILE_NAME_LENGTH,
  isBackupFileName,
  type BackupFileKind,
} from './backupFiles';
import type { MenuCommand } from './channels';
import type { ExternalLinkOutcome } from './externalUrl';
import { hasInvisibleOrControlCharacter, isPlainFileName, isSafeFilterExtension } from './fileNames';
import {
  teamPasswordSchema,
  teamSettingsSchema,
  type ReadPasswordResult,
  type SavePasswordResult,
  type TeamSettings,
} from './teamConnection';
import { reportScopeSchema } from './reportPrint';
import { fitsInUtf8Bytes } from './utf8ByteLength';

export { MENU_COMMANDS, eventChannels, isMenuCommand, type MenuCommand } from './channels';
export {
  AUTO_BACKUP_FILE_NAME,
  MAX_AUTO_BACKUP_BYTES,
  SAFETY_COPY_FILE_NAME,
  type BackupFileKind,
} from './backupFiles';
export { isPlainFileName } from './fileNames';
export type { ExternalLinkOutcome, ExternalLinkRefusal } from './externalUrl';
export type { ReadPasswordResult, SavePasswordResult, TeamSettings } from './teamConnection';

// The one IPC contract between the renderer and the main process. The preload exposes
// exactly DesktopApi; the main process registers one handler per invoke channel and
// validates every payload with the schema declared here.

/** Largest file the renderer may ask the main process to write, in bytes (text counted as UTF-8). */
export const MAX_SAVE_FILE_BYTES = 512 * 1024 * 1024;

/** A file name for the save dialog: see shared/ipc/fileNames.ts for what is refused and why. */
const suggestedFileNameSchema = z.string().min(1).max(200).refine(isPlainFileName, { message: 'invalid-file-name' });

export const saveFileRequestSchema = z.object({
  suggestedName: suggestedFileNameSchema,
  data: z
    .union([z.string(), z.instanceof(Uint8Array)])
    .refine(
      (data) =>
        typeof data === 'string' ? fitsInUtf8Bytes(data, MAX_SAVE_FILE_BYTES) : data.byteLength <= MAX_SAVE_FILE_BYTES,
      { message: BACKUP_REFUSAL.tooLarge },
    ),
  filters: z
    .array(
      z.object({
        name: z
          .string()
          .max(100)
          .refine((name) => !hasInvisibleOrControlCharacter(name), { message: 'invalid-filter-name' }),
        extensions: z.array(z.string().refine(isSafeFilterExtension, { message: 'invalid-extension' })).max(10),
      }),
    )
    .max(10)
    .default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export interface SaveFileResult {
  isSaved: boolean;
  /** Where it was written, when the user chose a place. */
  filePath?: string;
}

export interface AutoBackupFile {
  fileName: string;
  kind: BackupFileKind;
  /** YYYY-MM-DD, from the file name (local time). */
  date: string;
  sizeBytes: number;
}

/** A whole backup's text: not empty, within the size limit in UTF-8 bytes. */
const backupJsonSchema = z
  .string()
  .min(1)
  .refine((json) => fitsInUtf8Bytes(json, MAX_AUTO_BACKUP_BYTES), { message: BACKUP_REFUSAL.tooLarge });

/** An automatic backup's or a safety copy's bare file name: nothing else in the folder may be named. */
const backupFileNameSchema = z
  .string()
  .max(MAX_BACKUP_FILE_NAME_LENGTH)
  .refine(isBackupFileName, { message: BACKUP_REFUSAL.notABackupFile });

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  isPackaged: boolean;
}

/** Request schema of every renderer → main call, keyed by channel. */
export const invokeContract = {
  'app:get-info': z.undefined(),
  'shell:open-external': z.object({ url: z.string().min(1).max(2048) }),
  'file:save': saveFileRequestSchema,
  'menu:set-language': z.object({ language: z.enum(LANGUAGES) }),
  'backup:write-auto': z.object({ json: backupJsonSchema }),
  'backup:write-safety-copy': z.object({ json: backupJsonSchema }),
  'backup:list': z.undefined(),
  'backup:read': z.object({ fileName: backupFileNameSchema }),
  'backup:replace': z.object({ fileName: backupFileNameSchema, json: backupJsonSchema }),
  'backup:remove': z.object({ fileName: backupFileNameSchema }),
  'backup:open-folder': z.undefined(),
  'briefing:print-to-pdf': z.object({
    // Only ids the app generates: the id ends up in the print view's address.
    briefingId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    suggestedName: suggestedFileNameSchema,
  }),
  /** The report page's scope ends up in the hidden print window's address: parsed, never passed raw. */
  'report:print-to-pdf': z.strictObject({
    scope: reportScopeSchema,
    suggestedName: suggestedFileNameSchema,
  }),
  'team:read-settings': z.undefined(),
  'team:save-settings': teamSettingsSchema,
  /** Forgets the settings and the password with them. */
  'team:forget-settings': z.undefined(),
  'team:save-password': z.strictObject({ password: teamPasswordSchema }),
  'team:read-password': z.undefined(),
  'team:forget-password': z.undefined(),
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type InvokeRequest<Channel extends InvokeChannel> = z.infer<(typeof invokeContract)[Channel]>;

/** What each invoke channel answers. */
export interface InvokeResponses {
  'app:get-info': AppInfo;
  'shell:open-external': ExternalLinkOutcome;
  'file:save': SaveFileResult;
  'menu:set-language': { language: Language };
  'backup:write-auto': { filePath: string; keptCount: number };
  'backup:write-safety-copy': { fileName: string };
  'backup:list': AutoBackupFile[];
  'backup:read': { json: string };
  'backup:replace': { fileName: string };
  'backup:remove': { fileName: string };
  'backup:open-folder': { isOpened: boolean };
  'briefing:print-to-pdf': SaveFileResult;
  'report:print-to-pdf': SaveFileResult;
  'team:read-settings': TeamSettings | null;
  'team:save-settings': TeamSettings;
  'team:forget-settings': { wasSaved: boolean };
  'team:save-password': SavePasswordResult;
  'team:read-password': ReadPasswordResult;
  'team:forget-password': { wasSaved: boolean };
}

/** The API the preload script places on `window.trama`. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<InvokeResponses['shell:open-external']>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  setMenuLanguage(language: Language): Promise<InvokeResponses['menu:set-language']>;
  writeAutoBackup(json: string): Promise<InvokeResponses['backup:write-auto']>;
  listAutoBackups(): Promise<InvokeResponses['backup:list']>;
  readAutoBackup(fileName: string): Promise<InvokeResponses['backup:read']>;
  writeSafetyCopy(json: string): Promise<InvokeResponses['backup:write-safety-copy']>;
  replaceBackup(fileName: string, json: string): Promise<InvokeResponses['backup:replace']>;
  removeBackup(fileName: string): Promise<InvokeResponses['backup:remove']>;
  openBackupsFolder(): Promise<InvokeResponses['backup:open-folder']>;
  printBriefingToPdf(request: InvokeRequest<'briefing:print-to-pdf'>): Promise<SaveFileResult>;
  printReportToPdf(request: InvokeRequest<'report:print-to-pdf'>): Promise<SaveFileResult>;
  readTeamSettings(): Promise<InvokeResponses['team:read-settings']>;
  /** Saving another server, team or user name forgets the saved password, which belonged to the old ones. */
  saveTeamSettings(settings: TeamSettings): Promise<InvokeResponses['team:save-settings']>;
  forgetTeamSettings(): Promise<InvokeResponses['team:forget-settings']>;
  /** Encrypted by the system's keychain (Electron safeStorage), never kept as plain text; refused, with the reason, without one. */
  saveTeamPassword(password: string): Promise<InvokeResponses['team:save-password']>;
  readTeamPassword(): Promise<InvokeResponses['team:read-password']>;
  forgetTeamPassword(): Promise<InvokeResponses['team:forget-password']>;
  /** Returns a function that removes the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
