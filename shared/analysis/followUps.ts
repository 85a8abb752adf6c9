import type { AdvocacyAction, FollowUp } from '../domain/action';

// Derived facts about follow-ups and contacts (docs/DESIGN.md §2.3: derived, never stored twice).
// `today` is always the user's calendar day (localIsoDate()), passed in so tests can fix it.

type DueFields = Pick<FollowUp, 'doneOn' | 'dueDate'>;

/** Open (not done) and past its due date, as seen on the user's calendar day `today`. */
export function isOverdue(followUp: DueFields, today: string): boolean {
  return followUp.doneOn === null && followUp.dueDate !== null && followUp.dueDate < today;
}

export function isOpen(followUp: Pick<FollowUp, 'doneOn'>): boolean {
  return followUp.doneOn === null;
}

type ActionStatus = Pick<AdvocacyAction, 'status'>;

/**
 * Still to be done: not done, and its action not cancelled. A cancelled action's follow-ups
 * will never be done, so they are left out of every open or overdue count and list instead of
 * nagging forever. An unknown action (undefined) does not hide its follow-up.
 */
export function isOpenFollowUp(followUp: Pick<FollowUp, 'doneOn'>, action: ActionStatus | undefined): boolean {
  return isOpen(followUp) && action?.status !== 'cancelled';
}

/** Open in the sense of isOpenFollowUp and past its due date. */
export function isOverdueFollowUp(followUp: DueFields, action: ActionStatus | undefined, today: string): boolean {
  return isOpenFollowUp(followUp, action) && isOverdue(followUp, today);
}

export type FollowUpScope = 'overdue' | 'open';

/**
 * The open follow-ups in the order a to-do list wants them: overdue first (the longest
 * overdue on top), then by due date, and those without a due date last. `scope:
 * 'overdue'` keeps only the overdue ones. Works on any row that carries a follow-up.
 */
export function openFollowUpsInOrder<Row>(
  rows: readonly Row[],
  followUpOf: (row: Row) => DueFields,
  today: string,
  scope: FollowUpScope = 'open',
): Row[] {
  const kept = rows.filter((row) => {
    const followUp = followUpOf(row);
    return scope === 'overdue' ? isOverdue(followUp, today) : isOpen(followUp);
  });
  return kept.sort((left, right) => compareByDueDate(followUpOf(left), followUpOf(right)));
}

/**
 * The to-do order of follow-ups: earlier due dates first, no due date last. Overdue ones have
 * the earliest dates, so they lead. Every list of open follow-ups sorts with it.
 */
export function compareByDueDate(left: DueFields, right: DueFields): number {
  if (left.dueDate === right.dueDate) return 0;
  if (left.dueDate === null) return 1;
  if (right.dueDate === null) return -1;
  return left.dueDate < right.dueDate ? -1 : 1;
}

/**
 * Who is to do a follow-up: its own owner, or else its action's (the form gives a new row the
 * action's owner, but a follow-up may be stored without one). null when neither has one.
 */
export function followUpOwnerId(
  followUp: Pick<FollowUp, 'ownerId'>,
  action: Pick<AdvocacyAction, 'ownerId'> | undefined,
): string | null {
  return followUp.ownerId ?? action?.ownerId ?? null;
}

/** Follow-ups grouped by their action's id, each group in the input order. */
export function followUpsByAction<F extends Pick<FollowUp, 'actionId'>>(followUps: readonly F[]): Map<string, F[]> {
  const groups = new Map<string, F[]>();
  for (const followUp of followUps) {
    const group = groups.get(followUp.actionId);
    if (group) group.push(followUp);
    else groups.set(followUp.actionId, [followUp]);
  }
  return groups;
}

export interface FollowUpCounts {
  open: number;
  overdue: number;
}

/** Open and overdue follow-ups of one action (none when the action is cancelled). */
export function countFollowUps(followUps: readonly DueFields[], action: ActionStatus, today: string): FollowUpCounts {
  let open = 0;
  let overdue = 0;
  for (const followUp of followUps) {
    if (!isOpenFollowUp(followUp, action)) continue;
    open += 1;
    if (isOverdue(followUp, today)) overdue += 1;
  }
  return { open, overdue };
}

type Involvement = Pick<AdvocacyAction, 'targetIds' | 'participantIds'>;

/**
 * Whether an action involved a stakeholder: it targeted it, or one of its contact persons
 * (`contactIds`, the stakeholder's own contacts) took part — meeting the ASL's psychologist
 * at a prefecture round table is contact with the ASL too.
 */
export function involvesStakeholder(
  action: Involvement,
  stakeholderId: string,
  contactIds: readonly string[],
): boolean {
  return action.targetIds.includes(stakeholderId) || action.participantIds.some((id) => contactIds.includes(id));
}

/**
 * The last time we were in touch with a stakeholder: the latest date of a done action that
 * involved it (see involvesStakeholder: it was a target, or one of its contacts took part).
 * Planned or cancelled actions, and dates after today (a mistyped year), do not count.
 * null when there is none.
 */
export function lastContactDate(
  actions: ReadonlyArray<Pick<AdvocacyAction, 'date' | 'status'> & Involvement>,
  stakeholderId: string,
  today: string,
  contactIds: readonly string[] = [],
): string | null {
  let latest: string | null = null;
  for (const action of actions) {
    if (action.status !== 'done' || action.date > today || !involvesStakeholder(action, stakeholderId, contactIds))
      continue;
    if (latest === null || action.date > latest) latest = action.date;
  }
  return latest;
}

/** Whole calendar days from the due date to `today`; 0 when not overdue. */
export function daysOverdue(followUp: DueFields, today: string): number {
  if (!isOverdue(followUp, today) || followUp.dueDate === null) return 0;
  return Math.round((utcDay(today) - utcDay(followUp.dueDate)) / 86_400_000);
}

function utcDay(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}
