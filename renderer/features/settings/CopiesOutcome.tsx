import { useId } from 'react';
import { useDatabase } from '../../data/useDatabase';
import { createBackupJson } from '../../db/backup';
import { holdsPerson, isUnchecked } from '../../db/erasureCopies';
import { useT } from '../../i18n/useT';
import { useFileExport } from '../import-export/useFileExport';
import { DeleteCopiesDialog } from './DeleteCopiesDialog';
import { copyKey, copyLabel, outcomeNotes, outcomeText, progressText, reasonText } from './erasureLabels';
import type { CopiesStep, ShownCopyOutcome } from './erasureSteps';
import { deletableOutcomes } from './useCopyDeletion';

export interface CopiesOutcomeActions {
  onRequestDelete(): void;
  onCancelDelete(): void;
  onConfirmDelete(): void;
  onStopAndClose(): void;
  onKeepChecking(): void;
}

/** The copies checked after an erasure: progress, those now clean, those that still hold the person or could not be checked. */
export function CopiesOutcome({
  state,
  onRequestDelete,
  onCancelDelete,
  onConfirmDelete,
  onStopAndClose,
  onKeepChecking,
}: CopiesOutcomeActions & { state: CopiesStep }) {
  const i18n = useT();
  const { t, tn } = i18n;
  const { outcomes, progress } = state;
  const isRunning = outcomes === null;
  const cleaned = (outcomes ?? []).filter(
    (outcome) => outcome.isDeleted || (!holdsPerson(outcome) && !isUnchecked(outcome)),
  );
  const holding = (outcomes ?? []).filter((outcome) => !outcome.isDeleted && holdsPerson(outcome));
  const unchecked = (outcomes ?? []).filter((outcome) => !outcome.isDeleted && isUnchecked(outcome));
  const deletable = deletableOutcomes(outcomes ?? []);
  return (
    <>
      <h3>{t('erasure.copiesHeading')}</h3>
      {isRunning && <p role="status">{progressText(progress, i18n)}</p>}
      {state.isConfirmingStop && (
        <div role="alert" className="erasure-warning">
          <p>{t('erasure.stopWarning')}</p>
          <div className="section-actions">
            <button type="button" onClick={onKeepChecking}>
              {t('erasure.keepChecking')}
            </button>
            <button type="button" className="button-danger" onClick={onStopAndClose}>
              {t('erasure.stopAndClose')}
            </button>
          </div>
        </div>
      )}
      {!isRunning && outcomes.length === 0 && <p>{t('erasure.copiesNone')}</p>}
      {cleaned.length > 0 && <OutcomeList label={t('erasure.resultCopiesList')} outcomes={cleaned} />}
      {state.unlisted.map((entry) => (
        <p key={entry.store} role="alert" className="field-error">
          {t('erasure.copiesUnlisted', {
            store: t(`erasure.store.${entry.store}`),
            reason: reasonText(entry.reason, i18n),
          })}
        </p>
      ))}
      {holding.length > 0 && <OutcomeList label={t('erasure.remainingList')} outcomes={holding} isHeaded />}
      {unchecked.length > 0 && <OutcomeList label={t('erasure.uncheckedList')} outcomes={unchecked} isHeaded />}
      {deletable.length > 0 && (
        <div className="section-actions">
          <button type="button" className="button-danger" disabled={state.isDeleting} onClick={onRequestDelete}>
            {tn('erasure.deleteRemaining', deletable.length)}
          </button>
        </div>
      )}
      {!isRunning && outcomes.length > 0 && deletable.length === 0 && <p>{t('erasure.noneRemain')}</p>}
      {state.freshBackup !== null && <FreshBackupNote freshBackup={state.freshBackup} />}
      {state.isConfirmingDelete && (
        <DeleteCopiesDialog
          copies={state.copies}
          deleting={deletable.map((outcome) => outcome.copy)}
          hasBackupsFolder={state.hasBackupsFolder}
          onConfirm={onConfirmDelete}
          onClose={onCancelDelete}
        />
      )}
      <p className="muted">{t('erasure.outOfReach')}</p>
    </>
  );
}

function OutcomeList({
  label,
  outcomes,
  isHeaded = false,
}: {
  label: string;
  outcomes: readonly ShownCopyOutcome[];
  isHeaded?: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  const headingId = useId();
  return (
    <>
      {isHeaded && <h3 id={headingId}>{label}</h3>}
      <ul className="erasure-list" {...(isHeaded ? { 'aria-labelledby': headingId } : { 'aria-label': label })}>
        {outcomes.map((outcome) => (
          <li key={copyKey(outcome.copy)}>
            {`${copyLabel(outcome.copy, i18n)} — ${outcome.isDeleted ? t('erasure.status.deleted') : outcomeText(outcome, i18n)}`}
            {outcomeNotes(outcome, i18n).map((note) => (
              <span key={note} className="muted">{` ${note}`}</span>
            ))}
            {outcome.deleteFailure !== undefined && (
              <span role="alert" className="field-error">
                {' '}
                {t('erasure.deleteFailed', { reason: reasonText(outcome.deleteFailure, i18n) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function FreshBackupNote({ freshBackup }: { freshBackup: NonNullable<CopiesStep['freshBackup']> }) {
  const { t } = useT();
  const database = useDatabase();
  const { isBusy, run } = useFileExport();
  if (freshBackup === 'written') return <p role="status">{t('erasure.freshBackup.written')}</p>;
  if (freshBackup === 'failed') {
    return (
      <p role="alert" className="field-error">
        {t('erasure.freshBackup.failed')}
      </p>
    );
  }
  return (
    <div className="section-actions">
      <p>{t('erasure.freshBackup.offer')}</p>
      <button
        type="button"
        disabled={isBusy}
        onClick={() =>
          void run(async () => ({ stem: 'backup', extension: 'json', data: await createBackupJson(database) }))
        }
      >
        {t('erasure.downloadBackup')}
      </button>
    </div>
  );
}
