import type { Platform } from './platform';

/** Links the app may open outside itself: the same allowlist as the desktop shell. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function createWebPlatform(): Platform {
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
      if (isAllowedExternalUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
    },
    async setMenuLanguage() {},
    onMenuCommand() {
      return () => {};
    },
    backups: undefined,
    // The browser's own print dialog saves PDFs in web mode (the print view calls it).
    printBriefingToPdf: undefined,
  };
}
