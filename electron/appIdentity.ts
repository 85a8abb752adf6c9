import path from 'node:path';
import type { App } from 'electron';

// The name and data folder never change: IndexedDB and backups live under userData, and
// a renamed app would start from an empty database.

export const APP_NAME = 'Trama';

export function fixAppIdentity(app: Pick<App, 'setName' | 'getPath' | 'setPath'>): string {
  app.setName(APP_NAME);
  const userData = path.join(app.getPath('appData'), APP_NAME);
  app.setPath('userData', userData);
  return userData;
}

/** One running copy: a second launch focuses the first instead of opening the database twice. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  focus: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', focus);
  return true;
}
