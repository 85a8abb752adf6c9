import type { DesktopApi } from '../../shared/ipc/contract';
import { createDesktopTeamConnection } from './desktopTeamConnection';
import type { Platform } from './platformContract';

export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    isDesktop: true,
    saveFile: (request) =>
      api.saveFile({
        suggestedName: request.suggestedName,
        data: request.data,
        filters: request.filter ? [request.filter] : [],
      }),
    openExternal: (url) => api.openExternal(url),
    setMenuLanguage: async (language) => {
      await api.setMenuLanguage(language);
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    backups: {
      writeAuto: (json) => api.writeAutoBackup(json),
      writeSafetyCopy: (json) => api.writeSafetyCopy(json),
      list: () => api.listAutoBackups(),
      read: async (fileName) => (await api.readAutoBackup(fileName)).json,
      replace: async (fileName, json) => {
        await api.replaceBackup(fileName, json);
      },
      remove: async (fileName) => {
        await api.removeBackup(fileName);
      },
      openFolder: async () => (await api.openBackupsFolder()).isOpened,
    },
    printBriefingToPdf: (briefingId, suggestedName) => api.printBriefingToPdf({ briefingId, suggestedName }),
    printReportToPdf: (scope, suggestedName) => api.printReportToPdf({ scope, suggestedName }),
    teamConnection: createDesktopTeamConnection(api),
  };
}
