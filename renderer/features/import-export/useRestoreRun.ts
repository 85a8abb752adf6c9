import { useRef, useState } from 'react';
import type { Backup } from '../../../shared/io/backup';
import { useNotify } from '../../app/notifications/useNotify';
import { restoreBackup, RestoreCancelledError, type RestoreMode, type RestoreOutcome } from '../../db/backup';
import { db } from '../../db/db';
import { SafetyCopyError, type SafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { useT } from '../../i18n/useT';

// One restore, step by step: a copy of the current data first (the restore does not start
// without it), then the chunked write with its progress, which Cancel rolls back whole.

export interface RestoreChoices {
  mode: RestoreMode;
  keepNewer: boolean;
  restoreErasedContacts: boolean;
}

export type RestorePhase =
  | { step: 'preview'; copyError: string | null }
  | { step: 'copying'; isCancelling: boolean }
  | { step: 'restoring'; done: number; total: number; isCancelling: boolean }
  | { step: 'done'; copy: SafetyCopy | null; outcome: RestoreOutcome };

interface RestoreRun {
  phase: RestorePhase;
  start(choices: RestoreChoices): Promise<void>;
  cancel(): void;
}

/** `takeSafetyCopy` keeps the current data (null when there is none); the app does it off the page. */
export function useRestoreRun(backup: Backup, takeSafetyCopy: () => Promise<SafetyCopy | null>, onClose: () => void): RestoreRun {
  const { t, tn } = useT();
  const { notify, notifyError } = useNotify();
  const [phase, setPhase] = useState<RestorePhase>({ step: 'preview', copyError: null });
  const controller = useRef<AbortController | null>(null);

  function finished(outcome: RestoreOutcome, copy: SafetyCopy | null) {
    const parts = [copy?.where === 'backups-folder' ? t('restore.doneWithFile', { file: copy.fileName }) : t('backup.restored')];
    if (outcome.keptNewer > 0) parts.push(tn('restore.doneKeptNewer', outcome.keptNewer));
    if (outcome.leftOutContacts > 0) parts.push(tn('restore.doneLeftOut', outcome.leftOutContacts));
    notify({ message: parts.join(' ') });
    // In the browser the copy is offered as a download before the dialog closes.
    if (copy?.where === 'browser') setPhase({ step: 'done', copy, outcome });
    else onClose();
  }

  function cancelled() {
    notify({ message: t('restore.cancelled') });
    onClose();
  }

  async function copyThenRestore(choices: RestoreChoices, signal: AbortSignal) {
    setPhase({ step: 'copying', isCancelling: false });
    let copy: SafetyCopy | null;
    try {
      copy = await takeSafetyCopy();
    } catch (error) {
      const detail = error instanceof SafetyCopyError ? error.detail : error instanceof Error ? error.message : String(error);
      setPhase({ step: 'preview', copyError: detail });
      return;
    }
    if (signal.aborted) return cancelled();
    setPhase({ step: 'restoring', done: 0, total: 0, isCancelling: false });
    try {
      const outcome = await restoreBackup(db, backup, {
        ...choices,
        signal,
        onProgress: ({ done, total }) => setPhase((current) => ({ step: 'restoring', done, total, isCancelling: current.step === 'restoring' && current.isCancelling })),
      });
      finished(outcome, copy);
    } catch (error) {
      if (error instanceof RestoreCancelledError) return cancelled();
      notifyError(error);
      setPhase({ step: 'preview', copyError: null });
    }
  }

  async function start(choices: RestoreChoices) {
    const run = new AbortController();
    controller.current = run;
    try {
      await copyThenRestore(choices, run.signal);
    } finally {
      controller.current = null;
    }
  }

  function cancel() {
    controller.current?.abort();
    setPhase((current) => (current.step === 'copying' || current.step === 'restoring' ? { ...current, isCancelling: true } : current));
  }

  return { phase, start, cancel };
}
