import { createContext } from 'react';
import type { UndoableChange } from '../../db/undo';

export interface Notice {
  message: string;
  /**
   * When given, the notice offers Undo (and Ctrl+Z) to take the change back. Undo compares
   * with the state the change's own transaction left, and leaves alone (and names) what
   * changed after that.
   */
  undo?: UndoableChange;
  tone?: 'info' | 'error';
  /** A link to what the notice is about (the record just created), named by its label. */
  link?: { href: string; label: string };
}

export interface NotificationsValue {
  notify(notice: Notice): void;
  /** Shows an error the user can act on; unknown errors are shown with their message. */
  notifyError(error: unknown): void;
}

export const NotificationsContext = createContext<NotificationsValue | null>(null);
