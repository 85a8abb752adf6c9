import type { KeptCopy, CopyErasureOutcome } from '../../db/erasureCopies';
import type { MentionPlace } from '../../db/privacy';
import type { I18nValue } from '../../i18n/I18nContext';

// The words for the places and copies an erasure reaches, shared by its two dialogs.

function dateAndTime(isoDateTime: string, language: I18nValue['language']): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function copyLabel(copy: KeptCopy, { t, language, formatDate }: I18nValue): string {
  if (copy.store === 'desktop') {
    const key = copy.kind === 'safety' ? 'erasure.copy.desktopSafety' : 'erasure.copy.automatic';
    return t(key, { date: formatDate(copy.date), file: copy.fileName });
  }
  return t(copy.store === 'upgrade' ? 'erasure.copy.upgrade' : 'erasure.copy.safety', { date: dateAndTime(copy.createdAt, language) });
}

export function mentionPlaceLabel(place: MentionPlace, { t, tOr }: I18nValue): string {
  return t('erasure.mentionPlace', {
    table: tOr(`erasure.table.${place.table}`, place.table),
    label: place.label,
    field: tOr(`erasure.field.${place.field}`, place.field),
  });
}

const PLACES_SHOWN = 5;
const placesShown = (places: readonly string[], count: number) => `${places.slice(0, PLACES_SHOWN).join(', ')}${count > PLACES_SHOWN ? ', …' : ''}`;

export function outcomeText(outcome: CopyErasureOutcome, { t }: I18nValue): string {
  switch (outcome.status) {
    case 'rewritten':
      return t('erasure.status.rewritten');
    case 'not-present':
      return t('erasure.status.not-present');
    case 'still-present':
      return t('erasure.status.still-present', { count: outcome.leftovers?.count ?? 0, places: placesShown(outcome.leftovers?.places ?? [], outcome.leftovers?.count ?? 0) });
    case 'unreadable':
      return t('erasure.status.unreadable', { detail: outcome.detail });
    case 'failed':
      return t('erasure.status.failed', { detail: outcome.detail });
  }
}
