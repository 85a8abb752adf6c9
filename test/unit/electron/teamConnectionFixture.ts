import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcRegistrar } from '../../../electron/ipc';
import { registerIpcHandlers, type HandlerServices } from '../../../electron/ipcHandlers';
import { TeamConnectionStore, keychainFrom } from '../../../electron/teamConnectionStore';
import { createFakeSafeStorage, type StorageBackend } from './fakeSafeStorage';

// The team channels registered as the main process registers them, over a temporary data
// folder and a fake keychain that really encrypts.

export const ourContents = {} as WebContents;
export const trusted = { webContents: () => ourContents, origins: ['app://trama'] };
export const fromOurWindow = { sender: ourContents, senderFrame: { url: 'app://trama/#/settings', parent: null } };
export const PASSWORD = 'Correct-Horse-7€-ñ';
export const SETTINGS = { serverOrigin: 'https://couch.example.org', team: 'psychcare', userName: 'anna.rossi' };

export function setUp(options: { isAvailable?: boolean; backend?: StorageBackend; platform?: NodeJS.Platform } = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), 'trama-team-'));
  const safeStorage = createFakeSafeStorage(options);
  const openStore = () =>
    new TeamConnectionStore({ folder, keychain: keychainFrom(safeStorage, options.platform ?? 'linux') });
  const handlers = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => unknown>();
  const registrar: IpcRegistrar = { handle: (channel, listener) => handlers.set(channel, listener) };
  const unused = () => {
    throw new Error('not used here');
  };
  registerIpcHandlers(registrar, trusted, {
    appInfo: unused,
    openExternal: unused,
    consumeUserGesture: unused,
    chooseSavePath: unused,
    setMenuLanguage: unused,
    backups: {} as HandlerServices['backups'],
    openFolder: unused,
    printBriefingToPdf: unused,
    printReportToPdf: unused,
    teamConnection: openStore(),
  });
  const call = (channel: string, payload?: unknown, event: unknown = fromOurWindow) =>
    Promise.resolve(handlers.get(channel)!(event as IpcMainInvokeEvent, payload));
  const fileBytes = (name: string) => readFileSync(path.join(folder, name));
  return { folder, safeStorage, openStore, call, channels: [...handlers.keys()], fileBytes };
}

/** Every way the password could sit in a file readably. */
export function expectNoPlainPassword(bytes: Buffer, password = PASSWORD) {
  for (const encoded of [
    Buffer.from(password, 'utf8'),
    Buffer.from(password, 'utf16le'),
    Buffer.from(Buffer.from(password).toString('base64')),
    Buffer.from(Buffer.from(password).toString('hex')),
    Buffer.from(JSON.stringify(password)),
  ]) {
    expect(bytes.includes(encoded)).toBe(false);
  }
}
