import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/enums';
import type { CopyErasureOutcome } from '../../db/erasureCopies';
import type { MentionPlace } from '../../db/privacy';
import type { I18nValue } from '../../i18n/I18nContext';
import { takeReportedMessageProblems } from '../../i18n/messageFormat';
import { translate, translateOr, translatePlural } from '../../i18n/translate';
import { mentionPlaceLabel, outcomeText, progressText, reasonText } from './erasureLabels';

// Review of issue 13: the erasure's words follow the interface's language — reasons worded,
// never raw codes or English error messages; labels in the language shown.

function i18nIn(language: Language): I18nValue {
  return {
    language,
    setLanguage: () => undefined,
    t: (key, ...params) => translate(language, key, ...params),
    tOr: (key, fallback, params) => translateOr(language, key, fallback, params),
    tn: (key, count, ...params) => translatePlural(language, key, count, ...params),
    formatDate: (value) => value ?? '',
    formatNumber: (value) => String(value),
  };
}

const copy = { store: 'upgrade', id: 1, createdAt: '2026-11-22T08:00:00.000Z' } as const;

describe('the words of an erasure', () => {
  it.each(['en', 'it'] as const)('words every reason in %s, an unknown one as an unexpected error', (language) => {
    const i18n = i18nIn(language);
    for (const reason of [
      'not-json',
      'too-large',
      'no-creation-time',
      'invalid-records',
      'disk-full',
      'not-allowed',
      'timeout',
      'message-failed',
      'stopped',
      'gone',
      'EACCES: permission denied',
      undefined,
    ]) {
      const text = reasonText(reason, i18n);
      expect(text, String(reason)).not.toMatch(/[a-z]+-[a-z]+|EACCES|permission denied|undefined/);
    }
    // The one reason the catalogue does not know is told (in development), not passed over.
    expect(takeReportedMessageProblems()).toEqual([
      expect.stringContaining('no message "erasure.reason.EACCES: permission denied"'),
    ]);
    const outcomes: CopyErasureOutcome[] = [
      { copy, status: 'unreadable', reason: 'not-json', traces: ['email', 'phone'] },
      { copy, status: 'not-checked', reason: 'worker-failed' },
      { copy, status: 'replace-failed', reason: 'disk-full' },
      { copy, status: 'not-rewritten', reason: 'row-not-an-object' },
    ];
    for (const outcome of outcomes)
      expect(outcomeText(outcome, i18n)).not.toMatch(/not-json|worker-failed|disk-full|row-not-an-object/);
    if (language === 'it')
      expect(outcomeText(outcomes[0]!, i18n)).toBe(
        'illeggibile (non è un JSON completo); il suo testo contiene: email, telefono',
      );
  });

  it('never says "copy 1 of 0"', () => {
    const i18n = i18nIn('en');
    expect(progressText(null, i18n)).toBe('Looking for the copies kept by Trama…');
    expect(progressText({ done: 0, total: 0 }, i18n)).toBe('Looking for the copies kept by Trama…');
    expect(progressText({ done: 0, total: 2 }, i18n)).toBe('Checking copy 1 of 2…');
    expect(progressText({ done: 2, total: 2 }, i18n)).toBe('Checking copy 2 of 2…');
  });

  it('names a category in the interface’s language', () => {
    const place: MentionPlace = {
      table: 'categories',
      id: 'c',
      label: 'Cooperativa di Anna Rossi',
      labels: { it: 'Cooperativa di Anna Rossi', en: 'Anna Rossi’s cooperative' },
      field: 'labels.en',
      text: 'Anna Rossi’s cooperative',
      kinds: ['name'],
      isUncertain: false,
    };
    expect(mentionPlaceLabel(place, i18nIn('en'))).toBe('Category “Anna Rossi’s cooperative” · English label: ');
    expect(mentionPlaceLabel(place, i18nIn('it'))).toBe('Categoria «Cooperativa di Anna Rossi» · etichetta inglese: ');
  });
});
