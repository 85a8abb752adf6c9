import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, isMenuCommand, type MenuCommand } from '../shared/ipc/channels';
import type { DesktopApi } from '../shared/ipc/contract';

// The page gets named functions only: never ipcRenderer, never an event object.

const api = {
  getAppInfo: () => ipcRenderer.invoke('app:get-info'),
  openExternal: (url: string) => ipcRenderer.invoke('shell:open-external', { url }),
  saveFile: (request) => ipcRenderer.invoke('file:save', request),
  setMenuLanguage: (language) => ipcRenderer.invoke('menu:set-language', { language }),
  writeAutoBackup: (json: string) => ipcRenderer.invoke('backup:write-auto', { json }),
  listAutoBackups: () => ipcRenderer.invoke('backup:list'),
  readAutoBackup: (fileName: string) => ipcRenderer.invoke('backup:read', { fileName }),
  writeSafetyCopy: (json: string) => ipcRenderer.invoke('backup:write-safety-copy', { json }),
  replaceBackup: (fileName: string, json: string) => ipcRenderer.invoke('backup:replace', { fileName, json }),
  removeBackup: (fileName: string) => ipcRenderer.invoke('backup:remove', { fileName }),
  openBackupsFolder: () => ipcRenderer.invoke('backup:open-folder'),
  printBriefingToPdf: (request) => ipcRenderer.invoke('briefing:print-to-pdf', request),
  printReportToPdf: (request) => ipcRenderer.invoke('report:print-to-pdf', request),
  readTeamSettings: () => ipcRenderer.invoke('team:read-settings'),
  saveTeamSettings: (settings) => ipcRenderer.invoke('team:save-settings', settings),
  forgetTeamSettings: () => ipcRenderer.invoke('team:forget-settings'),
  saveTeamPassword: (password: string) => ipcRenderer.invoke('team:save-password', { password }),
  readTeamPassword: () => ipcRenderer.invoke('team:read-password'),
  forgetTeamPassword: () => ipcRenderer.invoke('team:forget-password'),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(eventChannels.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(eventChannels.menuCommand, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('trama', api);
