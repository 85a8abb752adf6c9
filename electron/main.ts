import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BrowserWindow, Menu, app, dialog, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import type { Language } from '../shared/domain/enums';
import { eventChannels, type MenuCommand } from '../shared/ipc/contract';
import { claimSingleInstance, fixAppIdentity } from './appIdentity';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveBundleFile } from './appProtocol';
import { AutoBackups } from './backups';
import { BACKUP_SHAPE_WORKER_FILE, backupShapeCheckInWorker } from './backupShapeCheck';
import { contentSecurityPolicyFor } from './contentSecurityPolicy';
import { registerIpcHandlers } from './ipcHandlers';
import { printBriefingToPdf, printReportToPdf } from './printToPdf';
import { menuTemplate } from './menu';
import { denyAllPermissions, lockDownWebContents } from './security';
import { TeamConnectionStore, keychainFrom } from './teamConnectionStore';
import { UserGestures } from './userGestures';
import { createMainWindow, devServerUrl } from './window';

// Composition only: every decision lives in a module with its own tests.

fixAppIdentity(app);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;
const devUrl = app.isPackaged ? null : devServerUrl(process.env.TRAMA_DEV_URL);
const appOrigins = [APP_ORIGIN, ...(devUrl ? [devUrl] : [])];
/** Where the app's pages load from: the main window and the hidden print windows alike. */
const appUrl = devUrl ? `${devUrl}/` : `${APP_ORIGIN}/`;
const bundleDir = path.join(__dirname, '..', 'dist');

const isAppUrl = (url: string) => {
  try {
    const parsed = new URL(url);
    return appOrigins.includes(`${parsed.protocol}//${parsed.host}`);
  } catch {
    return false;
  }
};
// Reached only through openExternalLink(): after a user's click, a normalised web or mail address.
const openInBrowser: (url: string) => Promise<void> = shell.openExternal;
const userGestures = new UserGestures();
const sendCommand = (command: MenuCommand) => mainWindow?.webContents.send(eventChannels.menuCommand, command);
const setMenu = (language: Language) =>
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ language, isPackaged: app.isPackaged, send: sendCommand })),
  );

function createWindow(): void {
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appUrl);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

if (claimSingleInstance(app, focusWindow)) {
  app.on('web-contents-created', (_event, contents) =>
    lockDownWebContents(contents, { isAppUrl, openExternal: openInBrowser, gestures: userGestures }),
  );
  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    const teamConnection = new TeamConnectionStore({
      folder: app.getPath('userData'),
      keychain: keychainFrom(safeStorage, process.platform),
    });
    // The page's policy names the team server, so the settings are read before the first page.
    await teamConnection.load().catch((error: unknown) => console.error(error));
    protocol.handle(APP_SCHEME, (request) =>
      serveBundleFile(
        bundleDir,
        request,
        (url) => net.fetch(url),
        contentSecurityPolicyFor(teamConnection.serverOrigin),
      ),
    );
    registerIpcHandlers(
      ipcMain,
      { webContents: () => mainWindow?.webContents, origins: appOrigins },
      {
        appInfo: () => ({
          name: app.getName(),
          version: app.getVersion(),
          platform: process.platform,
          isPackaged: app.isPackaged,
        }),
        openExternal: openInBrowser,
        consumeUserGesture: (sender) => userGestures.consume(sender),
        chooseSavePath: async (suggestedName, filters) => {
          const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
          const result = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        setMenuLanguage: setMenu,
        backups: new AutoBackups({
          folder: path.join(app.getPath('userData'), 'backups'),
          // A large backup takes seconds to parse: never on this thread, which draws the window.
          checkShape: backupShapeCheckInWorker(
            (utf8) => new Worker(path.join(__dirname, BACKUP_SHAPE_WORKER_FILE), { workerData: utf8 }),
          ),
        }),
        openFolder: (folder) => shell.openPath(folder),
        printBriefingToPdf: (briefingId) => printBriefingToPdf(BrowserWindow, appUrl, briefingId),
        printReportToPdf: (scope) => printReportToPdf(BrowserWindow, appUrl, scope),
        teamConnection,
      },
    );
    setMenu(app.getLocale().startsWith('it') ? 'it' : 'en');
    createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}
