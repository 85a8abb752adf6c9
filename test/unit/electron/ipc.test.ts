import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAllowedExternalUrl, openExternalLink } from '../../../electron/externalLinks';
import { AutoBackups } from '../../../electron/backups';
import { IpcRejection, type IpcRegistrar } from '../../../electron/ipc';
import { registerIpcHandlers, type HandlerServices } from '../../../electron/ipcHandlers';

const ourContents = {} as WebContents;
const trusted = { webContents: () => ourContents, origins: ['app://trama'] };

function eventFrom(url: string, sender: WebContents = ourContents, isSubFrame = false): IpcMainInvokeEvent {
  return { sender, senderFrame: { url, parent: isSubFrame ? {} : null } } as unknown as IpcMainInvokeEvent;
}

function setUp(overrides: Partial<HandlerServices> = {}) {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => unknown>();
  const registrar: IpcRegistrar = { handle: (channel, listener) => handlers.set(channel, listener) };
  const services: HandlerServices = {
    appInfo: () => ({ name: 'Trama', version: '0.1.0', platform: 'linux', isPackaged: false }),
    openExternal: vi.fn(async () => undefined),
    chooseSavePath: vi.fn(async () => null),
    setMenuLanguage: vi.fn(),
    backups: new AutoBackups({ folder: path.join(mkdtempSync(path.join(tmpdir(), 'trama-ipc-')), 'backups') }),
    openFolder: vi.fn(async () => ''),
    printBriefingToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    ...overrides,
  };
  registerIpcHandlers(registrar, trusted, services);
  const call = (channel: string, payload: unknown, event = eventFrom('app://trama/#/map')) => Promise.resolve(handlers.get(channel)!(event, payload));
  return { call, services };
}

describe('IPC sender and payload checks', () => {
  it('answers our window on app://trama', async () => {
    expect(await setUp().call('app:get-info', undefined)).toMatchObject({ name: 'Trama' });
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/')],
    ['a sub-frame', eventFrom('app://trama/', ourContents, true)],
    ['another web contents', eventFrom('app://trama/', {} as WebContents)],
  ])('refuses %s', async (_case, event) => {
    await expect(setUp().call('app:get-info', undefined, event)).rejects.toBeInstanceOf(IpcRejection);
  });

  it('refuses payloads that do not match the contract', async () => {
    const { call, services } = setUp();
    await expect(call('menu:set-language', { language: 'fr' })).rejects.toThrow(/invalid request/);
    await expect(call('file:save', { suggestedName: '../../.bashrc', data: 'x' })).rejects.toThrow(/invalid request/);
    await expect(call('shell:open-external', 'https://example.org')).rejects.toThrow(/invalid request/);
    await expect(call('backup:read', { fileName: '../trama-backup-2026-03-04.json' })).rejects.toThrow(/invalid request/);
    await expect(call('backup:read', { fileName: 'trama-backup-2026-03-04.json/../../secrets' })).rejects.toThrow(/invalid request/);
    await expect(call('backup:write-auto', { json: 42 })).rejects.toThrow(/invalid request/);
    expect(services.setMenuLanguage).not.toHaveBeenCalled();
  });

  it('saves a file where the user chose, through a temporary file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'trama-save-'));
    const target = path.join(folder, 'contatti.xlsx');
    const { call } = setUp({ chooseSavePath: async () => target });
    expect(await call('file:save', { suggestedName: 'contatti.xlsx', data: new Uint8Array([1, 2, 3]) })).toEqual({ isSaved: true, filePath: target });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(folder)).toEqual(['contatti.xlsx']);
  });

  it('saves nothing when the user cancels the dialog', async () => {
    expect(await setUp().call('file:save', { suggestedName: 'a.csv', data: 'x' })).toEqual({ isSaved: false });
  });

  it('opens only https and mailto links in the browser', async () => {
    const { call, services } = setUp();
    expect(await call('shell:open-external', { url: 'https://www.salute.gov.it/' })).toEqual({ isOpened: true });
    expect(await call('shell:open-external', { url: 'file:///etc/passwd' })).toEqual({ isOpened: false });
    expect(services.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('automatic backups over IPC', () => {
  it('writes, lists and reads back a backup, and opens the folder it lives in', async () => {
    const { call, services } = setUp();
    const written = (await call('backup:write-auto', { json: '{"format":"trama-backup"}' })) as { filePath: string; keptCount: number };
    expect(written.keptCount).toBe(1);
    const [file] = (await call('backup:list', undefined)) as Array<{ fileName: string }>;
    expect(path.join(services.backups.folder, file!.fileName)).toBe(written.filePath);
    expect(await call('backup:read', { fileName: file!.fileName })).toEqual({ json: '{"format":"trama-backup"}' });
    expect(await call('backup:open-folder', undefined)).toEqual({ isOpened: true });
    expect(services.openFolder).toHaveBeenCalledWith(services.backups.folder);
  });
});

describe('briefing print-to-PDF over IPC', () => {
  it('asks where to save first, then prints the briefing there', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'trama-pdf-'));
    const target = path.join(folder, 'briefing.pdf');
    const chooseSavePath = vi.fn(async () => target);
    const { call, services } = setUp({ chooseSavePath });
    expect(await call('briefing:print-to-pdf', { briefingId: 'b-1', suggestedName: 'briefing.pdf' })).toEqual({ isSaved: true, filePath: target });
    expect(chooseSavePath).toHaveBeenCalledWith('briefing.pdf', [{ name: 'PDF', extensions: ['pdf'] }]);
    expect(services.printBriefingToPdf).toHaveBeenCalledWith('b-1');
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
  });

  it('prints nothing when the user cancels, and refuses ids that could change the print address', async () => {
    const { call, services } = setUp();
    expect(await call('briefing:print-to-pdf', { briefingId: 'b-1', suggestedName: 'briefing.pdf' })).toEqual({ isSaved: false });
    await expect(call('briefing:print-to-pdf', { briefingId: 'b-1&print=0#/settings', suggestedName: 'briefing.pdf' })).rejects.toThrow(/invalid request/);
    expect(services.printBriefingToPdf).not.toHaveBeenCalled();
  });
});

describe('external links', () => {
  it.each([
    ['https://www.interno.gov.it/', true],
    ['mailto:paola.esempio@example.org', true],
    ['http://example.org/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://user:pass@example.org/', false],
    ['smb://server/share', false],
    [42, false],
    [null, false],
  ])('%s allowed: %s', (url, isAllowed) => {
    expect(isAllowedExternalUrl(url)).toBe(isAllowed);
  });

  it('never calls the opener for a refused link', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalLink('javascript:alert(1)', open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
