import type { AdvocacyAction } from '../../shared/domain/action';
import {
  actionDetail,
  actionList,
  openFollowUpsWithActions,
  participantChoices,
  plannedActions,
  stakeholderActivity,
  type ActionDetail,
  type ActionList,
  type FollowUpWithAction,
  type ParticipantChoices,
  type StakeholderActivity,
} from './actionQueries';
import { idsKey, useLiveRead } from './useLiveRead';

// Live hooks over actionQueries.ts: undefined while loading, then kept up to date.

/** Every action with the open follow-ups (the actions list). */
export function useActionList(): ActionList | undefined {
  return useLiveRead(actionList, []);
}

/** An action with its follow-ups, targets and participants; null once loaded and missing. */
export function useActionDetail(id: string): ActionDetail | null | undefined {
  return useLiveRead((db) => actionDetail(db, id), [id]);
}

export function usePlannedActions(): AdvocacyAction[] | undefined {
  return useLiveRead(plannedActions, []);
}

/** Every open follow-up with its action. */
export function useOpenFollowUps(): FollowUpWithAction[] | undefined {
  return useLiveRead(openFollowUpsWithActions, []);
}

/** The actions that involved a stakeholder, newest first, with their follow-ups. */
export function useStakeholderActivity(stakeholderId: string): StakeholderActivity | undefined {
  return useLiveRead((db) => stakeholderActivity(db, stakeholderId), [stakeholderId]);
}

/** The targets' contact persons to tick, and the other participants chosen. */
export function useParticipantChoices(
  targetIds: readonly string[],
  participantIds: readonly string[],
): ParticipantChoices | undefined {
  return useLiveRead(
    (db) => participantChoices(db, targetIds, participantIds),
    [idsKey(targetIds), idsKey(participantIds)],
  );
}
