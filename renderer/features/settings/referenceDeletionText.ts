import type { DeletionReach } from '../../db/cascade';
import type { I18nValue } from '../../i18n/I18nContext';
import { tableCountsText } from '../../ui/deletionReachWords';

/** What the confirmation of a staff member's or a programme's deletion says, in the record's own words. */
export interface ReferenceDeletionWords {
  /** Nothing else names the record. */
  unused: string;
  /** The records that name it stay, without it: `records` lists them ("2 actions and 1 follow-up"). */
  changed(records: string): string;
}

/** A deletion's reach in sentences: the records that stay changed, then any that go too. */
export function referenceDeletionText(
  words: Pick<I18nValue, 't' | 'tOr' | 'language'>,
  reach: DeletionReach,
  says: ReferenceDeletionWords,
): string {
  if (reach.deleted.length === 0 && reach.changed.length === 0) return says.unused;
  const sentences = [
    reach.changed.length > 0 ? says.changed(tableCountsText(words, reach.changed)) : '',
    reach.deleted.length > 0
      ? words.t('organisation.deleteAlsoDeletes', { records: tableCountsText(words, reach.deleted) })
      : '',
  ];
  return sentences.filter(Boolean).join(' ');
}
