import type { DesktopApi } from '../../shared/ipc/contract';
import { createDesktopPlatform } from './desktopPlatform';
import type { Platform } from './platformContract';
import { narrowConnectionsToTeamServer } from './teamServerPolicyMeta';
import { createWebPlatform } from './webPlatform';
import { browserStorage, readStoredTeamSettings } from './webTeamConnection';

export type {
  BackupFile,
  BackupFileKind,
  BackupStore,
  Platform,
  ReadTeamPasswordOutcome,
  SaveRequest,
  SaveTeamPasswordOutcome,
  SaveTeamSettingsOutcome,
  TeamConnection,
} from './platformContract';

declare global {
  interface Window {
    /** Present only inside the Electron shell (electron/preload.ts). */
    trama?: DesktopApi;
  }
}

/** Web mode: the page may connect to the team server kept in this browser, and nowhere else. */
function createBrowserPlatform(): Platform {
  if (typeof document === 'undefined') return createWebPlatform();
  const serverOrigin = readStoredTeamSettings(browserStorage().local)?.serverOrigin ?? null;
  narrowConnectionsToTeamServer(document, serverOrigin);
  return createWebPlatform(serverOrigin);
}

export const platform: Platform =
  typeof window !== 'undefined' && window.trama ? createDesktopPlatform(window.trama) : createBrowserPlatform();
