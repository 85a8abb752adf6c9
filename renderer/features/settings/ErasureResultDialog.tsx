import { useId } from 'react';
import { stillHoldsPerson } from '../../db/erasureCopies';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';
import { copyLabel, mentionPlaceLabel, outcomeText } from './erasureLabels';
import type { ErasureStep } from './useContactErasure';

interface ErasureResultDialogProps {
  state: Extract<ErasureStep, { step: 'copies' }>;
  onDeleteRemaining(): void;
  onClose(): void;
}

/** After the erasure: what the database lost, which copies were rewritten, and which still hold the person. */
export function ErasureResultDialog({ state, onDeleteRemaining, onClose }: ErasureResultDialogProps) {
  const i18n = useT();
  const { t, tn } = i18n;
  const remainingHeadingId = useId();
  const { database, outcomes, progress } = state;
  const cleaned = (outcomes ?? []).filter((outcome) => !stillHoldsPerson(outcome) || outcome.isDeleted);
  const remaining = (outcomes ?? []).filter((outcome) => stillHoldsPerson(outcome) && !outcome.isDeleted);
  const isRunning = outcomes === null;
  const keyOf = (outcome: (typeof cleaned)[number]) => (outcome.copy.store === 'desktop' ? outcome.copy.fileName : `${outcome.copy.store}-${outcome.copy.id}`);
  return (
    <Dialog
      title={t('erasure.resultTitle', { name: state.name })}
      onClose={onClose}
      size="medium"
      footer={
        <button type="button" onClick={onClose} disabled={isRunning}>
          {t('common.close')}
        </button>
      }
    >
      <div className="erasure-plan">
        <p>
          {t('erasure.resultDatabase')}
          {database.mentionsReplaced > 0 && ` ${tn('erasure.resultMentions', database.mentionsReplaced, { marker: t('erasure.marker') })}`}
        </p>
        {database.mentionsLeft.length > 0 && (
          <>
            <p role="alert">{t('erasure.resultMentionsLeft')}</p>
            <ul className="erasure-list">
              {database.mentionsLeft.map((place, index) => (
                <li key={`${place.table}-${place.id}-${place.field}-${index}`}>{mentionPlaceLabel(place, i18n)}</li>
              ))}
            </ul>
          </>
        )}

        <h3>{t('erasure.copiesHeading')}</h3>
        {isRunning ? (
          <p role="status">{t('erasure.progress', { done: Math.min(progress.done + 1, progress.total), total: progress.total })}</p>
        ) : outcomes.length === 0 ? (
          <p>{t('erasure.copiesNone')}</p>
        ) : (
          cleaned.length > 0 && (
            <ul className="erasure-list" aria-label={t('erasure.resultCopiesList')}>
              {cleaned.map((outcome) => (
                <li key={keyOf(outcome)}>{`${copyLabel(outcome.copy, i18n)} — ${outcome.isDeleted ? t('erasure.status.deleted') : outcomeText(outcome, i18n)}`}</li>
              ))}
            </ul>
          )
        )}
        {state.unlisted.map((entry) => (
          <p key={entry.store} role="alert" className="field-error">
            {t('erasure.copiesUnlisted', { store: t(`erasure.store.${entry.store}`), detail: entry.detail })}
          </p>
        ))}
        {!isRunning && remaining.length > 0 && (
          <>
            <h3 id={remainingHeadingId}>{t('erasure.remainingList')}</h3>
            <ul className="erasure-list" aria-labelledby={remainingHeadingId}>
              {remaining.map((outcome) => (
                <li key={keyOf(outcome)}>
                  {`${copyLabel(outcome.copy, i18n)} — ${outcomeText(outcome, i18n)}`}
                  {outcome.deleteFailure !== undefined && (
                    <span role="alert" className="field-error">
                      {' '}
                      {t('erasure.deleteFailed', { detail: outcome.deleteFailure })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <div className="section-actions">
              <button type="button" className="button-danger" disabled={state.isDeleting} onClick={onDeleteRemaining}>
                {tn('erasure.deleteRemaining', remaining.length)}
              </button>
            </div>
          </>
        )}
        {!isRunning && outcomes.length > 0 && remaining.length === 0 && <p>{t('erasure.noneRemain')}</p>}
        <p className="muted">{t('erasure.undoNote')}</p>
        <p className="muted">{t('erasure.outOfReach')}</p>
      </div>
    </Dialog>
  );
}
