import type { ShownValue } from '../../../shared/io/restoreValues';
import type { I18nValue } from '../../i18n/I18nContext';
import { VALUE_SET_PREFIX } from './mergeFieldLabels';

// A value of the merge preview (shared/io/restoreValues.ts) as text in the user's language.

type Words = Pick<I18nValue, 't' | 'tOr' | 'tn' | 'language' | 'formatDate' | 'formatNumber'>;

// Built once per language: a preview of thousands of changes formats a time for each.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** To the second (two edits on one day must not look alike); a time that is not one, as the file has it. */
function timeText(iso: string, language: Words['language']): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  let format = timeFormats.get(locale);
  if (!format)
    timeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })));
  return format.format(time);
}

/** `labelOf` names a nested field (a saved view's filters, a briefing's source). */
export function shownValueText(value: ShownValue, words: Words, labelOf: (path: string) => string): string {
  const { t, tOr, tn, language, formatDate, formatNumber } = words;
  const more = (count: number) => (count > 0 ? ` ${t('restore.value.more', { count })}` : '');
  switch (value.kind) {
    case 'empty':
      return t('restore.examples.empty');
    case 'text':
      return value.text;
    case 'number':
      return formatNumber(value.value);
    case 'yes-no':
      return t(value.value ? 'common.yes' : 'common.no');
    case 'time':
      return timeText(value.iso, language);
    case 'date':
      return formatDate(value.iso);
    case 'code':
      return tOr(`${VALUE_SET_PREFIX[value.set]}${value.code}`, value.code);
    case 'bilingual':
      return language === 'it' ? value.it : value.en;
    case 'records':
      return [...value.names, ...(value.unknown > 0 ? [tn('restore.value.unknownRecords', value.unknown)] : [])].join(
        ', ',
      );
    case 'list':
      return value.items.map((item) => shownValueText(item, words, labelOf)).join(', ') + more(value.more);
    case 'fields':
      return (
        value.entries
          .map((entry) => `${labelOf(entry.path)}: ${shownValueText(entry.value, words, labelOf)}`)
          .join('; ') + more(value.more)
      );
  }
}
