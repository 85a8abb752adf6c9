import type { WebContents } from 'electron';
import type { ReportScope } from '../shared/analysis/programmeReport';
import type { Language } from '../shared/domain/enums';
import type { AppInfo, SaveFileResult } from '../shared/ipc/contract';
import { writeFileAtomically } from './atomicWrite';
import type { AutoBackups } from './backups';
import { openExternalLink } from './externalLinks';
import { handle, type IpcRegistrar, type TrustedSender } from './ipc';
import type { TeamConnectionStore } from './teamConnectionStore';

// What the main process does for the renderer. Side effects are passed in, so the
// handlers are tested without Electron.

export interface HandlerServices {
  appInfo(): AppInfo;
  openExternal(url: string): Promise<void>;
  /** True once for a click or key press the user just made in `sender` (electron/userGestures.ts). */
  consumeUserGesture(sender: WebContents): boolean;
  /** The path the user chose in a save dialog, or null if they cancelled. */
  chooseSavePath(suggestedName: string, filters: Array<{ name: string; extensions: string[] }>): Promise<string | null>;
  setMenuLanguage(language: Language): void;
  backups: AutoBackups;
  /** Opens a folder in the system file manager; resolves to an error message, empty on success. */
  openFolder(folder: string): Promise<string>;
  /** The briefing's print view as PDF bytes. */
  printBriefingToPdf(briefingId: string): Promise<Uint8Array>;
  /** The programme report's page for `scope` as PDF bytes. */
  printReportToPdf(scope: ReportScope): Promise<Uint8Array>;
  /** The team server, team, user name and encrypted password (electron/teamConnectionStore.ts). */
  teamConnection: Pick<
    TeamConnectionStore,
    'readSettings' | 'saveSettings' | 'forgetSettings' | 'savePassword' | 'readPassword' | 'forgetPassword'
  >;
}

async function saveAs(
  services: HandlerServices,
  suggestedName: string,
  filters: Array<{ name: string; extensions: string[] }>,
  produce: () => Promise<string | Uint8Array>,
): Promise<SaveFileResult> {
  const filePath = await services.chooseSavePath(suggestedName, filters);
  if (!filePath) return { isSaved: false };
  await writeFileAtomically(filePath, await produce());
  return { isSaved: true, filePath };
}

export function registerIpcHandlers(ipc: IpcRegistrar, trusted: TrustedSender, services: HandlerServices): void {
  handle(ipc, trusted, 'app:get-info', () => services.appInfo());
  handle(ipc, trusted, 'shell:open-external', ({ url }, sender) =>
    openExternalLink(url, {
      open: services.openExternal,
      consumeUserGesture: () => services.consumeUserGesture(sender),
    }),
  );
  handle(ipc, trusted, 'file:save', async ({ suggestedName, data, filters }) =>
    saveAs(services, suggestedName, filters, async () => data),
  );
  handle(ipc, trusted, 'menu:set-language', ({ language }) => {
    services.setMenuLanguage(language);
    return { language };
  });
  handle(ipc, trusted, 'backup:write-auto', ({ json }) => services.backups.write(json));
  handle(ipc, trusted, 'backup:write-safety-copy', ({ json }) => services.backups.writeSafetyCopy(json));
  handle(ipc, trusted, 'backup:list', () => services.backups.list());
  handle(ipc, trusted, 'backup:read', async ({ fileName }) => ({ json: await services.backups.read(fileName) }));
  handle(ipc, trusted, 'backup:replace', async ({ fileName, json }) => {
    await services.backups.replace(fileName, json);
    return { fileName };
  });
  handle(ipc, trusted, 'backup:remove', async ({ fileName }) => {
    await services.backups.remove(fileName);
    return { fileName };
  });
  handle(ipc, trusted, 'briefing:print-to-pdf', ({ briefingId, suggestedName }) =>
    // The user picks the place first: nothing is printed for a cancelled dialog.
    saveAs(services, suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], () =>
      services.printBriefingToPdf(briefingId),
    ),
  );
  handle(ipc, trusted, 'report:print-to-pdf', ({ scope, suggestedName }) =>
    saveAs(services, suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], () => services.printReportToPdf(scope)),
  );
  handle(ipc, trusted, 'backup:open-folder', async () => ({
    isOpened: (await services.openFolder(await services.backups.ensureFolder())) === '',
  }));
  const team = services.teamConnection;
  handle(ipc, trusted, 'team:read-settings', () => team.readSettings());
  handle(ipc, trusted, 'team:save-settings', (settings) => team.saveSettings(settings));
  handle(ipc, trusted, 'team:forget-settings', () => team.forgetSettings());
  handle(ipc, trusted, 'team:save-password', ({ password }) => team.savePassword(password));
  handle(ipc, trusted, 'team:read-password', () => team.readPassword());
  handle(ipc, trusted, 'team:forget-password', () => team.forgetPassword());
}
