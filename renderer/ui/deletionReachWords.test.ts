import { describe, expect, it } from 'vitest';
import { deletionReach, ENTITY_TABLES } from '../../shared/domain/entities';
import { UNSAID_IN_CONFIRMATION } from '../db/cascade';
import { MESSAGES } from '../i18n/messages';
import { takeReportedMessageProblems } from '../i18n/messageFormat';
import { isMessageKey, translateOr, type MessageParams } from '../i18n/translate';
import { tableCountsText, tableCountText } from './deletionReachWords';

// A deletion's confirmation says, per table, how many records go with it or stay changed
// (one message `cascade.<table>` each, with a plural count). A table a deletion may reach
// without such a message would show its code name: this fails first.

/** Every table whose records some deletion may take or change, besides the records asked for. */
const SAID_TABLES = [
  ...new Set(
    ENTITY_TABLES.flatMap((table) => [
      ...deletionReach(table).deleted.filter((reached) => reached !== table),
      ...deletionReach(table).changed,
    ]),
  ),
].filter((table) => !UNSAID_IN_CONFIRMATION.includes(table));

describe('the words of a deletion’s reach', () => {
  it.each(SAID_TABLES)('count records of %s in English and Italian, one and many', (table) => {
    const key = `cascade.${table}`;
    expect(isMessageKey(key), key).toBe(true);
    for (const language of ['en', 'it'] as const) {
      const one = translateOr(language, key, '', { count: 1 });
      const many = translateOr(language, key, '', { count: 12345 });
      expect(one).toMatch(/\b1\b/);
      expect(many).toMatch(language === 'en' ? /12,345/ : /12\.345/);
      if (isMessageKey(key))
        expect(MESSAGES[language][key]).toMatch(/^\{count, plural, one \{[^}]*\} other \{[^}]*\}\}$/);
    }
  });
});

describe('a deletion’s reach in words', () => {
  const wordsIn = (language: 'en' | 'it') => ({
    language,
    tOr: (key: string, fallback: string, params?: MessageParams) => translateOr(language, key, fallback, params),
  });

  it('joins the tables’ counts as the language does', () => {
    const counts = [
      { table: 'actions', count: 2 },
      { table: 'followUps', count: 1 },
    ] as const;
    expect(tableCountsText(wordsIn('en'), counts)).toBe('2 advocacy actions and 1 follow-up');
    expect(tableCountsText(wordsIn('it'), counts)).toBe('2 azioni di advocacy e 1 follow-up');
    expect(tableCountsText(wordsIn('en'), [...counts, { table: 'briefings', count: 3 }])).toBe(
      '2 advocacy actions, 1 follow-up and 3 briefings',
    );
  });

  it('shows a table without a message by its name, and tells it', () => {
    expect(tableCountText(wordsIn('en'), { table: 'categories', count: 3 })).toBe('3 categories');
    expect(takeReportedMessageProblems()).toEqual(['no message "cascade.categories": "3 categories" shown instead']);
  });
});
