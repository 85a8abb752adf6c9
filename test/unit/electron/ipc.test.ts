import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { openExternalLink } from '../../../electron/externalLinks';
import { AutoBackups } from '../../../electron/backups';
import { IpcRejection, type IpcRegistrar } from '../../../electron/ipc';
import { registerIpcHandlers, type HandlerServices } from '../../../electron/ipcHandlers';
import { TeamConnectionStore, keychainFrom } from '../../../electron/teamConnectionStore';
import { backupShapeProblem } from '../../../shared/ipc/backupShape';
import { createFakeSafeStorage } from './fakeSafeStorage';

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
    // A click in our window just before the call, unless a test says otherwise.
    consumeUserGesture: vi.fn(() => true),
    chooseSavePath: vi.fn(async () => null),
    setMenuLanguage: vi.fn(),
    backups: new AutoBackups({
      folder: path.join(mkdtempSync(path.join(tmpdir(), 'trama-ipc-')), 'backups'),
      checkShape: async (utf8) => backupShapeProblem(new TextDecoder().decode(utf8)),
    }),
    openFolder: vi.fn(async () => ''),
    printBriefingToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    printReportToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    // The team channels have their own tests (teamConnection.test.ts, teamPassword.test.ts).
    teamConnection: new TeamConnectionStore({
      folder: mkdtempSync(path.join(tmpdir(), 'trama-ipc-team-')),
      keychain: keychainFrom(createFakeSafeStorage(), 'linux'),
    }),
    ...overrides,
  };
  registerIpcHandlers(registrar, trusted, services);
  const call = (channel: string, payload: unknown, event = eventFrom('app://trama/#/map')) =>
    Promise.resolve(handlers.get(channel)!(event, payload));
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
    await expect(call('backup:read', { fileName: '../trama-backup-2026-03-04.json' })).rejects.toThrow(
      /invalid request/,
    );
    await expect(call('backup:read', { fileName: 'trama-backup-2026-03-04.json/../../secrets' })).rejects.toThrow(
      /invalid request/,
    );
    await expect(call('backup:write-auto', { json: 42 })).rejects.toThrow(/invalid request/);
    expect(services.setMenuLanguage).not.toHaveBeenCalled();
  });

  it('saves a file where the user chose, through a temporary file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'trama-save-'));
    const target = path.join(folder, 'contatti.xlsx');
    const { call } = setUp({ chooseSavePath: async () => target });
    expect(await call('file:save', { suggestedName: 'contatti.xlsx', data: new Uint8Array([1, 2, 3]) })).toEqual({
      isSaved: true,
      filePath: target,
    });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(folder)).toEqual(['contatti.xlsx']);
  });

  it('saves nothing when the user cancels the dialog', async () => {
    expect(await setUp().call('file:save', { suggestedName: 'a.csv', data: 'x' })).toEqual({ isSaved: false });
  });

  it('opens only web and mail links in the browser', async () => {
    const { call, services } = setUp();
    expect(await call('shell:open-external', { url: 'https://www.salute.gov.it/' })).toEqual({ isOpened: true });
    expect(await call('shell:open-external', { url: 'file:///etc/passwd' })).toEqual({
      isOpened: false,
      reason: 'not-allowed',
    });
    expect(services.openExternal).toHaveBeenCalledTimes(1);
  });

  it('opens a link only right after a click or key press in our window, checked in the main process', async () => {
    const consumeUserGesture = vi.fn(() => false);
    const { call, services } = setUp({ consumeUserGesture });
    expect(await call('shell:open-external', { url: 'https://www.salute.gov.it/' })).toEqual({
      isOpened: false,
      reason: 'no-recent-click',
    });
    expect(services.openExternal).not.toHaveBeenCalled();
    expect(consumeUserGesture).toHaveBeenCalledWith(ourContents);
  });

  it('does not use up the click on a link it refuses', async () => {
    const consumeUserGesture = vi.fn(() => true);
    const { call } = setUp({ consumeUserGesture });
    expect(await call('shell:open-external', { url: 'javascript:alert(1)' })).toEqual({
      isOpened: false,
      reason: 'not-allowed',
    });
    expect(consumeUserGesture).not.toHaveBeenCalled();
  });

  it.each([
    ['https:/\\example.org', 'https://example.org/'],
    ['HTTPS://EXAMPLE.org', 'https://example.org/'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['http://www.comune.napoli.it', 'http://www.comune.napoli.it/'],
    ['mailto:paola.esempio@example.org', 'mailto:paola.esempio@example.org'],
  ])('passes %s on as the normalised address %s', async (url, href) => {
    const { call, services } = setUp();
    expect(await call('shell:open-external', { url })).toEqual({ isOpened: true });
    expect(services.openExternal).toHaveBeenCalledWith(href);
  });
});

