import { useCallback } from 'react';
import { useNotify } from '../app/notifications/useNotify';
import type { UndoableChange } from '../db/undo';

/**
 * Makes a change the user can take back, then says so with Undo; a failure is told
 * instead. Resolves to whether the change went through. Build the change inside its own
 * transaction (the repositories do): Undo compares with the state that transaction left,
 * so it never overwrites what was changed since, even while the change was running.
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
