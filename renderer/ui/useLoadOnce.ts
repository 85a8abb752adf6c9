import { useEffect, useEffectEvent, useState } from 'react';
import { useNotify } from '../app/notifications/useNotify';

export type LoadState<Result> =
  { status: 'loading' } | { status: 'loaded'; value: Result } | { status: 'failed'; error: unknown };

/**
 * Runs `load` once when the component appears and says where it stands. A failure is
 * reported (notifyError) and returned, so that the view can say so instead of waiting
 * forever; a result or failure arriving after the component has gone is dropped.
 */
export function useLoadOnce<Result>(load: () => Promise<Result>): LoadState<Result> {
  const { notifyError } = useNotify();
  const [state, setState] = useState<LoadState<Result>>({ status: 'loading' });
  const loadOnce = useEffectEvent(() => load());
  const reportFailure = useEffectEvent((error: unknown) => notifyError(error));

  useEffect(function loadWhenShown() {
    let isCurrent = true;
    // The executor also turns an exception thrown before the promise exists into a rejection.
    new Promise<Result>((resolve) => resolve(loadOnce())).then(
      (value) => {
        if (isCurrent) setState({ status: 'loaded', value });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        setState({ status: 'failed', error });
        reportFailure(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  return state;
}
