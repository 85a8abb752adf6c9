import { BrowserWindow } from 'electron';

// The one window. Its renderer is treated as an untrusted web page: isolated from the
// preload, sandboxed, without Node.js. The options are written out in place so that
// reviewers (and Electronegativity) read them where the window is made.

export function createMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Trama',
    backgroundColor: '#f6f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
}

const DEV_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** The Vite dev server, when TRAMA_DEV_URL names one on this machine; never anything else. */
export function devServerUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && DEV_HOSTS.has(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}
