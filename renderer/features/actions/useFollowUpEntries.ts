import { useCallback, useMemo, useRef } from 'react';
import {
  followUpOwnerId,
  isOpenFollowUp,
  isOverdue,
  openFollowUpsInOrder,
  type FollowUpScope,
} from '../../../shared/analysis/followUps';
import type { AdvocacyAction, FollowUp } from '../../../shared/domain/action';
import { localIsoDate } from '../../../shared/domain/common';
import { useNotify } from '../../app/notifications/useNotify';
import { useToday } from '../../app/useToday';
import { useOpenFollowUps } from '../../data/useActionQueries';
import { useDatabase } from '../../data/useDatabase';
import { markFollowUpDone } from '../../db/repositories/actions';
import { useT } from '../../i18n/useT';

export interface FollowUpEntry {
  followUp: FollowUp;
  action: AdvocacyAction | undefined;
  /** The follow-up's own owner, or else the action's (followUpOwnerId). */
  ownerId: string | null;
  isOverdue: boolean;
}

export interface FollowUpSelection {
  scope: FollowUpScope;
  /** Empty: every region. An entry matches when its action is in any of them. */
  regions: readonly string[];
  ownerIds: readonly string[];
}

/** Open follow-ups (isOpenFollowUp: none of cancelled actions) with their actions, filtered and in to-do order (overdue first). */
export function useFollowUpEntries(selection: FollowUpSelection): {
  entries: FollowUpEntry[] | undefined;
  today: string;
} {
  const today = useToday();
  const rows = useOpenFollowUps();
  const { scope, regions, ownerIds } = selection;
  const regionKey = regions.join(',');
  const ownerKey = ownerIds.join(',');
  const entries = useMemo(() => {
    if (!rows) return undefined;
    const regionSet = new Set(regionKey.split(',').filter(Boolean));
    const ownerSet = new Set(ownerKey.split(',').filter(Boolean));
    const withOwners = rows
      .filter(({ followUp, action }) => isOpenFollowUp(followUp, action))
      .map(({ followUp, action }) => ({
        followUp,
        action,
        ownerId: followUpOwnerId(followUp, action),
        isOverdue: isOverdue(followUp, today),
      }));
    const selected = withOwners.filter(
      (entry) =>
        (!regionSet.size || (entry.action?.regions ?? []).some((region) => regionSet.has(region))) &&
        (!ownerSet.size || (entry.ownerId !== null && ownerSet.has(entry.ownerId))),
    );
    return openFollowUpsInOrder(selected, (entry) => entry.followUp, today, scope);
  }, [rows, regionKey, ownerKey, scope, today]);
  return { entries, today };
}

/**
 * Marks a follow-up done today and offers Undo. A click on one already being marked (a
 * double-click) does nothing, and one found done already is left alone without a notice: only
 * the marking that changed something offers Undo, so Undo really reopens the follow-up.
 */
export function useMarkFollowUpDone(): (followUp: FollowUp) => Promise<void> {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const database = useDatabase();
  const beingMarked = useRef(new Set<string>());
  return useCallback(
    async (followUp: FollowUp) => {
      if (beingMarked.current.has(followUp.id)) return;
      beingMarked.current.add(followUp.id);
      try {
        const { change } = await markFollowUpDone(database, followUp.id, localIsoDate());
        if (change) notify({ message: t('followUps.markedDone', { text: followUp.text }), undo: change });
      } catch (error) {
        notifyError(error);
      } finally {
        beingMarked.current.delete(followUp.id);
      }
    },
    [database, notify, notifyError, t],
  );
}
