import type { Language } from '../shared/domain/enums';
import type { AppInfo } from '../shared/ipc/contract';
import { writeFileAtomically } from './atomicWrite';
import { openExternalLink } from './externalLinks';
import { handle, type IpcRegistrar, type TrustedSender } from './ipc';

// What the main process does for the renderer. Side effects are passed in, so the
// handlers are tested without Electron.

export interface HandlerServices {
  appInfo(): AppInfo;
  openExternal(url: string): Promise<void>;
  /** The path the user chose in a save dialog, or null if they cancelled. */
  chooseSavePath(suggestedName: string, filters: Array<{ name: string; extensions: string[] }>): Promise<string | null>;
  setMenuLanguage(language: Language): void;
}

export function registerIpcHandlers(ipc: IpcRegistrar, trusted: TrustedSender, services: HandlerServices): void {
  handle(ipc, trusted, 'app:get-info', () => services.appInfo());
  handle(ipc, trusted, 'shell:open-external', async ({ url }) => ({ isOpened: await openExternalLink(url, services.openExternal) }));
  handle(ipc, trusted, 'file:save', async ({ suggestedName, data, filters }) => {
    const filePath = await services.chooseSavePath(suggestedName, filters);
    if (!filePath) return { isSaved: false };
    await writeFileAtomically(filePath, data);
    return { isSaved: true, filePath };
  });
  handle(ipc, trusted, 'menu:set-language', ({ language }) => {
    services.setMenuLanguage(language);
    return { language };
  });
}
