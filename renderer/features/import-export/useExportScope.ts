import type { CurrentSelection } from '../../app/currentSelection';
import { countStakeholders, stakeholdersByIds } from '../../data/stakeholderQueries';
import { useLiveRead } from '../../data/useLiveRead';

/** What "the whole database" and "what you are looking at" hold now, read together. */
export interface ExportScope {
  /** Stakeholders in the database. */
  total: number;
  /** Whether the user narrowed the map or the list (a selection to offer at all). */
  hasSelection: boolean;
  /** The ids the user looked at that still name a stakeholder, in their order. */
  presentIds: readonly string[];
  /** The ids the user looked at that name none any more: deleted, or a sample cleared, since. */
  goneCount: number;
}

const NO_IDS: readonly string[] = [];

/**
 * The published selection checked against the database, kept up to date: a page that is not
 * open (the map) cannot retract the ids it published when its stakeholders are deleted. One
 * read gives both counts, so the two choices never show figures of different moments.
 * Undefined while loading.
 */
export function useExportScope(selection: CurrentSelection | null): ExportScope | undefined {
  const hasSelection = selection !== null && selection.isNarrowed;
  // The context keeps the published array, so the reference itself says when the ids change.
  const ids = hasSelection ? selection.stakeholderIds : NO_IDS;
  return useLiveRead(
    async (db) => {
      const [total, found] = await Promise.all([countStakeholders(db), stakeholdersByIds(db, ids)]);
      const presentIds = ids.filter((_, index) => found[index] !== undefined);
      return { total, hasSelection, presentIds, goneCount: ids.length - presentIds.length };
    },
    [ids, hasSelection],
  );
}
