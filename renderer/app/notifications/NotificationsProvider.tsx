import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useDatabase } from '../../data/useDatabase';
import { stampChange, undoChange, UndoUnavailableError, type StampedChange, type UndoOutcome } from '../../db/undo';
import { useT } from '../../i18n/useT';
import { useLocationHash } from '../useRoute';
import { errorMessageKey } from './errorMessage';
import { NotificationsContext, type Notice, type NotificationsValue } from './NotificationsContext';
import { pageOfAddress } from './noticePage';
import { describeDoneTrimmed, UndoConflictDialog } from './UndoConflictDialog';
import { useFocusAfterRemoval } from './useFocusAfterRemoval';

const VISIBLE_MS = 10_000;

interface ShownNotice extends Notice {
  key: number;
  /** The change with the state its own transaction left, for Undo to compare with. */
  stamping?: Promise<StampedChange>;
  /** Undo is running: the notice stays until it ends. */
  isBusy?: boolean;
  /** The page it was shown on (pageOfAddress): without Undo, it goes when the user leaves that page. */
  page: string;
}

/** The page the user is on now, read from the address itself: a flow may have just moved on. */
const currentPage = () => pageOfAddress(window.location.hash);

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t, tn } = useT();
  const database = useDatabase();
  const [notice, setNotice] = useState<ShownNotice | null>(null);
  const [isPaused, setIsPaused] = useState(false);
  const [conflict, setConflict] = useState<{ change: StampedChange; outcome: UndoOutcome } | null>(null);
  const nextKey = useRef(1);
  const noticeRef = useRef<HTMLElement>(null);
  const undoButtonRef = useRef<HTMLButtonElement>(null);
  const focus = useFocusAfterRemoval(noticeRef, undoButtonRef, notice?.stamping ? notice.key : null);

  const notify = useCallback((next: Notice) => {
    // The change's transaction noted how it left every row; this only waits for its commit.
    const stamping = next.undo ? stampChange(next.undo) : undefined;
    // Awaited, and a failure told, only if the user chooses Undo.
    stamping?.catch(() => undefined);
    setNotice({ ...next, key: nextKey.current++, page: currentPage(), ...(stamping ? { stamping } : {}) });
  }, []);
  const notifyError = useCallback(
    (error: unknown) => {
      console.error(error);
      const { key, detail } = errorMessageKey(error);
      notify({
        message: error instanceof UndoUnavailableError ? t('undo.unavailable') : t(key, { message: detail }),
        tone: 'error',
      });
    },
    [notify, t],
  );

  /** Runs Undo with "Undoing…" shown meanwhile; says how it ended, or why it failed. */
  const runUndo = useCallback(
    async (change: Promise<StampedChange>, scope: 'whole' | 'safe-part') => {
      const busyKey = nextKey.current++;
      setNotice({ message: t('undo.undoing'), key: busyKey, isBusy: true, page: currentPage() });
      // Said in place of "Undoing…"; a notice of a newer change shown meanwhile stays.
      const tell = (message: string) =>
        setNotice((shown) =>
          shown?.key === busyKey ? { message, key: nextKey.current++, page: currentPage() } : shown,
        );
      try {
        const stamped = await change;
        const outcome = await undoChange(database, stamped, scope);
        if (outcome.isComplete) tell(outcome.trimmed ? describeDoneTrimmed(t, tn, outcome.trimmed) : t('undo.done'));
        else if (scope === 'whole') {
          setNotice((shown) => (shown?.key === busyKey ? null : shown));
          setConflict({ change: stamped, outcome });
        } else if (!outcome.isApplied) tell(t('undo.nothingDone'));
        else tell(tn('undo.partlyDone', outcome.conflicts.length + outcome.dependents.length));
      } catch (error) {
        notifyError(error);
      }
    },
    [database, notifyError, t, tn],
  );

  const { beforeUndo } = focus;
  const undo = useCallback(async () => {
    if (!notice?.stamping) return;
    beforeUndo();
    await runUndo(notice.stamping, 'whole');
  }, [notice, runUndo, beforeUndo]);

  // Checked again in Undo's own transaction: edits made while the dialog was open count too.
  const undoSafePart = useCallback(async () => {
    if (!conflict) return;
    setConflict(null);
    await runUndo(Promise.resolve(conflict.change), 'safe-part');
  }, [conflict, runUndo]);

  useEffect(
    function dismissAfterAWhile() {
      if (!notice || isPaused || notice.tone === 'error' || notice.isBusy) return;
      const timer = setTimeout(() => setNotice(null), VISIBLE_MS);
      return () => clearTimeout(timer);
    },
    [notice, isPaused],
  );

  const page = pageOfAddress(useLocationHash());
  const shownNotice = useRef(notice);
  useEffect(() => {
    shownNotice.current = notice;
  }, [notice]);
  useEffect(
    function goWithItsPage() {
      // A notice that offers Undo stays its time wherever the user goes: a deletion often
      // leaves its page (a stakeholder deleted from its own page), and a person who looks
      // elsewhere at what an import did may still want it undone. Undo is the point of it.
      // An error stays until dismissed: some belong to no page (the daily backup's failure,
      // told once a session) and none may go unread.
      const shown = shownNotice.current;
      if (!shown || shown.page === page || shown.isBusy || shown.stamping || shown.tone === 'error') return;
      setNotice((current) => (current?.key === shown.key ? null : current));
    },
    [page],
  );

  useEffect(
    function undoOnCtrlZ() {
      if (!notice?.stamping) return;
      const onKeyDown = (event: KeyboardEvent) => {
        const isUndoChord = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
        if (isUndoChord && !isTypingTarget(event.target)) {
          event.preventDefault();
          void undo();
        }
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
    [notice, undo],
  );

  const value = useMemo<NotificationsValue>(() => ({ notify, notifyError }), [notify, notifyError]);

  return (
    <NotificationsContext.Provider value={value}>
      {children}
      <section className="toast-region" aria-label={t('undo.region')} ref={noticeRef}>
        <div
          role={notice?.tone === 'error' ? 'alert' : 'status'}
          aria-live={notice?.tone === 'error' ? 'assertive' : 'polite'}
        >
          {notice && (
            <div
              className={`toast toast-${notice.tone ?? 'info'}`}
              key={notice.key}
              onMouseEnter={() => setIsPaused(true)}
              onMouseLeave={() => setIsPaused(false)}
              onFocus={() => setIsPaused(true)}
              onBlur={() => setIsPaused(false)}
            >
              <span>{notice.message}</span>
              {notice.link && <a href={notice.link.href}>{notice.link.label}</a>}
              {notice.stamping && (
                <button type="button" className="button-primary" ref={undoButtonRef} onClick={() => void undo()}>
                  {t('common.undo')}
                </button>
              )}
              {!notice.isBusy && (
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('common.dismiss')}
                  onClick={() => {
                    focus.beforeDismiss();
                    setNotice(null);
                  }}
                >
                  ×
                </button>
              )}
            </div>
          )}
        </div>
      </section>
      {conflict && (
        <UndoConflictDialog
          outcome={conflict.outcome}
          onUndoSafePart={() => void undoSafePart()}
          onClose={() => setConflict(null)}
        />
      )}
    </NotificationsContext.Provider>
  );
}
