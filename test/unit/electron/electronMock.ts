import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { createFakeSafeStorage } from './fakeSafeStorage';

// A stand-in for the electron module: records what the shell asks of it. The real package
// would download a binary on import, which our machines cannot do.

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => true);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  static getAllWindows() {
    return FakeBrowserWindow.created;
  }
}

export function createElectronMock() {
  const appEvents = new EventEmitter();
  const calls: string[] = [];
  const app = {
    isPackaged: false,
    setName: vi.fn(() => calls.push('setName')),
    getName: () => 'Trama',
    getVersion: () => '0.1.0',
    getLocale: () => 'it-IT',
    getPath: vi.fn((name: string) => `/home/user/.config${name === 'appData' ? '' : `/${name}`}`),
    setPath: vi.fn(() => calls.push('setPath')),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appEvents.on(event, listener)),
    whenReady: vi.fn(() => {
      calls.push('whenReady');
      return Promise.resolve();
    }),
  };
  const defaultSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  return {
    calls,
    appEvents,
    module: {
      app,
      BrowserWindow: FakeBrowserWindow,
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      dialog: { showSaveDialog: vi.fn() },
      ipcMain: { handle: vi.fn() },
      net: { fetch: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemes')), handle: vi.fn() },
      session: { defaultSession },
      safeStorage: createFakeSafeStorage(),
      shell: { openExternal: vi.fn(async () => undefined) },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn() },
    },
  };
}
