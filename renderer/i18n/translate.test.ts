import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage, takeReportedMessageProblems } from './messageFormat';
import type { MessageKey } from './messages';
import { translate, translateOr, translatePlural, type PlainMessageKey } from './translate';

afterEach(() => {
  vi.restoreAllMocks();
  takeReportedMessageProblems();
});

function silencedConsole() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

describe('plural forms', () => {
  it('pick the form per language', () => {
    expect(translatePlural('en', 'cascade.contacts', 1)).toBe('1 contact person');
    expect(translatePlural('en', 'cascade.contacts', 3)).toBe('3 contact persons');
    expect(translatePlural('it', 'cascade.contacts', 1)).toBe('1 referente');
    expect(translatePlural('it', 'cascade.contacts', 0)).toBe('0 referenti');
  });

  it('say "1 duplicate", "1 update", and agree in Italian', () => {
    const counts = { new: 1, update: 1, duplicate: 1, error: 0, skipped: 1 };
    expect(translate('en', 'io.import.summary', counts)).toBe('1 new, 1 update, 1 duplicate, 0 with errors, 1 skipped');
    expect(translate('it', 'io.import.summary', counts)).toBe(
      '1 nuovo, 1 aggiornamento, 1 doppione, 0 con errori, 1 saltato',
    );
    expect(translate('en', 'io.import.summary', { new: 2, update: 3, duplicate: 4, error: 5, skipped: 6 })).toBe(
      '2 new, 3 updates, 4 duplicates, 5 with errors, 6 skipped',
    );
    expect(translate('en', 'io.import.commit', { count: 1 })).toBe('Import 1 stakeholder');
    expect(translate('it', 'briefings.start.chosen', { count: 1 })).toBe('1 scelto');
    expect(translate('it', 'briefings.start.chosen', { count: 2 })).toBe('2 scelti');
    expect(translate('en', 'stakeholders.count', { shown: 1, total: 1 })).toBe('1 of 1 stakeholder');
  });

  it('write counts as the language does', () => {
    expect(translate('en', 'io.import.commit', { count: 12345 })).toBe('Import 12,345 stakeholders');
    expect(translate('it', 'io.import.commit', { count: 12345 })).toBe('Importa 12.345 stakeholder');
    expect(translate('it', 'io.import.commit', { count: 1000000 })).toBe('Importa 1.000.000 stakeholder');
  });
});

describe('ICU text', () => {
  it('keeps apostrophes, before an argument too, and angle brackets', () => {
    expect(
      formatMessage('it', 'test.apostrophe', "dell'{source} e l'azienda, l''altro < 2 <b>", { source: 'ASL' }),
    ).toBe("dell'ASL e l'azienda, l''altro < 2 <b>");
    expect(
      formatMessage('it', 'test.pluralApostrophe', "{count, plural, one {l'unica} other {le # dell'{name}}}", {
        count: 2,
        name: 'ASL',
      }),
    ).toBe("le 2 dell'ASL");
  });

  it('fills arguments with hostile values as plain text', () => {
    const hostile = '{count, plural, other {#}} <script> __proto__ \u0000 \u202E';
    expect(translate('en', 'stakeholders.created', { name: hostile })).toBe(`${hostile} added.`);
    expect(translate('en', 'stakeholders.created', { name: 'x'.repeat(100_000) })).toHaveLength(100_007);
  });
});

describe('a missing message is never passed over in silence', () => {
  it('reports a key built from data that has no message, once, and shows the fallback', () => {
    const consoleError = silencedConsole();
    expect(translateOr('en', 'sector.made-up', 'made-up')).toBe('made-up');
    expect(translateOr('en', 'sector.made-up', 'made-up')).toBe('made-up');
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('sector.made-up');
    expect(takeReportedMessageProblems()).toEqual(['no message "sector.made-up": "made-up" shown instead']);
  });

  it('shows a relationship type of the user’s own as written, without a report', () => {
    const consoleError = silencedConsole();
    expect(translateOr('it', 'relationshipType.tavolo tecnico', 'tavolo tecnico')).toBe('tavolo tecnico');
    expect(translateOr('it', 'relationshipType.coordination', 'coordination')).toBe('Coordinamento');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('does not take an inherited property for a message', () => {
    silencedConsole();
    expect(translateOr('en', '__proto__', 'fallback')).toBe('fallback');
    expect(translateOr('en', 'constructor', 'fallback')).toBe('fallback');
    expect(takeReportedMessageProblems()).toHaveLength(2);
  });

  it('reports a key forced past the type, and a message given too few arguments', () => {
    silencedConsole();
    expect(translate('en', 'no.such.key' as PlainMessageKey)).toBe('no.such.key');
    const forced = translate as (language: 'en', key: MessageKey, params?: object) => string;
    expect(forced('en', 'stakeholders.created', {})).toBe('{name} added.');
    expect(takeReportedMessageProblems()).toEqual([
      'no message "no.such.key"',
      expect.stringContaining('"stakeholders.created" (en) cannot be formatted'),
    ]);
  });
});

describe('parameters are typed from the message text', () => {
  it('refuses a missing, misspelt, extra or wrongly typed parameter', () => {
    const typeChecksOnly = () => [
      translate('en', 'stakeholders.created', { name: 'ASL Roma 1' }),
      translate('en', 'common.save'),
      // @ts-expect-error the message names {name}
      translate('en', 'stakeholders.created'),
      // @ts-expect-error {nmae} is not {name}
      translate('en', 'stakeholders.created', { nmae: 'ASL Roma 1' }),
      // @ts-expect-error the message names no {extra}
      translate('en', 'stakeholders.created', { name: 'ASL Roma 1', extra: 1 }),
      // @ts-expect-error a plural count is a number, not a formatted text
      translate('en', 'io.import.commit', { count: '1,234' }),
      // @ts-expect-error the message takes no parameter
      translate('en', 'common.save', { name: 'x' }),
      // @ts-expect-error either message may be shown: the cut one names {count} too
      translate('en', Math.random() > 0.5 ? 'exportNotices.cellCut' : 'exportNotices.cellSplit', {
        sheet: 'S',
        row: 2,
        column: 'B',
        header: 'Notes',
        lastColumn: 'C',
      }),
      // @ts-expect-error tn fills {count} itself
      translatePlural('en', 'cascade.contacts', 2, { count: 2 }),
    ];
    expect(typeChecksOnly).toBeTypeOf('function');
  });
});
