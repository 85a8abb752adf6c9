import type { CopyErasureOutcome, CopyFailureReason, KeptCopy, KeptCopyList } from '../../db/erasureCopies';
import type { DatabaseErasure, MentionPlace, PersonalDataReport } from '../../db/privacy';
import type { StampedChange } from '../../db/undo';

// The states the erasure dialogs show (useContactErasure.ts drives them).

export interface ShownCopyOutcome extends CopyErasureOutcome {
  isDeleted?: boolean;
  deleteFailure?: CopyFailureReason;
}

/** After deleting copies: a new backup of everyone else (desktop), or a download to offer (browser). */
export type FreshBackup = 'written' | 'failed' | 'offer-download' | null;

export interface CopiesStep {
  step: 'copies';
  /** Unknown when a pending erasure is checked after a restart: only its id was kept. */
  name: string | null;
  contactId: string;
  database: DatabaseErasure | null;
  /** Null until the copies have been listed again. */
  progress: { done: number; total: number } | null;
  /** The copies as listed for this check. */
  copies: KeptCopy[];
  unlisted: KeptCopyList['unlisted'];
  /** Null while the copies are being checked. */
  outcomes: ShownCopyOutcome[] | null;
  /** The user asked to close while copies were being checked: the dialog warns first. */
  isConfirmingStop: boolean;
  isConfirmingDelete: boolean;
  isDeleting: boolean;
  /** The desktop's backups folder is there: a new backup is written after deleting copies. */
  hasBackupsFolder: boolean;
  freshBackup: FreshBackup;
}

export type ErasureStep =
  | {
      step: 'confirm';
      report: PersonalDataReport;
      copies: KeptCopyList;
      chosen: ReadonlySet<string>;
      isErasing: boolean;
    }
  | {
      step: 'erased';
      report: PersonalDataReport;
      database: DatabaseErasure;
      places: MentionPlace[];
      /** Null when Undo cannot be offered (the change could not be checked against later edits). */
      undo: StampedChange | null;
      undoFailure: 'changed-since' | 'failed' | null;
    }
  | { step: 'undone'; name: string }
  | CopiesStep;
