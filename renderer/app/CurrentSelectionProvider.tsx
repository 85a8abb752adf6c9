import { useState, type ReactNode } from 'react';
import { CurrentSelectionContext, PublishSelectionContext, type CurrentSelection } from './currentSelection';

/** Keeps what the user looks at for this window of the app: the registry or the map publish it, exports read it. */
export function CurrentSelectionProvider({ children }: { children: ReactNode }) {
  const [selection, setSelection] = useState<CurrentSelection | null>(null);
  return (
    <PublishSelectionContext.Provider value={setSelection}>
      <CurrentSelectionContext.Provider value={selection}>{children}</CurrentSelectionContext.Provider>
    </PublishSelectionContext.Provider>
  );
}
