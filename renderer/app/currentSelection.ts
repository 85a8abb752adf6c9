import { createContext, useContext } from 'react';

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

export type PublishSelection = (selection: CurrentSelection | null) => void;

// Two contexts, so that the pages that publish are not rendered again by their own publishing.
// Without a provider (a page rendered on its own) nothing is kept and nothing is offered.
export const CurrentSelectionContext = createContext<CurrentSelection | null>(null);
export const PublishSelectionContext = createContext<PublishSelection>(() => undefined);

/** What the user looks at in this window of the app (CurrentSelectionProvider), or null. */
export function useCurrentSelection(): CurrentSelection | null {
  return useContext(CurrentSelectionContext);
}

/** Tells the window what the user now looks at. Stable: safe in an effect's dependencies. */
export function usePublishSelection(): PublishSelection {
  return useContext(PublishSelectionContext);
}
