import type { DesktopApi } from '../../shared/ipc/contract';
import { createDesktopPlatform } from './desktopPlatform';
import type { Platform } from './platformContract';
import { createWebPlatform } from './webPlatform';

export type { BackupFile, BackupFileKind, BackupStore, Platform, SaveRequest } from './platformContract';

declare global {
  interface Window {
    /** Present only inside the Electron shell (electron/preload.ts). */
    trama?: DesktopApi;
  }
}

export const platform: Platform =
  typeof window !== 'undefined' && window.trama ? createDesktopPlatform(window.trama) : createWebPlatform();
