import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AppProtocol from '../../../electron/appProtocol';
import { createElectronMock, FakeBrowserWindow } from './electronMock';

// The composition in electron/main.ts, run against a fake electron module.

const electron = createElectronMock();
vi.mock('electron', () => electron.module);
const userData = mkdtempSync(path.join(tmpdir(), 'trama-main-'));
const appPaths = electron.module.app.getPath.getMockImplementation()!;
electron.module.app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : appPaths(name)));

/** The policy each app:// response was given. */
const served = vi.hoisted(() => ({ policies: [] as string[] }));
vi.mock('../../../electron/appProtocol', async (importOriginal) => ({
  ...(await importOriginal<typeof AppProtocol>()),
  serveBundleFile: vi.fn(async (_bundle: string, _request: Request, _fetchFile: unknown, policy: string) => {
    served.policies.push(policy);
    return new Response('<!doctype html>');
  }),
}));

/** Workers the main process starts: each answers the backup check with `answer`. */
const workers = vi.hoisted(() => ({
  started: [] as Array<{ file: string; workerData: unknown }>,
  answer: 'not-json' as string | null,
}));
vi.mock('node:worker_threads', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWorker extends EventEmitter {
    constructor(file: string, options: { workerData: unknown }) {
      super();
      workers.started.push({ file, workerData: options.workerData });
      setImmediate(() => this.emit('message', workers.answer));
    }
    terminate = async () => 0;
  }
  return { Worker: FakeWorker };
});

beforeAll(async () => {
  await import('../../../electron/main');
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
});

