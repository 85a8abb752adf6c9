import { useEffect, useId, useMemo, useState } from 'react';
import { backupCounts, type Backup } from '../../../shared/io/backup';
import { changesRecordsHere } from '../../../shared/io/restoreDiff';
import { useNotify } from '../../app/notifications/useNotify';
import type { RestoreMode } from '../../db/backup';
import type { RestorePreview } from '../../db/restorePreview';
import type { TakenSafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { readSafetyCopy } from '../../db/safetyCopies';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { prepareBackupWorker, takeSafetyCopyOffThePage } from './backupInWorker';
import { MergePreview } from './MergePreview';
import { RestoreFailureNotice, RestoreNotices } from './RestoreNotices';
import { useFileExport } from './useFileExport';
import { useRestoreRun, type RestorePhase } from './useRestoreRun';

interface RestoreBackupDialogProps {
  backup: Backup;
  preview: RestorePreview;
  onClose(): void;
  /** Keeps the copy of the current data taken before the restore; off the page by default. */
  takeSafetyCopy?: () => Promise<TakenSafetyCopy>;
}

function RestoreProgress({ phase }: { phase: Extract<RestorePhase, { step: 'copying' | 'restoring' }> }) {
  const { t } = useT();
  const labelId = useId();
  if (phase.step === 'copying')
    return <p role="status">{phase.isCancelling ? t('restore.cancelling') : t('restore.copying')}</p>;
  return (
    <>
      <p id={labelId}>{t('restore.progress', { done: phase.done, total: phase.total })}</p>
      <progress className="io-progress" aria-labelledby={labelId} max={Math.max(1, phase.total)} value={phase.done} />
      {phase.isCancelling && <p role="status">{t('restore.cancelling')}</p>}
    </>
  );
}

function SafetyCopyDownload({ copyId }: { copyId: number }) {
  const { t } = useT();
  const { notify } = useNotify();
  const { isBusy, run } = useFileExport();
  async function download() {
    await run(async () => {
      const copy = await readSafetyCopy(copyId);
      if (!copy) throw new Error(t('restore.copyGone'));
      return { stem: 'before-restore', extension: 'json', data: copy.json };
    });
  }
  return (
    <>
      <p>{t('restore.doneCopy')}</p>
      <button
        type="button"
        className="button-primary"
        disabled={isBusy}
        onClick={() => void download().catch((error: unknown) => notify({ message: String(error), tone: 'error' }))}
      >
        {t('restore.downloadCopy')}
      </button>
    </>
  );
}

/** What the backup holds and would change, how to restore it, then progress and the copy kept before. */
export function RestoreBackupDialog({
  backup,
  preview,
  onClose,
  takeSafetyCopy = takeSafetyCopyOffThePage,
}: RestoreBackupDialogProps) {
  const { t, language, formatNumber } = useT();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [keepNewer, setKeepNewer] = useState(true);
  const [restoreErasedContacts, setRestoreErasedContacts] = useState(false);
  const { phase, start, cancel } = useRestoreRun(backup, preview, takeSafetyCopy, onClose);
  // The worker that will copy the data held here loads while the user reads the preview.
  useEffect(() => (preview.holdsWork ? prepareBackupWorker() : undefined), [preview.holdsWork]);
  const counts = backupCounts(backup);
  // Formatting a date costs about a millisecond: not again for each step of the progress.
  const made = useMemo(
    () =>
      new Date(backup.createdAt).toLocaleString(language === 'it' ? 'it-IT' : 'en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
      }),
    [backup.createdAt, language],
  );
  const olderCount = preview.diffs.reduce((sum, diff) => sum + diff.older, 0);
  const removedCount = preview.diffs.reduce((sum, diff) => sum + diff.onlyHere, 0);
  const isWorking = phase.step === 'copying' || phase.step === 'restoring';
  const safetyNote = !preview.holdsWork
    ? t('restore.safety.nothing')
    : !changesRecordsHere(preview.diffs, mode) && !(restoreErasedContacts && preview.leftOut.contactIds.length > 0)
      ? t('restore.safety.unchanged')
      : platform.backups
        ? t('restore.safety.desktop')
        : t('restore.safety.browser');

  const footer =
    phase.step === 'done' ? (
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    ) : isWorking ? (
      <button type="button" disabled={phase.isCancelling} onClick={cancel}>
        {t('restore.cancel')}
      </button>
    ) : (
      <>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={mode === 'replace' ? 'button-danger' : 'button-primary'}
          onClick={() => void start({ mode, keepNewer, restoreErasedContacts })}
        >
          {t('backup.confirm')}
        </button>
      </>
    );
  const title =
    phase.step === 'done' ? t('restore.doneTitle') : isWorking ? t('restore.progressTitle') : t('backup.previewTitle');

  return (
    <Dialog title={title} size="large" onClose={isWorking ? cancel : onClose} footer={footer}>
      {phase.step === 'done' && phase.copy?.where === 'browser' && <SafetyCopyDownload copyId={phase.copy.copyId} />}
      {isWorking && <RestoreProgress phase={phase} />}
      {phase.step === 'preview' && (
        <>
          {phase.failure !== null && <RestoreFailureNotice failure={phase.failure} />}
          <p>{t('backup.made', { date: made })}</p>
          <p>
            {t('backup.holds', {
              stakeholders: counts.stakeholders,
              contacts: counts.contacts,
              relationships: counts.relationships,
              agreements: counts.agreements,
              actions: counts.actions,
            })}
          </p>
          <fieldset>
            <legend>{t('backup.mode')}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <label key={option} className="radio-option">
                <input type="radio" name="restore-mode" checked={mode === option} onChange={() => setMode(option)} />
                {t(`backup.mode.${option}`)}
              </label>
            ))}
          </fieldset>
          {mode === 'merge' && <MergePreview diffs={preview.diffs} />}
          {mode === 'merge' && olderCount > 0 && (
            <fieldset>
              <legend>{t('restore.newer.legend', { count: formatNumber(olderCount) })}</legend>
              <label className="radio-option">
                <input type="radio" name="restore-newer" checked={keepNewer} onChange={() => setKeepNewer(true)} />
                {t('restore.newer.keep')}
              </label>
              <label className="radio-option">
                <input type="radio" name="restore-newer" checked={!keepNewer} onChange={() => setKeepNewer(false)} />
                {t('restore.newer.takeBackup')}
              </label>
            </fieldset>
          )}
          {mode === 'replace' && (
            <p className="notice">
              {t('backup.replaceWarning')} {t('restore.replace.summary', { removed: removedCount })}
            </p>
          )}
          <RestoreNotices
            preview={preview}
            mode={mode}
            restoreErasedContacts={restoreErasedContacts}
            onRestoreErasedContactsChange={setRestoreErasedContacts}
          />
          <p className="muted">{safetyNote}</p>
        </>
      )}
    </Dialog>
  );
}
