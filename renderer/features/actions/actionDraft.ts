import type { AdvocacyAction, AdvocacyActionInput, FollowUp } from '../../../shared/domain/action';
import type { ActionKind, ActionStatus } from '../../../shared/domain/enums';
import type { RegionId } from '../../../shared/domain/regions';
import type { FollowUpRowInput } from '../../db/repositories/actions';

/** A follow-up row of the form; `key` identifies the row in React, `id` the stored record. */
export interface FollowUpDraft {
  key: string;
  id?: string;
  text: string;
  dueDate: string;
  ownerId: string;
  doneOn: string;
}

/** The form's state: what the inputs hold, before validation ('' for "none"). */
export interface ActionDraft {
  title: string;
  kind: ActionKind;
  date: string;
  status: ActionStatus;
  regions: RegionId[];
  programmeId: string;
  ownerId: string;
  objective: string;
  outcome: string;
  targetIds: string[];
  participantIds: string[];
  followUps: FollowUpDraft[];
}

let nextRowKey = 1;
function rowKey(): string {
  return `row-${nextRowKey++}`;
}

export function newActionDraft(
  today: string,
  prefill: { targetIds?: string[]; regions?: RegionId[] } = {},
): ActionDraft {
  return {
    title: '',
    kind: 'bilateral-meeting',
    date: today,
    // Most actions are recorded after they happened.
    status: 'done',
    regions: prefill.regions ?? [],
    programmeId: '',
    ownerId: '',
    objective: '',
    outcome: '',
    targetIds: prefill.targetIds ?? [],
    participantIds: [],
    followUps: [],
  };
}

export function draftFromAction(action: AdvocacyAction, followUps: readonly FollowUp[]): ActionDraft {
  return {
    title: action.title,
    kind: action.kind,
    date: action.date,
    status: action.status,
    regions: [...action.regions],
    programmeId: action.programmeId ?? '',
    ownerId: action.ownerId ?? '',
    objective: action.objective,
    outcome: action.outcome,
    targetIds: [...action.targetIds],
    participantIds: [...action.participantIds],
    followUps: followUps.map((followUp) => ({
      key: rowKey(),
      id: followUp.id,
      text: followUp.text,
      dueDate: followUp.dueDate ?? '',
      ownerId: followUp.ownerId ?? '',
      doneOn: followUp.doneOn ?? '',
    })),
  };
}

/** A new follow-up row; its owner starts as the action's. */
export function newFollowUpDraft(ownerId: string): FollowUpDraft {
  return { key: rowKey(), text: '', dueDate: '', ownerId, doneOn: '' };
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/** Converts the draft; the repository's schemas do the validation. */
export function inputFromDraft(draft: ActionDraft): { action: AdvocacyActionInput; followUps: FollowUpRowInput[] } {
  const { followUps, programmeId, ownerId, ...fields } = draft;
  return {
    action: { ...fields, programmeId: orNull(programmeId), ownerId: orNull(ownerId) },
    followUps: followUps.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      text: row.text,
      dueDate: orNull(row.dueDate),
      ownerId: orNull(row.ownerId),
      doneOn: orNull(row.doneOn),
    })),
  };
}

/**
 * The staff the owner fields offer: the active ones, plus every one the action or any of its
 * follow-up rows names, as stored or as drafted — a departed colleague stays selectable (and
 * shown by name, not as "No owner") on what they already own. In the list's own order.
 */
export function offeredStaff<O extends { value: string }>(
  allStaff: readonly O[],
  activeStaff: readonly O[],
  draft: Pick<ActionDraft, 'ownerId' | 'followUps'>,
  stored?: { action: Pick<AdvocacyAction, 'ownerId'>; followUps: readonly Pick<FollowUp, 'ownerId'>[] },
): O[] {
  const kept = new Set([
    ...activeStaff.map((member) => member.value),
    draft.ownerId,
    ...draft.followUps.map((row) => row.ownerId),
  ]);
  if (stored)
    for (const ownerId of [stored.action.ownerId, ...stored.followUps.map((followUp) => followUp.ownerId)])
      if (ownerId) kept.add(ownerId);
  return allStaff.filter((member) => kept.has(member.value));
}

/**
 * Whether the form holds changes that closing it would lose: the draft differs from the one it
 * opened with. Compared as a whole, so every edit counts, however made (a row or a target
 * removed with a button, a date stepped with the arrow keys), and an edit undone by hand does not.
 */
export function hasDraftChanged(initial: ActionDraft, current: ActionDraft): boolean {
  // Drafts are plain data built the same way, so their JSON texts are equal exactly when they are.
  return current !== initial && JSON.stringify(current) !== JSON.stringify(initial);
}
