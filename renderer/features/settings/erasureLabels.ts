import { BACKUP_SHAPE_PROBLEMS } from '../../../shared/ipc/backupShape';
import type { CopyErasureOutcome, CopyFailureReason, KeptCopy } from '../../db/erasureCopies';
import type { MentionPlace } from '../../db/privacy';
import type { I18nValue } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/messages';

// The words for the places and copies an erasure reaches, shared by its dialogs. Reasons
// arrive as codes (a backup's refusal, a file error's kind, what stopped a check): each is
// worded in the interface's language, never shown raw.

function dateAndTime(isoDateTime: string, language: I18nValue['language']): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function copyLabel(copy: KeptCopy, { t, language, formatDate }: I18nValue): string {
  if (copy.store === 'desktop') {
    const key = copy.kind === 'safety' ? 'erasure.copy.desktopSafety' : 'erasure.copy.automatic';
    return t(key, { date: formatDate(copy.date), file: copy.fileName });
  }
  return t(copy.store === 'upgrade' ? 'erasure.copy.upgrade' : 'erasure.copy.safety', {
    date: dateAndTime(copy.createdAt, language),
  });
}

export const copyKey = (copy: KeptCopy) =>
  copy.store === 'desktop' ? `desktop-${copy.fileName}` : `${copy.store}-${copy.id}`;

export function mentionPlaceLabel(place: MentionPlace, { t, tOr, language }: I18nValue): string {
  return t('erasure.mentionPlace', {
    table: tOr(`erasure.table.${place.table}`, place.table),
    label: place.labels?.[language] ?? place.label,
    field: tOr(`erasure.field.${place.field}`, place.field),
  });
}

const SHAPE_PROBLEMS: ReadonlySet<string> = new Set(BACKUP_SHAPE_PROBLEMS);

/** A reason code in words; one the catalogue does not know is "an unexpected error". */
export function reasonText(reason: CopyFailureReason | undefined, { t, tOr }: I18nValue): string {
  if (reason !== undefined && SHAPE_PROBLEMS.has(reason) && reason !== 'not-json') return t('erasure.reason.shape');
  return tOr(`erasure.reason.${reason ?? 'unknown'}`, t('erasure.reason.unknown'));
}

/** What the dialog says while copies are checked: never "copy 1 of 0", never past the last. */
export function progressText(progress: { done: number; total: number } | null, { t }: I18nValue): string {
  if (progress === null || progress.total === 0) return t('erasure.listing');
  return t('erasure.progress', { done: Math.min(progress.done + 1, progress.total), total: progress.total });
}

const PLACES_SHOWN = 5;
const placesShown = (places: readonly string[], count: number) =>
  `${places.slice(0, PLACES_SHOWN).join(', ')}${count > PLACES_SHOWN ? ', …' : ''}`;

const STATUS_KEYS = {
  rewritten: 'erasure.status.rewritten',
  'not-present': 'erasure.status.not-present',
  'not-rewritten': 'erasure.status.not-rewritten',
  'replace-failed': 'erasure.status.replace-failed',
  'not-checked': 'erasure.status.not-checked',
} as const satisfies Partial<Record<CopyErasureOutcome['status'], MessageKey>>;

export function outcomeText(outcome: CopyErasureOutcome, i18n: I18nValue): string {
  const { t } = i18n;
  const reason = reasonText(outcome.reason, i18n);
  switch (outcome.status) {
    case 'still-present':
      return t('erasure.status.still-present', {
        count: outcome.leftovers?.count ?? 0,
        places: placesShown(outcome.leftovers?.places ?? [], outcome.leftovers?.count ?? 0),
      });
    case 'unreadable': {
      const traces = outcome.traces ?? [];
      if (traces.length === 0) return t('erasure.status.unreadableNoTrace', { reason });
      return t('erasure.status.unreadable', {
        reason,
        traces: traces.map((trace) => t(`erasure.trace.${trace}`)).join(', '),
      });
    }
    default:
      return t(STATUS_KEYS[outcome.status], { reason });
  }
}

/** What else the check found in the copy: records that may be the same person, mentions no marker fits. */
export function outcomeNotes(outcome: CopyErasureOutcome, { t, tn }: I18nValue): string[] {
  const notes: string[] = [];
  if (outcome.samePerson && outcome.samePerson.length > 0)
    notes.push(
      t('erasure.samePerson', { names: outcome.samePerson.map((record) => record.name || record.id).join(', ') }),
    );
  if (outcome.mentionsLeft && outcome.mentionsLeft.length > 0)
    notes.push(tn('erasure.copyMentionsLeft', outcome.mentionsLeft.length));
  return notes;
}
