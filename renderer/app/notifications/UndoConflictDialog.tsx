import type { UndoConflict, UndoOutcome } from '../../db/undo';
import type { I18nValue } from '../../i18n/I18nContext';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';

/** Enough to recognise what changed; the rest is counted. */
const LISTED_CONFLICTS = 8;

export function describeConflict(t: I18nValue['t'], conflict: UndoConflict): string {
  const kind = t(`errorBoundary.undo.kind.${conflict.table}`);
  const params = { name: conflict.label, kind };
  switch (conflict.reason) {
    case 'changed':
      return t('errorBoundary.undo.reason.changed', params);
    case 'deleted':
      return t('errorBoundary.undo.reason.deleted', params);
    case 'referenced':
      return t('errorBoundary.undo.reason.referenced', {
        ...params,
        byName: conflict.by?.label ?? '',
        byKind: conflict.by ? t(`errorBoundary.undo.kind.${conflict.by.table}`) : '',
      });
    case 'dangling':
      return t('errorBoundary.undo.reason.dangling', { ...params, toKind: conflict.missing ? t(`errorBoundary.undo.kind.${conflict.missing}`) : '' });
  }
}

interface UndoConflictDialogProps {
  outcome: UndoOutcome;
  onUndoSafePart(): void;
  onClose(): void;
}

/**
 * Undo found records changed after the change: it says which, and offers to undo the rest
 * (everything except them and what they need) or to leave everything as it is.
 */
export function UndoConflictDialog({ outcome, onUndoSafePart, onClose }: UndoConflictDialogProps) {
  const { t, tn } = useT();
  const listed = outcome.conflicts.slice(0, LISTED_CONFLICTS);
  const unlisted = outcome.conflicts.length - listed.length;
  const hasSafePart = outcome.safeRowCount > 0;
  return (
    <Dialog
      title={t('errorBoundary.undo.title')}
      onClose={onClose}
      size="medium"
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {hasSafePart ? t('common.cancel') : t('common.close')}
          </button>
          {hasSafePart && (
            <button type="button" className="button-primary" onClick={onUndoSafePart}>
              {t('errorBoundary.undo.undoSafe')}
            </button>
          )}
        </>
      }
    >
      <p>{tn('errorBoundary.undo.summary', outcome.conflicts.length)}</p>
      <ul>
        {listed.map((conflict) => (
          <li key={`${conflict.table}\u0000${conflict.key}`}>{describeConflict(t, conflict)}</li>
        ))}
      </ul>
      {unlisted > 0 && <p>{t('errorBoundary.undo.more', { count: unlisted })}</p>}
      <p>{hasSafePart ? tn('errorBoundary.undo.safe', outcome.safeRowCount) : t('errorBoundary.undo.nothingSafe')}</p>
    </Dialog>
  );
}
