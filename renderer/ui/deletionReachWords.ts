import type { TableCount } from '../db/cascade';
import type { I18nValue } from '../i18n/I18nContext';
import { MESSAGE_LOCALES } from '../i18n/messageFormat';

// The confirmations of deletions say what goes with a record and what stays changed, table
// by table, from the deletion's own plan (renderer/db/cascade.ts). Each table has one message,
// `cascade.<table>`, with a plural count: a new table that a deletion may reach needs only
// that message, and deletionReachWords.test.ts fails until it has one.

type Words = Pick<I18nValue, 'tOr' | 'language'>;

/** One table's count in words: "2 relationships", "1 referente". */
export function tableCountText({ tOr }: Pick<Words, 'tOr'>, { table, count }: TableCount): string {
  return tOr(`cascade.${table}`, `${count} ${table}`, { count });
}

/** Several tables' counts as one phrase: "2 actions and 1 follow-up", "2 azioni e 1 follow-up". */
export function tableCountsText(words: Words, counts: readonly TableCount[]): string {
  return new Intl.ListFormat(MESSAGE_LOCALES[words.language], { type: 'conjunction' }).format(
    counts.map((count) => tableCountText(words, count)),
  );
}
