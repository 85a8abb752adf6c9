import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guessColumnFields } from './importFields';
import { previewImport } from './importPreview';

// A "last contact" cell becomes a done action on that day (lastContactColumn.ts). The action
// form refuses a follow-up done on a day still to come (validation.done-in-future); a contact
// list's date after today is a typo or a planned meeting, never a contact made.

const fields = guessColumnFields(['Ente', 'Regione', 'Ultimo contatto']);
const rowOn = (day: string) => ['CAS Il Gabbiano', 'Sicilia', day];

describe('a last contact on a day still to come', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Late evening of 7 December on the user's clock: the same day, whatever UTC says.
    vi.setSystemTime(new Date(2026, 11, 7, 23, 30));
  });
  afterEach(() => vi.useRealTimers());

  it('is left out of the row with its reason, the rest of the row imported', () => {
    const [row] = previewImport([rowOn('08/12/2026')], fields, []);
    expect(row!.lastContact, 'a contact dated tomorrow was taken as a done action').toBeUndefined();
    expect(row!.status).toBe('new');
    expect(row!.leftOut).toEqual([
      { field: 'lastContact', column: 2, reason: 'contact-in-future', text: '08/12/2026' },
    ]);
  });

  it('takes today and earlier days', () => {
    const preview = previewImport([rowOn('07/12/2026'), ['CAS Aurora', 'Sicilia', '2026-12-06']], fields, []);
    expect(preview.map((row) => row.lastContact)).toEqual(['2026-12-07', '2026-12-06']);
    expect(preview.flatMap((row) => row.leftOut ?? [])).toEqual([]);
  });

  it('is refused when typed as a correction in the preview too', () => {
    const corrections = new Map([[2, new Map([['lastContact' as const, '2027-01-15']])]]);
    const [row] = previewImport([rowOn('31/02/2026')], fields, [], undefined, corrections);
    expect(row!.lastContact).toBeUndefined();
    expect(row!.leftOut?.[0]).toMatchObject({ field: 'lastContact', reason: 'contact-in-future' });
  });
});