const backupJson = (name = 'ASL Napoli 1 Centro') =>
  JSON.stringify({
    format: 'trama-backup',
    formatVersion: 1,
    createdAt: '2026-03-02T08:00:00.000Z',
    schemaVersion: 2,
    tables: { stakeholders: [{ id: 's1', name }], contacts: [] },
  });

describe('automatic backups over IPC', () => {
  it('writes, lists and reads back a backup, and opens the folder it lives in', async () => {
    const { call, services } = setUp();
    const written = (await call('backup:write-auto', { json: backupJson() })) as {
      filePath: string;
      keptCount: number;
    };
    expect(written.keptCount).toBe(1);
    const [file] = (await call('backup:list', undefined)) as Array<{ fileName: string; kind: string }>;
    expect(file?.kind).toBe('automatic');
    expect(path.join(services.backups.folder, file!.fileName)).toBe(written.filePath);
    expect(await call('backup:read', { fileName: file!.fileName })).toEqual({ json: backupJson() });
    expect(await call('backup:open-folder', undefined)).toEqual({ isOpened: true });
    expect(services.openFolder).toHaveBeenCalledWith(services.backups.folder);
  });

  it.each([
    ['text that is not JSON', 'not json at all'],
    ['JSON that is not an object', '[1,2,3]'],
    [
      'another format',
      JSON.stringify({
        format: 'other',
        formatVersion: 1,
        createdAt: '2026-03-02T08:00:00Z',
        schemaVersion: 2,
        tables: {},
      }),
    ],
    [
      'a newer format version',
      JSON.stringify({
        format: 'trama-backup',
        formatVersion: 99,
        createdAt: '2026-03-02T08:00:00Z',
        schemaVersion: 2,
        tables: {},
      }),
    ],
    ['no creation time', JSON.stringify({ format: 'trama-backup', formatVersion: 1, schemaVersion: 2, tables: {} })],
    [
      'no schema version',
      JSON.stringify({ format: 'trama-backup', formatVersion: 1, createdAt: '2026-03-02T08:00:00Z', tables: {} }),
    ],
    [
      'tables that are a list',
      JSON.stringify({
        format: 'trama-backup',
        formatVersion: 1,
        createdAt: '2026-03-02T08:00:00Z',
        schemaVersion: 2,
        tables: [],
      }),
    ],
    [
      'a table that is not a list',
      JSON.stringify({
        format: 'trama-backup',
        formatVersion: 1,
        createdAt: '2026-03-02T08:00:00Z',
        schemaVersion: 2,
        tables: { stakeholders: {} },
      }),
    ],
    [
      'a row that is not an object',
      JSON.stringify({
        format: 'trama-backup',
        formatVersion: 1,
        createdAt: '2026-03-02T08:00:00Z',
        schemaVersion: 2,
        tables: { stakeholders: [null] },
      }),
    ],
    [
      'a __proto__ table',
      '{"format":"trama-backup","formatVersion":1,"createdAt":"2026-03-02T08:00:00Z","schemaVersion":2,"tables":{"__proto__":[]}}',
    ],
  ])('refuses to replace today’s backup with %s', async (_case, json) => {
    const { call, services } = setUp();
    await call('backup:write-auto', { json: backupJson() });
    await expect(call('backup:write-auto', { json })).rejects.toThrow(/invalid-backup/);
    const [file] = await services.backups.list();
    expect(await services.backups.read(file!.fileName)).toBe(backupJson());
  });

  it('keeps a safety copy beside the automatic backups, rewrites it in place and removes it', async () => {
    const { call, services } = setUp();
    await call('backup:write-auto', { json: backupJson() });
    const { fileName } = (await call('backup:write-safety-copy', { json: backupJson('Before restore') })) as {
      fileName: string;
    };
    expect(fileName).toMatch(/^trama-safety-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.json$/);
    expect(((await call('backup:list', undefined)) as Array<{ kind: string }>).map((file) => file.kind).sort()).toEqual(
      ['automatic', 'safety'],
    );
    expect(await call('backup:replace', { fileName, json: backupJson('Erased') })).toEqual({ fileName });
    expect(await call('backup:read', { fileName })).toEqual({ json: backupJson('Erased') });
    await expect(call('backup:replace', { fileName, json: 'not json at all' })).rejects.toThrow(/invalid-backup/);
    expect(await call('backup:remove', { fileName })).toEqual({ fileName });
    expect(((await call('backup:list', undefined)) as Array<{ kind: string }>).map((file) => file.kind)).toEqual([
      'automatic',
    ]);
    expect(readdirSync(services.backups.folder)).toHaveLength(1);
  });

  it.each([
    ['backup:read', { fileName: '../trama-backup-2026-03-04.json' }],
    ['backup:replace', { fileName: '../../trama-safety-2026-03-04T10-00-00.json', json: backupJson() }],
    ['backup:remove', { fileName: 'trama-safety-2026-03-04T10-00-00.json/../../../x' }],
    ['backup:remove', { fileName: 'notes.txt' }],
    ['backup:replace', { fileName: 'trama-backup-2026-03-04.json', json: 42 }],
    ['backup:write-safety-copy', { json: '' }],
  ])('refuses %s %j', async (channel, payload) => {
    await expect(setUp().call(channel, payload)).rejects.toThrow(/invalid request/);
  });
});

