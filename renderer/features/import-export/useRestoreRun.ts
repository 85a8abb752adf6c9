import { useRef, useState } from 'react';
import type { Backup } from '../../../shared/io/backup';
import { changesRecordsHere } from '../../../shared/io/restoreDiff';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import {
  restoreBackup,
  RestoreCancelledError,
  type RestoreMode,
  type RestoreOutcome,
  type RestoreProgress,
} from '../../db/backup';
import type { RestorePreview } from '../../db/restorePreview';
import { completeSafetyCopy } from '../../db/safetyCopies';
import { keptCopyOf, SafetyCopyError, type SafetyCopy, type TakenSafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { useT } from '../../i18n/useT';
import { copyTime, restoreDoneMessage } from './restoreDoneMessage';
import { isProgressWorthShowing } from './restoreProgressShown';

// One restore, step by step: a copy of the current data first (the restore does not start
// without it), then the chunked write with its progress, which Cancel rolls back whole.

export interface RestoreChoices {
  mode: RestoreMode;
  keepNewer: boolean;
  restoreErasedContacts: boolean;
}

/** Why the restore did not happen, shown in the preview: the database is as it was. */
export type RestoreFailure = { kind: 'copy'; error: SafetyCopyError } | { kind: 'restore'; detail: string };

export type RestorePhase =
  | { step: 'preview'; failure: RestoreFailure | null }
  | { step: 'copying'; isCancelling: boolean }
  | { step: 'restoring'; done: number; total: number; isCancelling: boolean }
  | { step: 'done'; copy: SafetyCopy | null; outcome: RestoreOutcome };

interface RestoreRun {
  phase: RestorePhase;
  start(choices: RestoreChoices): Promise<void>;
  cancel(): void;
}

/**
 * Whether the data held here must be copied first: not when it is only a new installation's
 * defaults, nor when the restore would change or remove none of it (it only adds).
 */
export function needsSafetyCopy(preview: RestorePreview, choices: RestoreChoices): boolean {
  if (!preview.holdsWork) return false;
  // Bringing erased people back also puts their names back into text that holds a marker here.
  return (
    changesRecordsHere(preview.diffs, choices.mode) ||
    (choices.restoreErasedContacts && preview.leftOut.contactIds.length > 0)
  );
}

const asCopyError = (error: unknown) => (error instanceof SafetyCopyError ? error : new SafetyCopyError(error));

/**
 * `takeSafetyCopy` reads the current data and keeps it (null when there is none; the app
 * does it off the page); the restore may start once it has read it (SafetyCopyBeingKept).
 */
export function useRestoreRun(
  backup: Backup,
  preview: RestorePreview,
  takeSafetyCopy: () => Promise<TakenSafetyCopy>,
  onClose: () => void,
): RestoreRun {
  const { t, tn, language } = useT();
  const { notify } = useNotify();
  const database = useDatabase();
  const [phase, setPhase] = useState<RestorePhase>({ step: 'preview', failure: null });
  const controller = useRef<AbortController | null>(null);

  async function finished(outcome: RestoreOutcome, copy: SafetyCopy | null) {
    if (copy?.where !== 'browser') {
      notify({ message: restoreDoneMessage(outcome, copy, [], { t, tn, language }) });
      return onClose();
    }
    // The data is restored: the dialog says so, and offers the copy as a download, while the
    // copy is marked kept. Only a restore that happened removes older copies (a cancelled one
    // never does); the notice names those it removed.
    setPhase({ step: 'done', copy, outcome });
    const completed = await completeSafetyCopy(copy.copyId).catch(() => ({ pruned: [] }));
    const pruned = [...copy.pruned, ...completed.pruned];
    notify({ message: restoreDoneMessage(outcome, copy, pruned, { t, tn, language }) });
  }

  function cancelled(copy: SafetyCopy | null) {
    const pruned = copy?.where === 'browser' ? copy.pruned : [];
    notify({
      message: [
        t('restore.cancelled'),
        ...(pruned.length > 0
          ? [tn('restore.prunedAttempts', pruned.length, { date: copyTime(pruned[0]!.createdAt, language) })]
          : []),
      ].join(' '),
    });
    onClose();
  }

  function copyFailed(error: SafetyCopyError) {
    console.error(error);
    setPhase({ step: 'preview', failure: { kind: 'copy', error } });
  }

  async function copyThenRestore(choices: RestoreChoices, signal: AbortSignal) {
    setPhase({ step: 'copying', isCancelling: false });
    // Settles once the copy is kept: the restore writes meanwhile, and commits only after.
    let copyKept: Promise<SafetyCopy | null> = Promise.resolve(null);
    if (needsSafetyCopy(preview, choices)) {
      try {
        copyKept = keptCopyOf(await takeSafetyCopy()).catch((error: unknown) => Promise.reject(asCopyError(error)));
      } catch (error) {
        return copyFailed(asCopyError(error));
      }
      // Its failure is told where the restore awaits it.
      copyKept.catch(() => undefined);
    }
    /** For the notice of a cancelled restore: the copy kept, if it was. */
    const keptIfAny = () => copyKept.catch(() => null);
    if (signal.aborted) return cancelled(await keptIfAny());
    setPhase({ step: 'restoring', done: 0, total: 0, isCancelling: false });
    let shown: RestoreProgress | null = null;
    try {
      const outcome = await restoreBackup(database, backup, {
        ...choices,
        marker: t('erasure.marker'),
        leftOutPlan: preview.leftOut,
        signal,
        copyKept,
        onProgress: (progress) => {
          if (!isProgressWorthShowing(shown, progress)) return;
          shown = progress;
          setPhase((current) => ({
            step: 'restoring',
            done: progress.done,
            total: progress.total,
            isCancelling: current.step === 'restoring' && current.isCancelling,
          }));
        },
      });
      await finished(outcome, await copyKept);
    } catch (error) {
      if (error instanceof RestoreCancelledError) return cancelled(await keptIfAny());
      // The copy could not be kept: the restore was rolled back, as if it had not started.
      if (error instanceof SafetyCopyError) return copyFailed(error);
      console.error(error);
      // The restore is one transaction: whatever failed, it was rolled back whole.
      setPhase({
        step: 'preview',
        failure: { kind: 'restore', detail: error instanceof Error ? error.message : String(error) },
      });
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
    setPhase((current) =>
      current.step === 'copying' || current.step === 'restoring' ? { ...current, isCancelling: true } : current,
    );
  }

  return { phase, start, cancel };
}
