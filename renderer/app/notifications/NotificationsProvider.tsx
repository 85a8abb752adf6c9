import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { db } from '../../db/db';
import { undoChange } from '../../db/undo';
import { useT } from '../../i18n/useT';
import { errorMessageKey } from './errorMessage';
import { NotificationsContext, type Notice, type NotificationsValue } from './NotificationsContext';

const VISIBLE_MS = 10_000;

interface ShownNotice extends Notice {
  key: number;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [notice, setNotice] = useState<ShownNotice | null>(null);
  const [isPaused, setIsPaused] = useState(false);
  const nextKey = useRef(1);

  const notify = useCallback((next: Notice) => setNotice({ ...next, key: nextKey.current++ }), []);
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
    const change = notice.undo;
    setNotice(null);
    try {
      await undoChange(db, change);
    } catch (error) {
      notifyError(error);
    }
  }, [notice, notifyError]);

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
    </NotificationsContext.Provider>
  );
}
