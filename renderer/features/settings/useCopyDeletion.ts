import { useDatabase } from '../../data/useDatabase';
import { writeBackupNow } from '../../db/autoBackup';
import { removeCopiesPending } from '../../db/copiesPending';
import { deleteKeptCopies, holdsPerson, isUnchecked, type KeptCopyStores } from '../../db/erasureCopies';
import type { BackupStore } from '../../platform/platform';
import type { CopiesStep, ShownCopyOutcome } from './erasureSteps';

// Deleting the copies that still hold an erased person (or could not be checked): asked
// for in a confirmation that says these files hold everyone else's data too; then, on the
// desktop, a fresh backup of the database is written at once, and in the browser one is
// offered as a download, so that deleting never leaves the team without a backup.

/** The copies the user may delete: those that hold the person and those not checked. */
export const deletableOutcomes = (outcomes: readonly ShownCopyOutcome[]) =>
  outcomes.filter((outcome) => !outcome.isDeleted && (holdsPerson(outcome) || isUnchecked(outcome)));

export function useCopyDeletion(
  stores: KeptCopyStores,
  backupStore: BackupStore | undefined,
  state: CopiesStep | null,
  setCopies: (update: (current: CopiesStep) => CopiesStep) => void,
) {
  const database = useDatabase();

  async function confirmDelete() {
    if (!state?.outcomes || state.isDeleting) return;
    const chosen = deletableOutcomes(state.outcomes);
    setCopies((current) => ({ ...current, isConfirmingDelete: false, isDeleting: true }));
    const result = await deleteKeptCopies(
      chosen.map((outcome) => outcome.copy),
      stores,
    );
    const failures = new Map(result.failed.map((failure) => [failure.copy, failure.reason]));
    let freshBackup: CopiesStep['freshBackup'] = 'offer-download';
    if (backupStore) {
      freshBackup = await writeBackupNow(database, backupStore).then(
        () => 'written' as const,
        (error: unknown) => {
          console.error(error);
          return 'failed' as const;
        },
      );
    }
    if (
      result.failed.length === 0 &&
      !state.outcomes.some((outcome) => isUnchecked(outcome) && !chosen.includes(outcome))
    )
      await removeCopiesPending(database, state.contactId);
    setCopies((current) => ({
      ...current,
      isDeleting: false,
      freshBackup,
      outcomes: (current.outcomes ?? []).map((outcome) => {
        if (result.deleted.includes(outcome.copy)) return { ...outcome, isDeleted: true };
        const failure = failures.get(outcome.copy);
        return failure === undefined ? outcome : { ...outcome, deleteFailure: failure };
      }),
    }));
  }

  return {
    initial: { isConfirmingDelete: false, isDeleting: false, freshBackup: null },
    actions: {
      requestDelete: () => setCopies((current) => ({ ...current, isConfirmingDelete: true })),
      cancelDelete: () => setCopies((current) => ({ ...current, isConfirmingDelete: false })),
      confirmDelete,
    },
  } as const;
}
