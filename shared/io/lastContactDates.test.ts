import { describe, expect, it } from 'vitest';
import { readContactDate } from './lastContactColumn';

// A "last contact" cell becomes a done action on that day (lastContactColumn.ts). A text the
// import reads as another day than the sheet means, or with words it drops, changes data silently.

describe('last-contact dates written as text', () => {
  it('does not move a two-digit year of the last century into the future', () => {
    // Excel and LibreOffice read 12/03/98 as 12 March 1998; Trama's own date field refuses short years (dateText.ts).
    const read = readContactDate('12/03/98');
    expect(
      read === null || read === '1998-03-12',
      `"12/03/98" was read as ${read}: a done contact 72 years in the future, with no word to the user`,
    ).toBe(true);
  });

  it('does not drop the words after an ISO date', () => {
    // The reader turns date cells into "YYYY-MM-DD HH:MM"; any other text after the day is the user's, not a time.
    const read = readContactDate('2026-03-12 da richiamare');
    expect(read, `"2026-03-12 da richiamare" was read as ${read}: "da richiamare" dropped silently`).toBeNull();
  });

  it('reads a four-digit year day first, and an ISO day with the time the reader writes after it', () => {
    expect(readContactDate('12/03/1998')).toBe('1998-03-12');
    expect(readContactDate('12.3.2026')).toBe('2026-03-12');
    expect(readContactDate('2026-03-12 09:30')).toBe('2026-03-12');
    expect(readContactDate('2026-03-12T09:30:15')).toBe('2026-03-12');
    expect(readContactDate('2026-03-12 25:00')).toBeNull();
  });
});
