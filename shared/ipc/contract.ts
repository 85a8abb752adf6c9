import { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/enums';
import { MENU_COMMANDS, type MenuCommand } from './channels';

export { MENU_COMMANDS, eventChannels, isMenuCommand, type MenuCommand } from './channels';

// The one IPC contract between the renderer and the main process. The preload exposes
// exactly DesktopApi; the main process registers one handler per invoke channel and
// validates every payload with the schema declared here.

/** Largest file the renderer may ask the main process to write. */
export const MAX_SAVE_FILE_BYTES = 512 * 1024 * 1024;

/** A bare file name: no folders, nothing a file system would refuse or misread. */
export function isPlainFileName(name: string): boolean {
  const hasControlCharacter = [...name].some((character) => character.charCodeAt(0) < 32);
  return !hasControlCharacter && !/[/\\:*?"<>|]/.test(name) && name !== '.' && name !== '..';
}

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine(isPlainFileName, { message: 'invalid-file-name' }),
  data: z.union([z.string(), z.instanceof(Uint8Array)]).refine(
    (data) => (typeof data === 'string' ? data.length * 3 : data.byteLength) <= MAX_SAVE_FILE_BYTES,
    { message: 'file-too-large' },
  ),
  filters: z
    .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/i)).max(10) }))
    .max(10)
    .default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export interface SaveFileResult {
  isSaved: boolean;
  /** Where it was written, when the user chose a place. */
  filePath?: string;
}

/** Largest backup the renderer may ask the main process to keep. */
export const MAX_AUTO_BACKUP_BYTES = 256 * 1024 * 1024;

/** Name of an automatic backup: nothing else may be read from the backups folder. */
export const AUTO_BACKUP_FILE_NAME = /^trama-backup-\d{4}-\d{2}-\d{2}\.json$/;

export interface AutoBackupFile {
  fileName: string;
  /** YYYY-MM-DD, from the file name. */
  date: string;
  sizeBytes: number;
}

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
  'backup:write-auto': z.object({
    // Counted as UTF-8 at worst: three bytes per UTF-16 unit.
    json: z.string().min(1).refine((json) => json.length * 3 <= MAX_AUTO_BACKUP_BYTES, { message: 'file-too-large' }),
  }),
  'backup:list': z.undefined(),
  'backup:read': z.object({ fileName: z.string().max(100).regex(AUTO_BACKUP_FILE_NAME) }),
  'backup:open-folder': z.undefined(),
  'briefing:print-to-pdf': z.object({
    // Only ids the app generates: the id ends up in the print view's address.
    briefingId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    suggestedName: saveFileRequestSchema.shape.suggestedName,
  }),
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type InvokeRequest<Channel extends InvokeChannel> = z.infer<(typeof invokeContract)[Channel]>;

/** What each invoke channel answers. */
export interface InvokeResponses {
  'app:get-info': AppInfo;
  'shell:open-external': { isOpened: boolean };
  'file:save': SaveFileResult;
  'menu:set-language': { language: Language };
  'backup:write-auto': { filePath: string; keptCount: number };
  'backup:list': AutoBackupFile[];
  'backup:read': { json: string };
  'backup:open-folder': { isOpened: boolean };
  'briefing:print-to-pdf': SaveFileResult;
}

export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** The API the preload script places on `window.trama`. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<InvokeResponses['shell:open-external']>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  setMenuLanguage(language: Language): Promise<InvokeResponses['menu:set-language']>;
  writeAutoBackup(json: string): Promise<InvokeResponses['backup:write-auto']>;
  listAutoBackups(): Promise<InvokeResponses['backup:list']>;
  readAutoBackup(fileName: string): Promise<InvokeResponses['backup:read']>;
  openBackupsFolder(): Promise<InvokeResponses['backup:open-folder']>;
  printBriefingToPdf(request: InvokeRequest<'briefing:print-to-pdf'>): Promise<SaveFileResult>;
  /** Returns a function that removes the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
