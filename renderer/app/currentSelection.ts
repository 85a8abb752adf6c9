import { useSyncExternalStore } from 'react';

/**
 * The stakeholders the user is looking at right now — the registry's filtered rows or the
 * map's visible/selected nodes — so that exports can offer "only what I see".
 */
export interface CurrentSelection {
  source: 'map' | 'stakeholders';
  stakeholderIds: readonly string[];
  /** Whether the user narrowed the view (filters, search or a map selection). */
  isNarrowed: boolean;
}

let current: CurrentSelection | null = null;
const listeners = new Set<() => void>();

export function publishSelection(selection: CurrentSelection | null): void {
  current = selection;
  for (const listener of listeners) listener();
}

export function readSelection(): CurrentSelection | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCurrentSelection(): CurrentSelection | null {
  return useSyncExternalStore(subscribe, readSelection);
}
