import { useRef, useState } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import { db } from '../../db/db';
import { createBackupRewriter } from '../../db/eraseFromBackupInWorker';
import {
  deleteKeptCopies,
  eraseFromKeptCopies,
  erasureRequestFor,
  listKeptCopies,
  stillHoldsPerson,
  type CopyErasureOutcome,
  type KeptCopyList,
  type KeptCopyStores,
} from '../../db/erasureCopies';
import { collectPersonalData, erasePerson, type DatabaseErasure, type PersonalDataReport } from '../../db/privacy';
import { useT } from '../../i18n/useT';
import { useUndoableChange } from '../../ui/useUndoableChange';

// The steps of one erasure: what will happen (confirm), the database in one transaction
// (with Undo), then each copy the app keeps, then — if the user asks — the copies that
// could not be rewritten are deleted.

export interface ShownCopyOutcome extends CopyErasureOutcome {
  isDeleted?: boolean;
  deleteFailure?: string;
}

export type ErasureStep =
  | { step: 'confirm'; report: PersonalDataReport; copies: KeptCopyList }
  | {
      step: 'copies';
      name: string;
      database: DatabaseErasure;
      unlisted: KeptCopyList['unlisted'];
      progress: { done: number; total: number };
      /** Null while the copies are being checked. */
      outcomes: ShownCopyOutcome[] | null;
      isDeleting: boolean;
    };

export function useContactErasure(stores: KeptCopyStores, onErased: () => void) {
  const { t } = useT();
  const { notifyError } = useNotify();
  const changeWithUndo = useUndoableChange();
  const [state, setState] = useState<ErasureStep | null>(null);
  const [isReplacingMentions, setIsReplacingMentions] = useState(true);
  const isRunning = useRef(false);

  async function open(contactId: string) {
    try {
      const [report, copies] = await Promise.all([collectPersonalData(db, contactId), listKeptCopies(stores)]);
      setIsReplacingMentions(true);
      setState({ step: 'confirm', report, copies });
    } catch (error) {
      notifyError(error);
    }
  }

  async function confirm() {
    if (state?.step !== 'confirm' || isRunning.current) return;
    const { report, copies } = state;
    const marker = t('erasure.marker');
    const erased: { database?: DatabaseErasure } = {};
    isRunning.current = true;
    try {
      const isErased = await changeWithUndo(t('privacy.erased', { name: report.contact.name }), async () => {
        erased.database = await erasePerson(db, report.contact.id, { mentions: isReplacingMentions ? report.mentions : [], marker });
        return erased.database.change;
      });
      const { database } = erased;
      if (!isErased || !database) {
        setState(null);
        return;
      }
      onErased();
      const total = copies.copies.length;
      setState({ step: 'copies', name: report.contact.name, database, unlisted: copies.unlisted, progress: { done: 0, total }, outcomes: null, isDeleting: false });
      const rewriter = createBackupRewriter();
      try {
        const request = erasureRequestFor(report.contact, { redactMentions: isReplacingMentions, marker });
        const outcomes = await eraseFromKeptCopies(copies.copies, request, stores, rewriter.rewrite, (done) =>
          setState((current) => (current?.step === 'copies' ? { ...current, progress: { done, total } } : current)),
        );
        setState((current) => (current?.step === 'copies' ? { ...current, outcomes } : current));
      } finally {
        rewriter.dispose();
      }
    } finally {
      isRunning.current = false;
    }
  }

  async function deleteRemaining() {
    if (state?.step !== 'copies' || !state.outcomes) return;
    const remaining = state.outcomes.filter((outcome) => stillHoldsPerson(outcome) && !outcome.isDeleted);
    setState({ ...state, isDeleting: true });
    const result = await deleteKeptCopies(
      remaining.map((outcome) => outcome.copy),
      stores,
    );
    const failures = new Map(result.failed.map((failure) => [failure.copy, failure.detail]));
    setState((current) =>
      current?.step === 'copies' && current.outcomes
        ? {
            ...current,
            isDeleting: false,
            outcomes: current.outcomes.map((outcome) =>
              result.deleted.includes(outcome.copy) ? { ...outcome, isDeleted: true } : failures.has(outcome.copy) ? { ...outcome, deleteFailure: failures.get(outcome.copy)! } : outcome,
            ),
          }
        : current,
    );
  }

  function close() {
    // The copies are being rewritten: the dialog stays until each is done.
    if (isRunning.current) return;
    setState(null);
  }

  return { state, isReplacingMentions, setIsReplacingMentions, open, confirm, deleteRemaining, close };
}
