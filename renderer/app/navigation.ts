import type { PlainMessageKey } from '../i18n/translate';
import type { SectionName } from './route';

/** The sidebar, in order. A section appears here once its page exists in pages.tsx. */
export const NAV_ITEMS: ReadonlyArray<{ section: SectionName; label: PlainMessageKey }> = [
  { section: 'dashboard', label: 'nav.dashboard' },
  { section: 'map', label: 'nav.map' },
  { section: 'stakeholders', label: 'nav.stakeholders' },
  { section: 'agreements', label: 'nav.agreements' },
  { section: 'actions', label: 'nav.actions' },
  { section: 'follow-ups', label: 'nav.followUps' },
  { section: 'grid', label: 'nav.grid' },
  { section: 'briefings', label: 'nav.briefings' },
  { section: 'import-export', label: 'nav.importExport' },
  { section: 'settings', label: 'nav.settings' },
];

/** Where the app opens when the link names no section. */
export const HOME_SECTION: SectionName = 'dashboard';
