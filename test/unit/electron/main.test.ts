import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createElectronMock, FakeBrowserWindow } from './electronMock';

// The composition in electron/main.ts, run against a fake electron module.

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

beforeAll(async () => {
  await import('../../../electron/main');
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
});

describe('the main process', () => {
  it('fixes the app name and data folder and registers app:// before the app is ready', () => {
    expect(electron.calls.slice(0, 4)).toEqual(['setName', 'setPath', 'registerSchemes', 'whenReady']);
    expect(electron.module.app.setPath).toHaveBeenCalledWith('userData', '/home/user/.config/Trama');
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('opens one sandboxed, isolated window without Node.js on app://trama/', () => {
    const [window] = FakeBrowserWindow.created;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://trama/');
  });

  it('denies every permission request and check', () => {
    const { setPermissionRequestHandler, setPermissionCheckHandler } = electron.module.session.defaultSession;
    const callback = vi.fn();
    const requestHandler = setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const checkHandler = setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(checkHandler()).toBe(false);
  });

  it('serves app:// and registers a handler for every invoke channel of the contract', async () => {
    const { invokeContract } = await import('../../../shared/ipc/contract');
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = electron.module.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it('builds the menu in Italian when the system is Italian', () => {
    const template = electron.module.Menu.buildFromTemplate.mock.calls[0]?.[0] as Array<{ label: string }>;
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Modifica', 'Vista', 'Aiuto']);
  });

  it('locks down every web contents created: navigation, new windows, webviews', () => {
    const contents = FakeBrowserWindow.created[0]!.webContents;
    electron.appEvents.emit('web-contents-created', {}, contents);
    const navigation = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation, 'https://example.org/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    const internal = { preventDefault: vi.fn() };
    contents.emit('will-navigate', internal, 'app://trama/#/map');
    expect(internal.preventDefault).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('a second launch', () => {
  it('restores and focuses the window that is already open', () => {
    const [window] = FakeBrowserWindow.created;
    electron.appEvents.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(1);
  });
});
