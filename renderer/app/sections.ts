import type { PlainMessageKey } from '../i18n/translate';

// The app's sections, in the sidebar's order: a page is registered here (its address, its
// sidebar entry, whether it shows one record) and drawn by pages.tsx, which the compiler
// holds to one page per section. route.ts and navigation.ts read their lists from here.

export interface SectionDefinition {
  /** Its sidebar entry; null for a section reached only by a link (the print view). */
  navLabel: PlainMessageKey | null;
  /** It has a page for one record (#/stakeholders/<id>); an id anywhere else leads nowhere. */
  hasRecordPages: boolean;
}

export const SECTIONS = {
  dashboard: { navLabel: 'nav.dashboard', hasRecordPages: false },
  map: { navLabel: 'nav.map', hasRecordPages: false },
  stakeholders: { navLabel: 'nav.stakeholders', hasRecordPages: true },
  agreements: { navLabel: 'nav.agreements', hasRecordPages: true },
  actions: { navLabel: 'nav.actions', hasRecordPages: true },
  'follow-ups': { navLabel: 'nav.followUps', hasRecordPages: false },
  trainings: { navLabel: 'nav.trainings', hasRecordPages: false },
  reports: { navLabel: 'nav.reports', hasRecordPages: false },
  grid: { navLabel: 'nav.grid', hasRecordPages: false },
  briefings: { navLabel: 'nav.briefings', hasRecordPages: true },
  'import-export': { navLabel: 'nav.importExport', hasRecordPages: false },
  settings: { navLabel: 'nav.settings', hasRecordPages: false },
  print: { navLabel: null, hasRecordPages: false },
} as const satisfies Record<string, SectionDefinition>;
