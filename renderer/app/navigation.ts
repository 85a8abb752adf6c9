import type { PlainMessageKey } from '../i18n/translate';
import { SECTION_NAMES, type SectionName } from './route';
import { SECTIONS } from './sections';

/** The sidebar, in order: every section of sections.ts with a sidebar entry. */
export const NAV_ITEMS: ReadonlyArray<{ section: SectionName; label: PlainMessageKey }> = SECTION_NAMES.flatMap(
  (section) => {
    const label = SECTIONS[section].navLabel;
    return label === null ? [] : [{ section, label }];
  },
);

/** Where the app opens when the link names no section. */
export const HOME_SECTION: SectionName = 'dashboard';
