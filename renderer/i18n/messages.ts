import { actionMessages } from '../features/actions/actions.messages';
import { agreementMessages } from '../features/agreements/agreements.messages';
import { briefingMessages } from '../features/briefings/briefings.messages';
import { dashboardMessages } from '../features/dashboard/dashboard.messages';
import { importExportMessages } from '../features/import-export/importExport.messages';
import { mapMessages } from '../features/map/map.messages';
import { settingsMessages } from '../features/settings/settings.messages';
import { stakeholderMessages } from '../features/stakeholders/stakeholders.messages';
import { appMessages } from './app.messages';
import { enumMessages } from './enums.messages';

// Every catalogue of the app; messages.test.ts checks that no two define the same key.
export const CATALOGUES = [
  appMessages,
  enumMessages,
  mapMessages,
  stakeholderMessages,
  agreementMessages,
  actionMessages,
  dashboardMessages,
  briefingMessages,
  importExportMessages,
  settingsMessages,
] as const;

const english = {
  ...appMessages.en,
  ...enumMessages.en,
  ...mapMessages.en,
  ...stakeholderMessages.en,
  ...agreementMessages.en,
  ...actionMessages.en,
  ...dashboardMessages.en,
  ...briefingMessages.en,
  ...importExportMessages.en,
  ...settingsMessages.en,
};

export type MessageKey = keyof typeof english;

const italian: Record<MessageKey, string> = {
  ...appMessages.it,
  ...enumMessages.it,
  ...mapMessages.it,
  ...stakeholderMessages.it,
  ...agreementMessages.it,
  ...actionMessages.it,
  ...dashboardMessages.it,
  ...briefingMessages.it,
  ...importExportMessages.it,
  ...settingsMessages.it,
};

export const MESSAGES = { en: english, it: italian } as const;
