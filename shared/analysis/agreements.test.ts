import { describe, expect, it } from 'vitest';
import { agreementsExpiringWithin } from './agreements';

describe('agreementsExpiringWithin', () => {
  const today = '2026-11-23';
  const agreement = (status: 'in-force' | 'signed' | 'drafting' | 'expired', expiresOn: string | null) => ({ status, expiresOn });

  it('keeps binding agreements that expire from today to the last day of the window, soonest first', () => {
    const found = agreementsExpiringWithin(
      [agreement('in-force', '2027-02-21'), agreement('signed', today), agreement('in-force', '2027-02-22'), agreement('in-force', '2026-11-22')],
      today,
      90,
    );
    expect(found.map((item) => item.expiresOn)).toEqual([today, '2027-02-21']);
  });

  it('ignores agreements not yet signed, already ended or without an expiry date', () => {
    expect(agreementsExpiringWithin([agreement('drafting', '2026-12-01'), agreement('expired', '2026-12-01'), agreement('in-force', null)], today, 90)).toEqual([]);
  });
});