describe('the main process', () => {
  it('fixes the app name and data folder and registers app:// before the app is ready', () => {
    expect(electron.calls.slice(0, 4)).toEqual(['setName', 'setPath', 'registerSchemes', 'whenReady']);
    expect(electron.module.app.setPath).toHaveBeenCalledWith('userData', '/home/user/.config/Trama');
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      // codeCache needs standard: without it Electron throws, and every start compiles the bundle anew.
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) },
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

describe('links that leave the app', () => {
  const openExternal = electron.module.shell.openExternal;
  const contents = () => FakeBrowserWindow.created[0]!.webContents;
  const click = () => contents().emit('before-mouse-event', {}, { type: 'mouseUp', button: 'left', x: 10, y: 10 });
  const pressEnter = () => contents().emit('before-input-event', {}, { type: 'keyDown', key: 'Enter', code: 'Enter' });
  const openHandler = () => contents().windowOpenHandler!;
  const invokeHandler = (channel: string) =>
    electron.module.ipcMain.handle.mock.calls.find((call) => call[0] === channel)?.[1] as (
      event: unknown,
      payload: unknown,
    ) => Promise<unknown>;
  const fromOurWindow = () => ({
    sender: contents(),
    senderFrame: { url: 'app://trama/#/stakeholders', parent: null },
  });

  beforeAll(() => {
    electron.appEvents.emit('web-contents-created', {}, contents());
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterAll(() => {
    vi.useRealTimers();
  });
  beforeEach(() => {
    openExternal.mockClear();
    // Each test starts long after the last one's clicks.
    vi.setSystemTime(Date.now() + 60_000);
  });

  it('opens nothing that a script asks for without a click (window.open, target=_blank, IPC)', async () => {
    expect(openHandler()({ url: 'https://www.salute.gov.it/' })).toEqual({ action: 'deny' });
    expect(await invokeHandler('shell:open-external')(fromOurWindow(), { url: 'https://www.salute.gov.it/' })).toEqual({
      isOpened: false,
      reason: 'no-recent-click',
    });
    await Promise.resolve();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens a link the user clicked, once, as its normalised address', async () => {
    click();
    expect(openHandler()({ url: 'https:/\\www.salute.gov.it' })).toEqual({ action: 'deny' });
    expect(openHandler()({ url: 'https://example.org/second-popup' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1));
    expect(openExternal).toHaveBeenCalledWith('https://www.salute.gov.it/');
  });

  it('opens a website link chosen with the keyboard over IPC', async () => {
    pressEnter();
    expect(await invokeHandler('shell:open-external')(fromOurWindow(), { url: 'http://www.comune.napoli.it' })).toEqual(
      { isOpened: true },
    );
    expect(openExternal).toHaveBeenCalledWith('http://www.comune.napoli.it/');
  });

  it('opens a link middle-clicked (a new tab, for the page) in the browser', async () => {
    contents().emit('before-mouse-event', {}, { type: 'mouseUp', button: 'middle', x: 10, y: 10 });
    expect(openHandler()({ url: 'https://www.salute.gov.it/', disposition: 'background-tab' } as never)).toEqual({
      action: 'deny',
    });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledWith('https://www.salute.gov.it/'));
  });

  it('sends a clicked mailto: link (no target) to the mail program instead of navigating', async () => {
    click();
    const navigation = { preventDefault: vi.fn() };
    contents().emit('will-navigate', navigation, 'mailto:paola.esempio@example.org');
    expect(navigation.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledWith('mailto:paola.esempio@example.org'));
  });

  it('refuses a mail link that would attach a file, even after a click', async () => {
    click();
    const navigation = { preventDefault: vi.fn() };
    contents().emit('will-navigate', navigation, 'mailto:paola.esempio@example.org?attach=/home/user/.ssh/id_rsa');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(openHandler()({ url: 'mailto:x@example.org?body=secret' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('does not count a right click, a key other than Enter or Space, a space pressed but not released, or a mouse move as a gesture', async () => {
    contents().emit('before-mouse-event', {}, { type: 'mouseUp', button: 'right', x: 1, y: 1 });
    contents().emit('before-mouse-event', {}, { type: 'mouseMove', x: 1, y: 1 });
    contents().emit('before-input-event', {}, { type: 'keyDown', key: 'a', code: 'KeyA' });
    contents().emit('before-input-event', {}, { type: 'keyUp', key: 'Enter', code: 'Enter' });
    contents().emit('before-input-event', {}, { type: 'keyDown', key: ' ', code: 'Space' });
    expect(await invokeHandler('shell:open-external')(fromOurWindow(), { url: 'https://www.salute.gov.it/' })).toEqual({
      isOpened: false,
      reason: 'no-recent-click',
    });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('backups from the renderer', () => {
  it('checks a backup’s shape in a worker started from the built worker file, before writing anything', async () => {
    const writeAuto = electron.module.ipcMain.handle.mock.calls.find(
      (call) => call[0] === 'backup:write-auto',
    )?.[1] as (event: unknown, payload: unknown) => Promise<unknown>;
    const fromOurWindow = {
      sender: FakeBrowserWindow.created[0]!.webContents,
      senderFrame: { url: 'app://trama/#/settings', parent: null },
    };
    await expect(writeAuto(fromOurWindow, { json: 'not json at all' })).rejects.toThrow(/invalid-backup \(not-json\)/);
    expect(workers.started).toHaveLength(1);
    expect(path.basename(workers.started[0]!.file)).toBe('backupShapeWorker.cjs');
    expect(new TextDecoder().decode(workers.started[0]!.workerData as Uint8Array)).toBe('not json at all');
  });
});

describe('the team server in the page’s policy', () => {
  const invoke = (channel: string, payload?: unknown) =>
    (
      electron.module.ipcMain.handle.mock.calls.find((call) => call[0] === channel)?.[1] as (
        event: unknown,
        payload: unknown,
      ) => Promise<unknown>
    )(
      {
        sender: FakeBrowserWindow.created[0]!.webContents,
        senderFrame: { url: 'app://trama/#/settings', parent: null },
      },
      payload,
    );
  const servePage = async () => {
    const handler = electron.module.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    await handler(new Request('app://trama/'));
    return served.policies.at(-1)!;
  };

  it('allows no remote origin before a team is set, and exactly the new server on the next load after one is', async () => {
    expect(await servePage()).toContain("connect-src 'self'; ");
    const settings = { serverOrigin: 'https://couch.example.org', team: 'psychcare', userName: 'anna' };
    expect(await invoke('team:save-settings', settings)).toEqual(settings);
    expect(await servePage()).toContain("connect-src 'self' https://couch.example.org; ");
    await invoke('team:forget-settings');
    expect(await servePage()).toContain("connect-src 'self'; ");
  });

  it('keeps the team settings in the app’s data folder', async () => {
    const settings = { serverOrigin: 'http://localhost:5984', team: 'demo', userName: 'marco' };
    await invoke('team:save-settings', settings);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(path.join(userData, 'team-connection.json'), 'utf8'))).toEqual(settings);
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
