import { describe, expect, it } from 'vitest';
import { shownValueText } from './shownValueText';

type Words = Parameters<typeof shownValueText>[1];

// Only the language matters to a time; the rest answers with its key.
const wordsIn = (language: 'en' | 'it'): Words =>
  ({
    t: (key: string) => key,
    tOr: (_key: string, fallback: string) => fallback,
    tn: (key: string, count: number) => `${key} ${count}`,
    language,
    formatDate: (iso: string) => iso,
    formatNumber: (value: number) => String(value),
  }) as unknown as Words;

describe('a time in the merge preview', () => {
  it('is shown to the second in the user’s language, the same for every value formatted', () => {
    const iso = '2026-03-04T09:05:07.000Z';
    for (const language of ['en', 'it'] as const) {
      const locale = language === 'it' ? 'it-IT' : 'en-GB';
      const expected = new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
      expect(shownValueText({ kind: 'time', iso }, wordsIn(language), String)).toBe(expected);
      expect(shownValueText({ kind: 'time', iso }, wordsIn(language), String)).toBe(expected);
    }
    expect(shownValueText({ kind: 'time', iso }, wordsIn('it'), String)).not.toBe(
      shownValueText({ kind: 'time', iso }, wordsIn('en'), String),
    );
  });

  it('shows a time it cannot read as the file has it, not "Invalid Date"', () => {
    const hostile = '2026-13-45T99:99\u202e';
    expect(shownValueText({ kind: 'time', iso: hostile }, wordsIn('en'), String)).toBe(hostile);
  });
});
