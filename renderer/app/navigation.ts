import type { MessageKey } from '../i18n/messages';
import type { SectionName } from './route';

/** The sidebar, in order. A section appears here once its page exists in pages.tsx. */
export const NAV_ITEMS: ReadonlyArray<{ section: SectionName; label: MessageKey }> = [
  { section: 'map', label: 'nav.map' },
  { section: 'stakeholders', label: 'nav.stakeholders' },
  { section: 'import-export', label: 'nav.importExport' },
  { section: 'settings', label: 'nav.settings' },
];

/** Where the app opens when the link names no section. */
export const HOME_SECTION: SectionName = 'map';
