import { useRef, useState } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { removeCopiesPending, type CopiesPending } from '../../db/copiesPending';
import { createBackupRewriter, type DisposableRewriter } from '../../db/eraseFromBackupInWorker';
import {
  eraseFromCopies,
  erasureRequestFor,
  isUnchecked,
  listKeptCopies,
  pendingRequestFor,
  type KeptCopyStores,
} from '../../db/erasureCopies';
import { collectPersonalData, erasePerson } from '../../db/privacy';
import { stampChange, undoChange } from '../../db/undo';
import { useT } from '../../i18n/useT';
import type { BackupStore } from '../../platform/platform';
import type { CopiesStep, ErasureStep } from './erasureSteps';
import { useCopyDeletion } from './useCopyDeletion';

export type { CopiesStep, ErasureStep, ShownCopyOutcome } from './erasureSteps';

// The steps of one erasure: what will happen, with each mention ticked or not (confirm); the
// database in one transaction, with Undo in the result dialog (erased); then, only once the
// user continues, each copy the app keeps (copies); then — if the user asks — the copies
// that still hold the person are deleted and a fresh backup is written.

const placeKey = (place: { table: string; id: string; field: string }) =>
  `${place.table}\u0000${place.id}\u0000${place.field}`;

export function useContactErasure(stores: KeptCopyStores, backupStore: BackupStore | undefined, onErased: () => void) {
  const { t } = useT();
  const { notifyError } = useNotify();
  const database = useDatabase();
  const [state, setState] = useState<ErasureStep | null>(null);
  const isBusy = useRef(false);
  const run = useRef<{ controller: AbortController; rewriter: DisposableRewriter } | null>(null);
  const setCopies = (update: (current: CopiesStep) => CopiesStep) =>
    setState((current) => (current?.step === 'copies' ? update(current) : current));
  const deletion = useCopyDeletion(stores, backupStore, state?.step === 'copies' ? state : null, setCopies);

  async function open(contactId: string) {
    try {
      const [report, copies] = await Promise.all([collectPersonalData(database, contactId), listKeptCopies(stores)]);
      // Uncertain ones (a one-word name) wait for a person to tick them.
      const chosen = new Set(report.mentions.filter((mention) => !mention.isUncertain).map(placeKey));
      setState({ step: 'confirm', report, copies, chosen, isErasing: false });
    } catch (error) {
      notifyError(error);
    }
  }

  function toggleMention(key: string, isChosen: boolean) {
    setState((current) => {
      if (current?.step !== 'confirm') return current;
      const chosen = new Set(current.chosen);
      if (isChosen) chosen.add(key);
      else chosen.delete(key);
      return { ...current, chosen };
    });
  }

  async function confirm() {
    if (state?.step !== 'confirm' || isBusy.current) return;
    const { report, chosen } = state;
    isBusy.current = true;
    // The erasure may first wait for an automatic backup being written (copiesLock.ts).
    setState({ ...state, isErasing: true });
    try {
      const mentions = report.mentions.filter((mention) => chosen.has(placeKey(mention)));
      const erased = await erasePerson(database, report.contact.id, { mentions, marker: t('erasure.marker') });
      onErased();
      // Without the stamp Undo could not tell later edits: it is then not offered at all.
      const undo = await stampChange(erased.change).catch((error: unknown) => {
        console.error(error);
        return null;
      });
      setState({ step: 'erased', report, database: erased, places: mentions, undo, undoFailure: null });
    } catch (error) {
      notifyError(error);
      setState(null);
    } finally {
      isBusy.current = false;
    }
  }

  async function undo() {
    if (state?.step !== 'erased' || !state.undo || isBusy.current) return;
    isBusy.current = true;
    try {
      const outcome = await undoChange(database, state.undo);
      if (outcome.isComplete) setState({ step: 'undone', name: state.report.contact.name });
      else setState({ ...state, undoFailure: 'changed-since' });
    } catch (error) {
      console.error(error);
      setState({ ...state, undoFailure: 'failed' });
    } finally {
      isBusy.current = false;
    }
  }

  async function checkCopies(
    base: Pick<CopiesStep, 'name' | 'contactId' | 'database'>,
    request: ReturnType<typeof pendingRequestFor>,
  ) {
    const controller = new AbortController();
    const rewriter = createBackupRewriter();
    run.current = { controller, rewriter };
    // A run stopped by the user may still finish its copy: what it says then goes nowhere.
    const update = (change: (current: CopiesStep) => CopiesStep) => {
      if (run.current?.controller === controller) setCopies(change);
    };
    setState({
      step: 'copies',
      ...base,
      progress: null,
      copies: [],
      unlisted: [],
      outcomes: null,
      isConfirmingStop: false,
      hasBackupsFolder: backupStore !== undefined,
      ...deletion.initial,
    });
    try {
      const result = await eraseFromCopies(request, stores, rewriter.rewrite, {
        signal: controller.signal,
        onProgress: (done, total) => update((current) => ({ ...current, progress: { done, total } })),
      });
      update((current) => ({
        ...current,
        copies: result.copies,
        unlisted: result.unlisted,
        outcomes: result.outcomes,
        isConfirmingStop: false,
      }));
      // Every copy was looked at: nothing left to remind of (what still holds the person is listed here).
      if (!controller.signal.aborted && result.unlisted.length === 0 && !result.outcomes.some(isUnchecked))
        await removeCopiesPending(database, base.contactId);
    } catch (error) {
      if (run.current?.controller === controller) notifyError(error);
    } finally {
      rewriter.dispose();
      if (run.current?.controller === controller) run.current = null;
    }
  }

  function continueToCopies() {
    if (state?.step !== 'erased') return;
    const { report, database, places } = state;
    void checkCopies(
      { name: report.contact.name, contactId: report.contact.id, database },
      erasureRequestFor(report, { places, marker: t('erasure.marker') }),
    );
  }

  /** An erasure whose copies were not all checked (a dialog closed early, the app closed). */
  function resume(pending: CopiesPending) {
    if (state !== null) return;
    void checkCopies(
      { name: null, contactId: pending.contactId, database: null },
      pendingRequestFor(pending.contactId, pending.places, t('erasure.marker')),
    );
  }

  function close() {
    if (isBusy.current) return;
    if (state?.step === 'erased') {
      // Closing is no Undo: the copies are checked as if the user had continued.
      continueToCopies();
      return;
    }
    if (state?.step === 'copies' && run.current) {
      setCopies((current) => ({ ...current, isConfirmingStop: true }));
      return;
    }
    setState(null);
  }

  function stopAndClose() {
    // The copies not yet checked stay in the pending list: Settings → Privacy reminds of them.
    run.current?.controller.abort();
    run.current?.rewriter.dispose();
    run.current = null;
    setState(null);
  }

  return {
    state,
    open,
    toggleMention,
    confirm,
    undo,
    continueToCopies,
    resume,
    close,
    stopAndClose,
    keepChecking: () => setCopies((current) => ({ ...current, isConfirmingStop: false })),
    ...deletion.actions,
  };
}

export { placeKey };
