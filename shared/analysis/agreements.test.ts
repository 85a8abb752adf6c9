import { describe, expect, it } from 'vitest';
import { agreementsExpiringWithin, isBindingOn } from './agreements';

describe('agreementsExpiringWithin', () => {
  const today = '2026-11-23';
  const agreement = (status: 'in-force' | 'signed' | 'drafting' | 'expired', expiresOn: string | null) => ({
    status,
    expiresOn,
  });

  it('keeps binding agreements that expire from today to the last day of the window, soonest first', () => {
    const found = agreementsExpiringWithin(
      [
        agreement('in-force', '2027-02-21'),
        agreement('signed', today),
        agreement('in-force', '2027-02-22'),
        agreement('in-force', '2026-11-22'),
      ],
      today,
      90,
    );
    expect(found.map((item) => item.expiresOn)).toEqual([today, '2027-02-21']);
  });

  it('ignores agreements not yet signed, already ended or without an expiry date', () => {
    expect(
      agreementsExpiringWithin(
        [agreement('drafting', '2026-12-01'), agreement('expired', '2026-12-01'), agreement('in-force', null)],
        today,
        90,
      ),
    ).toEqual([]);
  });
});

describe('isBindingOn', () => {
  const today = '2026-11-23';

  it('is binding when signed or in force and not past its expiry date', () => {
    expect(isBindingOn({ status: 'in-force', expiresOn: null }, today)).toBe(true);
    expect(isBindingOn({ status: 'signed', expiresOn: today }, today)).toBe(true);
    expect(isBindingOn({ status: 'in-force', expiresOn: '2026-11-22' }, today)).toBe(false);
    expect(isBindingOn({ status: 'drafting', expiresOn: null }, today)).toBe(false);
    expect(isBindingOn({ status: 'expired', expiresOn: '2027-01-01' }, today)).toBe(false);
  });
});
