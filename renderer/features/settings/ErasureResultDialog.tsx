import type { DatabaseErasure } from '../../db/privacy';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';
import { CopiesOutcome, type CopiesOutcomeActions } from './CopiesOutcome';
import { mentionPlaceLabel } from './erasureLabels';
import type { ErasureStep } from './erasureSteps';

type ShownStep = Extract<ErasureStep, { step: 'erased' | 'undone' | 'copies' }>;

interface ErasureResultDialogProps extends CopiesOutcomeActions {
  state: ShownStep;
  onUndo(): void;
  onContinue(): void;
  onClose(): void;
}

/** What the database lost, with Undo until the user continues; then the copies checked and those that still hold the person. */
export function ErasureResultDialog({ state, onUndo, onContinue, onClose, ...copyActions }: ErasureResultDialogProps) {
  const { t } = useT();
  const title =
    state.step === 'undone'
      ? t('erasure.undoneTitle', { name: state.name })
      : state.step === 'erased'
        ? t('erasure.resultTitle', { name: state.report.contact.name })
        : state.name === null
          ? t('erasure.resumeTitle')
          : t('erasure.resultTitle', { name: state.name });
  const footer =
    state.step === 'erased' ? (
      <>
        {state.undo && (
          <button type="button" onClick={onUndo}>
            {t('erasure.undo')}
          </button>
        )}
        <button type="button" className="button-primary" onClick={onContinue}>
          {t('erasure.continue')}
        </button>
      </>
    ) : (
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    );
  return (
    <Dialog title={title} onClose={onClose} size="medium" footer={footer}>
      <div className="erasure-plan">
        {state.step === 'undone' && <p role="status">{t('erasure.undone', { name: state.name })}</p>}
        {state.step !== 'undone' && state.database && <DatabaseOutcome erasure={state.database} />}
        {state.step === 'erased' && (
          <>
            <p>{t('erasure.copiesWaiting')}</p>
            {!state.undo && <p>{t('erasure.undoUnavailable')}</p>}
            {state.undoFailure && (
              <p role="alert" className="field-error">
                {t(state.undoFailure === 'changed-since' ? 'erasure.undoChangedSince' : 'erasure.undoFailed')}
              </p>
            )}
          </>
        )}
        {state.step === 'copies' && <CopiesOutcome state={state} {...copyActions} />}
      </div>
    </Dialog>
  );
}

function DatabaseOutcome({ erasure }: { erasure: DatabaseErasure }) {
  const i18n = useT();
  const { t, tn } = i18n;
  return (
    <>
      <p>
        {t('erasure.resultDatabase')}
        {erasure.mentionsReplaced > 0 &&
          ` ${tn('erasure.resultMentions', erasure.mentionsReplaced, { marker: t('erasure.marker') })}`}
      </p>
      {erasure.mentionsLeft.length > 0 && (
        <>
          <p role="alert">{t('erasure.resultMentionsLeft')}</p>
          <ul className="erasure-list" aria-label={t('erasure.mentionsLeftList')}>
            {erasure.mentionsLeft.map((place, index) => (
              <li key={`${place.table}-${place.id}-${place.field}-${index}`}>{mentionPlaceLabel(place, i18n)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
