import type { RestoreOutcome } from '../../db/backup';
import { KEPT_SAFETY_COPIES, type PrunedSafetyCopy } from '../../db/safetyCopies';
import type { SafetyCopy } from '../../db/safetyCopyBeforeRestore';
import type { I18nValue } from '../../i18n/I18nContext';

// What the notice says once a restore is done: where the copy of the data from before is,
// what was kept or left out, and which older copies the browser no longer keeps.

export function copyTime(iso: string, language: I18nValue['language']): string {
  return new Date(iso).toLocaleString(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

export function restoreDoneMessage(
  outcome: RestoreOutcome,
  copy: SafetyCopy | null,
  pruned: readonly PrunedSafetyCopy[],
  { t, tn, language }: Pick<I18nValue, 't' | 'tn' | 'language'>,
): string {
  const parts = [
    copy?.where === 'backups-folder' ? t('restore.doneWithFile', { file: copy.fileName }) : t('backup.restored'),
  ];
  if (outcome.keptNewer > 0) parts.push(tn('restore.doneKeptNewer', outcome.keptNewer));
  if (outcome.leftOutContacts > 0) parts.push(tn('restore.doneLeftOut', outcome.leftOutContacts));
  if (outcome.recordsRedacted > 0)
    parts.push(tn('restore.doneRedacted', outcome.recordsRedacted, { marker: t('erasure.marker') }));
  if (outcome.erasedContactsBroughtBack > 0)
    parts.push(tn('restore.doneBroughtBack', outcome.erasedContactsBroughtBack));
  const kept = pruned.filter((old) => old.state === 'kept');
  const attempts = pruned.filter((old) => old.state === 'attempt');
  if (kept.length > 0)
    parts.push(
      tn('restore.prunedKept', kept.length, {
        date: copyTime(kept[0]!.createdAt, language),
        limit: KEPT_SAFETY_COPIES,
      }),
    );
  if (attempts.length > 0)
    parts.push(tn('restore.prunedAttempts', attempts.length, { date: copyTime(attempts[0]!.createdAt, language) }));
  return parts.join(' ');
}
