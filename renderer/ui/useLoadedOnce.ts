import { useEffect, useEffectEvent, useState } from 'react';

/**
 * The result of `load`, run once when the component appears; undefined until it is there.
 * A result arriving after the component has gone is dropped.
 */
export function useLoadedOnce<Result>(load: () => Promise<Result>): Result | undefined {
  const [result, setResult] = useState<{ value: Result } | undefined>(undefined);
  const loadOnce = useEffectEvent(() => load());

  useEffect(function loadWhenShown() {
    let isCurrent = true;
    void loadOnce().then((value) => isCurrent && setResult({ value }));
    return () => {
      isCurrent = false;
    };
  }, []);

  return result?.value;
}
