import { useCallback } from 'react';
import { useNotify } from '../app/notifications/useNotify';
import type { UndoableChange } from '../db/undo';

/**
 * Makes a change the user can take back, then says so with Undo; a failure is told
 * instead. Resolves to whether the change went through. The notice notes at once how the
 * touched rows stand, so that Undo can refuse to overwrite what was changed since.
 */
export function useUndoableChange(): (message: string, makeChange: () => Promise<UndoableChange>) => Promise<boolean> {
  const { notify, notifyError } = useNotify();
  return useCallback(
    async (message: string, makeChange: () => Promise<UndoableChange>) => {
      try {
        const change = await makeChange();
        notify({ message, undo: change });
        return true;
      } catch (error) {
        notifyError(error);
        return false;
      }
    },
    [notify, notifyError],
  );
}
