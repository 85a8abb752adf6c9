import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi, MenuCommand } from '../../../shared/ipc/contract';
import { createElectronMock } from './electronMock';

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

async function exposedApi(): Promise<DesktopApi> {
  await import('../../../electron/preload');
  const [name, api] = electron.module.contextBridge.exposeInMainWorld.mock.calls[0] as [string, DesktopApi];
  expect(name).toBe('trama');
  return api;
}

describe('the preload script', () => {
  it('exposes exactly the DesktopApi functions, never ipcRenderer', async () => {
    const api = await exposedApi();
    const expected: Array<keyof DesktopApi> = [
      'forgetTeamPassword',
      'forgetTeamSettings',
      'getAppInfo',
      'listAutoBackups',
      'onMenuCommand',
      'openBackupsFolder',
      'openExternal',
      'printBriefingToPdf',
      'printReportToPdf',
      'readAutoBackup',
      'readTeamPassword',
      'readTeamSettings',
      'removeBackup',
      'replaceBackup',
      'saveFile',
      'saveTeamPassword',
      'saveTeamSettings',
      'setMenuLanguage',
      'writeAutoBackup',
      'writeSafetyCopy',
    ];
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(electron.module.ipcRenderer);
  });

  it('calls the contract channels with their payloads', async () => {
    const api = await exposedApi();
    await api.openExternal('https://example.org/');
    await api.setMenuLanguage('it');
    await api.readAutoBackup('trama-backup-2026-03-04.json');
    await api.writeAutoBackup('{}');
    await api.writeSafetyCopy('{"safety":true}');
    await api.replaceBackup('trama-safety-2026-03-04T10-00-00.json', '{"erased":true}');
    await api.removeBackup('trama-backup-2026-03-04.json');
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('shell:open-external', {
      url: 'https://example.org/',
    });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('menu:set-language', { language: 'it' });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('backup:read', {
      fileName: 'trama-backup-2026-03-04.json',
    });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('backup:write-auto', { json: '{}' });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('backup:write-safety-copy', {
      json: '{"safety":true}',
    });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('backup:replace', {
      fileName: 'trama-safety-2026-03-04T10-00-00.json',
      json: '{"erased":true}',
    });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith('backup:remove', {
      fileName: 'trama-backup-2026-03-04.json',
    });
  });

  it('calls the team channels with their payloads', async () => {
    const api = await exposedApi();
    const settings = { serverOrigin: 'https://couch.example.org', team: 'psychcare', userName: 'anna' };
    await api.readTeamSettings();
    await api.saveTeamSettings(settings);
    await api.forgetTeamSettings();
    await api.saveTeamPassword('Correct-Horse-7');
    await api.readTeamPassword();
    await api.forgetTeamPassword();
    const invoke = electron.module.ipcRenderer.invoke;
    expect(invoke).toHaveBeenCalledWith('team:read-settings');
    expect(invoke).toHaveBeenCalledWith('team:save-settings', settings);
    expect(invoke).toHaveBeenCalledWith('team:forget-settings');
    expect(invoke).toHaveBeenCalledWith('team:save-password', { password: 'Correct-Horse-7' });
    expect(invoke).toHaveBeenCalledWith('team:read-password');
    expect(invoke).toHaveBeenCalledWith('team:forget-password');
  });

  it('passes menu commands on without the event, drops unknown ones, and unsubscribes', async () => {
    const api = await exposedApi();
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const [channel, forward] = electron.module.ipcRenderer.on.mock.calls[0] as [
      string,
      (event: unknown, command: unknown) => void,
    ];
    expect(channel).toBe('menu:command');
    forward({ sender: 'secret' }, 'go-map');
    forward({}, 'rm -rf');
    forward({}, { command: 'go-map' });
    expect(received).toEqual(['go-map']);
    unsubscribe();
    expect(electron.module.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });
});
