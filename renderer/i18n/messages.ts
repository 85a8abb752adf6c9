import type { Language } from '../../shared/domain/enums';
import { actionMessages } from '../features/actions/actions.messages';
import { agreementMessages } from '../features/agreements/agreements.messages';
import { briefingMessages } from '../features/briefings/briefings.messages';
import { dashboardMessages } from '../features/dashboard/dashboard.messages';
import { importExportMessages } from '../features/import-export/importExport.messages';
import { mapMessages } from '../features/map/map.messages';
import { settingsMessages } from '../features/settings/settings.messages';
import { stakeholderMessages } from '../features/stakeholders/stakeholders.messages';
import { trainingMessages } from '../features/trainings/trainings.messages';
import { reportMessages } from '../features/reports/reports.messages';
import { restoreMessages } from '../features/import-export/restore.messages';
import { importLimitMessages } from '../features/import-export/importLimits.messages';
import { exportNoticeMessages } from '../features/import-export/exportNotices.messages';
import { erasureMessages } from '../features/settings/erasure.messages';
import { errorBoundaryMessages } from '../app/errorBoundary.messages';
import { undoMessages } from '../app/notifications/undo.messages';
import { platformMessages } from '../platform/platform.messages';
import { teamMessages } from '../features/team/team.messages';
import { historyMessages } from '../features/history/history.messages';
import { appMessages } from './app.messages';
import { enumMessages } from './enums.messages';
import { formsMessages } from '../ui/forms.messages';

// Every catalogue of the app; messages.test.ts checks that no two define the same key.
export const CATALOGUES = [
  appMessages,
  enumMessages,
  mapMessages,
  stakeholderMessages,
  agreementMessages,
  actionMessages,
  trainingMessages,
  reportMessages,
  dashboardMessages,
  briefingMessages,
  importExportMessages,
  settingsMessages,
  restoreMessages,
  importLimitMessages,
  exportNoticeMessages,
  erasureMessages,
  errorBoundaryMessages,
  undoMessages,
  platformMessages,
  teamMessages,
  historyMessages,
  formsMessages,
] as const;

const english = {
  ...appMessages.en,
  ...enumMessages.en,
  ...mapMessages.en,
  ...stakeholderMessages.en,
  ...agreementMessages.en,
  ...actionMessages.en,
  ...trainingMessages.en,
  ...reportMessages.en,
  ...dashboardMessages.en,
  ...briefingMessages.en,
  ...importExportMessages.en,
  ...settingsMessages.en,
  ...restoreMessages.en,
  ...importLimitMessages.en,
  ...exportNoticeMessages.en,
  ...erasureMessages.en,
  ...errorBoundaryMessages.en,
  ...undoMessages.en,
  ...platformMessages.en,
  ...teamMessages.en,
  ...historyMessages.en,
  ...formsMessages.en,
};

export type MessageKey = keyof typeof english;

const italian = {
  ...appMessages.it,
  ...enumMessages.it,
  ...mapMessages.it,
  ...stakeholderMessages.it,
  ...agreementMessages.it,
  ...actionMessages.it,
  ...trainingMessages.it,
  ...reportMessages.it,
  ...dashboardMessages.it,
  ...briefingMessages.it,
  ...importExportMessages.it,
  ...settingsMessages.it,
  ...restoreMessages.it,
  ...importLimitMessages.it,
  ...exportNoticeMessages.it,
  ...erasureMessages.it,
  ...errorBoundaryMessages.it,
  ...undoMessages.it,
  ...platformMessages.it,
  ...teamMessages.it,
  ...historyMessages.it,
  ...formsMessages.it,
} satisfies Record<MessageKey, string>;

export const MESSAGES = { en: english, it: italian } as const satisfies Record<Language, Record<MessageKey, string>>;
