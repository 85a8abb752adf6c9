import { normaliseExternalUrl } from '../../shared/ipc/externalUrl';
import type { Platform } from './platformContract';
import { browserStorage, createWebTeamConnection } from './webTeamConnection';

/** `teamServerOrigin`: the server the page's narrowing policy names (platform.ts adds it at start-up). */
export function createWebPlatform(teamServerOrigin: string | null = null): Platform {
  return {
    isDesktop: false,
    async saveFile(request) {
      const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started reading the blob; release it on the next tick.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { isSaved: true };
    },
    async openExternal(url) {
      const href = normaliseExternalUrl(url);
      if (href === null) return { isOpened: false, reason: 'not-allowed' };
      // The browser itself allows a new tab only during the user's click; with "noopener" it
      // never says whether it did, so an opened tab is all this can report.
      window.open(href, '_blank', 'noopener,noreferrer');
      return { isOpened: true };
    },
    async setMenuLanguage() {},
    onMenuCommand() {
      return () => {};
    },
    backups: undefined,
    // The browser's own print dialog saves PDFs in web mode (the print view calls it).
    printBriefingToPdf: undefined,
    printReportToPdf: undefined,
    teamConnection: createWebTeamConnection(browserStorage, teamServerOrigin),
  };
}
