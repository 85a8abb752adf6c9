import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { db } from '../../db/db';
import { stampChange, undoChange, type UndoableChange, type UndoOutcome } from '../../db/undo';
import { useT } from '../../i18n/useT';
import { errorMessageKey } from './errorMessage';
import { NotificationsContext, type Notice, type NotificationsValue } from './NotificationsContext';
import { UndoConflictDialog } from './UndoConflictDialog';

const VISIBLE_MS = 10_000;

interface ShownNotice extends Notice {
  key: number;
  /** The touched rows' state right after the change, being noted (stampChange) for Undo to compare with. */
  stamping?: Promise<void>;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t, tn } = useT();
  const [notice, setNotice] = useState<ShownNotice | null>(null);
  const [isPaused, setIsPaused] = useState(false);
  const [conflict, setConflict] = useState<{ change: UndoableChange; outcome: UndoOutcome } | null>(null);
  const nextKey = useRef(1);

  const notify = useCallback((next: Notice) => {
    // Started at once, before any later edit can reach the database (IndexedDB runs transactions in order).
    const stamping = next.undo && !next.undo.after ? stampChange(db, next.undo) : undefined;
    // Awaited, and a failure told, only if the user chooses Undo.
    stamping?.catch(() => undefined);
    setNotice({ ...next, key: nextKey.current++, ...(stamping ? { stamping } : {}) });
  }, []);
  const notifyError = useCallback(
    (error: unknown) => {
      console.error(error);
      const { key, detail } = errorMessageKey(error);
      notify({ message: t(key, { message: detail }), tone: 'error' });
    },
    [notify, t],
  );

  const undo = useCallback(async () => {
    if (!notice?.undo) return;
    const { undo: change, stamping } = notice;
    setNotice(null);
    try {
      // Without the stamps Undo could not tell later edits: it waits for them, and a failure stops it.
      await stamping;
      const outcome = await undoChange(db, change);
      if (!outcome.isComplete) setConflict({ change, outcome });
    } catch (error) {
      notifyError(error);
    }
  }, [notice, notifyError]);

  const undoSafePart = useCallback(async () => {
    if (!conflict) return;
    setConflict(null);
    try {
      // Checked again in Undo's own transaction: edits made while the dialog was open count too.
      const outcome = await undoChange(db, conflict.change, 'safe-part');
      if (!outcome.isApplied && !outcome.isComplete) notify({ message: t('errorBoundary.undo.nothingSafe') });
      else if (!outcome.isComplete) notify({ message: tn('errorBoundary.undo.partlyDone', outcome.conflicts.length) });
    } catch (error) {
      notifyError(error);
    }
  }, [conflict, notify, notifyError, t, tn]);

  useEffect(
    function dismissAfterAWhile() {
      if (!notice || isPaused || notice.tone === 'error') return;
      const timer = setTimeout(() => setNotice(null), VISIBLE_MS);
      return () => clearTimeout(timer);
    },
    [notice, isPaused],
  );

  useEffect(
    function undoOnCtrlZ() {
      if (!notice?.undo) return;
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
      <section className="toast-region" aria-label={t('undo.region')}>
        <div role={notice?.tone === 'error' ? 'alert' : 'status'} aria-live={notice?.tone === 'error' ? 'assertive' : 'polite'}>
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
              {notice.undo && (
                <button type="button" className="button-primary" onClick={() => void undo()}>
                  {t('common.undo')}
                </button>
              )}
              <button type="button" className="button-quiet" aria-label={t('common.dismiss')} onClick={() => setNotice(null)}>
                ×
              </button>
            </div>
          )}
        </div>
      </section>
      {conflict && <UndoConflictDialog outcome={conflict.outcome} onUndoSafePart={() => void undoSafePart()} onClose={() => setConflict(null)} />}
    </NotificationsContext.Provider>
  );
}
