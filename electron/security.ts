import type { Session, WebContents } from 'electron';
import { openExternalLink } from './externalLinks';

// Defences that hold whatever the renderer does: no permission is ever granted, no
// navigation away from the app, no new windows, no <webview>.

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface NavigationPolicy {
  /** Origins the window may show: app://trama (and the dev server in development). */
  isAppUrl(url: string): boolean;
  openExternal(url: string): Promise<void>;
}

export function lockDownWebContents(contents: WebContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', (event, url) => {
    if (!policy.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!policy.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // A link with target=_blank opens in the user's browser if allowed, never in a window.
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url, policy.openExternal);
    return { action: 'deny' };
  });
}
