import type { Session, WebContents } from 'electron';
import { openExternalLink } from './externalLinks';
import type { UserGestures } from './userGestures';

// Defences that hold whatever the renderer does: no permission is ever granted, no
// navigation away from the app, no new windows, no <webview>. Links to the outside go to
// the user's browser or mail program, by one rule (electron/externalLinks.ts), whether the
// page follows a link, opens a window or asks over IPC.

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface NavigationPolicy {
  /** Origins the window may show: app://trama (and the dev server in development). */
  isAppUrl(url: string): boolean;
  openExternal(url: string): Promise<void>;
  gestures: UserGestures;
}

export function lockDownWebContents(contents: WebContents, policy: NavigationPolicy): void {
  policy.gestures.watch(contents);
  const leaveForOutside = (url: string) => {
    openExternalLink(url, {
      open: policy.openExternal,
      consumeUserGesture: () => policy.gestures.consume(contents),
    }).catch((error: unknown) => console.error(error));
  };
  // A plain link (https:, mailto:) would navigate the window away: it opens outside instead.
  contents.on('will-navigate', (event, url) => {
    if (policy.isAppUrl(url)) return;
    event.preventDefault();
    leaveForOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!policy.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // A link with target=_blank, or window.open, never makes a window.
  contents.setWindowOpenHandler(({ url }) => {
    leaveForOutside(url);
    return { action: 'deny' };
  });
}
