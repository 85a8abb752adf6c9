import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route, type SectionName } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readHash(): string {
  return window.location.hash;
}

export function useRoute(fallback: SectionName): Route {
  const hash = useSyncExternalStore(subscribe, readHash);
  return useMemo(() => parseRoute(hash, fallback), [hash, fallback]);
}