describe('briefing print-to-PDF over IPC', () => {
  it('asks where to save first, then prints the briefing there', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'trama-pdf-'));
    const target = path.join(folder, 'briefing.pdf');
    const chooseSavePath = vi.fn(async () => target);
    const { call, services } = setUp({ chooseSavePath });
    expect(await call('briefing:print-to-pdf', { briefingId: 'b-1', suggestedName: 'briefing.pdf' })).toEqual({
      isSaved: true,
      filePath: target,
    });
    expect(chooseSavePath).toHaveBeenCalledWith('briefing.pdf', [{ name: 'PDF', extensions: ['pdf'] }]);
    expect(services.printBriefingToPdf).toHaveBeenCalledWith('b-1');
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
  });

  it('prints nothing when the user cancels, and refuses ids that could change the print address', async () => {
    const { call, services } = setUp();
    expect(await call('briefing:print-to-pdf', { briefingId: 'b-1', suggestedName: 'briefing.pdf' })).toEqual({
      isSaved: false,
    });
    await expect(
      call('briefing:print-to-pdf', { briefingId: 'b-1&print=0#/settings', suggestedName: 'briefing.pdf' }),
    ).rejects.toThrow(/invalid request/);
    expect(services.printBriefingToPdf).not.toHaveBeenCalled();
  });
});

describe('saving a programme report as PDF', () => {
  const scope = { programmeId: null, region: 'lazio', from: '2026-01-01', to: '2026-06-30' };

  it('prints the scope asked for into the file the user chose', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'trama-report-')), 'report.pdf');
    const { call, services } = setUp({ chooseSavePath: vi.fn(async () => target) });
    expect(await call('report:print-to-pdf', { scope, suggestedName: 'report.pdf' })).toEqual({
      isSaved: true,
      filePath: target,
    });
    expect(services.printReportToPdf).toHaveBeenCalledWith(scope);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
  });

  it('refuses a scope that could change the print address, and prints nothing', async () => {
    const { call, services } = setUp({ chooseSavePath: vi.fn(async () => '/never/used.pdf') });
    await expect(
      call('report:print-to-pdf', { scope: { ...scope, region: 'lazio#/settings' }, suggestedName: 'report.pdf' }),
    ).rejects.toThrow(/invalid request/);
    await expect(
      call('report:print-to-pdf', { scope: { ...scope, extra: 1 }, suggestedName: 'report.pdf' }),
    ).rejects.toThrow(/invalid request/);
    expect(services.printReportToPdf).not.toHaveBeenCalled();
  });
});

describe('external links', () => {
  it.each([
    ['https://www.interno.gov.it/', true],
    ['mailto:paola.esempio@example.org', true],
    ['http://example.org/', true],
    ['mailto:paola.esempio@example.org?attach=/etc/passwd', false],
    ['mailto:paola.esempio@example.org?body=hello', false],
    ['mailto:paola.esempio@example.org?cc=other@example.org', false],
    ['mailto:?to=paola.esempio@example.org', false],
    ['mailto:paola.esempio@example.org#x', false],
    ['mailto:', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://user:pass@example.org/', false],
    ['http://user@example.org/', false],
    ['https://', false],
    ['http:', false],
    ['smb://server/share', false],
    ['app://trama/#/settings', false],
    [`https://example.org/${'a'.repeat(2100)}`, false],
    [42, false],
    [null, false],
  ])('%s allowed: %s', async (url, isAllowed) => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalLink(url, { open, consumeUserGesture: () => true })).toEqual(
      isAllowed ? { isOpened: true } : { isOpened: false, reason: 'not-allowed' },
    );
    expect(open).toHaveBeenCalledTimes(isAllowed ? 1 : 0);
  });

  it('never calls the opener without a user gesture, and says so', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalLink('https://www.interno.gov.it/', { open, consumeUserGesture: () => false })).toEqual({
      isOpened: false,
      reason: 'no-recent-click',
    });
    expect(open).not.toHaveBeenCalled();
  });

  it('logs each refusal in the main process with its reason, never the address (it may be a person’s e-mail)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());
    const open = vi.fn(async () => undefined);
    await openExternalLink('mailto:paola.esempio@example.org', { open, consumeUserGesture: () => false });
    await openExternalLink('file:///home/paola/notes.txt', { open, consumeUserGesture: () => true });
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(/mailto: link.*no-recent-click/),
      expect.stringMatching(/link.*not-allowed/),
    ]);
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/paola/);
  });
});
