import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from './navigation';
import { parseRoute, SECTION_NAMES } from './route';
import { SECTIONS } from './sections';

// One registry of sections: the addresses, the sidebar and the record pages all read it, so
// a page added there is reachable, listed and opened by id without another list to edit.

describe('the registry of sections', () => {
  it('gives the sidebar every section with an entry, in the registry’s order, and leaves the print view out', () => {
    expect(NAV_ITEMS.map((item) => item.section)).toEqual(SECTION_NAMES.filter((section) => section !== 'print'));
    expect(NAV_ITEMS.find((item) => item.section === 'follow-ups')?.label).toBe('nav.followUps');
  });

  it('opens every section by its address, and a record only where the registry says it has record pages', () => {
    for (const section of SECTION_NAMES) {
      expect(parseRoute(`#/${section}`, 'dashboard'), section).toEqual({ section, query: {} });
      const withRecord = parseRoute(`#/${section}/r1`, 'dashboard');
      expect(withRecord.addressProblem?.reason, section).toBe(
        SECTIONS[section].hasRecordPages ? undefined : 'no-record-page',
      );
    }
  });
});
