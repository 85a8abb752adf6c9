import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from './dateText';

// The date field's text and the stored ISO value: a date shown and read back is the same date.

describe('date text', () => {
  const stored = ['2026-12-06', '2024-02-29', '2000-02-29', '1999-12-31', '2027-01-01', '1900-03-01', '9999-12-31'];

  it.each(['it', 'en'] as const)('round-trips every stored ISO date unchanged (%s)', (language) => {
    for (const iso of stored) expect(parseDateText(formatDateText(iso, language))).toEqual({ iso });
  });

  it('reads day-first dates with any of / . - as the separator, and ISO dates in either language', () => {
    expect(parseDateText('6/12/2026')).toEqual({ iso: '2026-12-06' });
    expect(parseDateText('06.12.2026')).toEqual({ iso: '2026-12-06' });
    expect(parseDateText(' 06-12-2026 ')).toEqual({ iso: '2026-12-06' });
    expect(parseDateText('2026-12-06')).toEqual({ iso: '2026-12-06' });
    expect(parseDateText('')).toEqual({ iso: '' });
  });

  it('says why a text is not a date', () => {
    expect(parseDateText('31/02/2026')).toEqual({ problem: 'noSuchDay', day: 31, month: 2, year: 2026 });
    expect(parseDateText('29/02/2025')).toEqual({ problem: 'noSuchDay', day: 29, month: 2, year: 2025 });
    expect(parseDateText('12/13/2026')).toEqual({ problem: 'noSuchMonth', month: 13 });
    expect(parseDateText('1/1/26')).toEqual({ problem: 'shortYear' });
    expect(parseDateText('__proto__')).toEqual({ problem: 'format' });
    expect(parseDateText('0/1/2026')).toEqual({ problem: 'noSuchDay', day: 0, month: 1, year: 2026 });
    expect(parseDateText('1'.repeat(20_000))).toEqual({ problem: 'format' });
  });

  it('leaves a stored value that is not an ISO date as it is', () => {
    expect(formatDateText('not a date', 'it')).toBe('not a date');
  });
});
