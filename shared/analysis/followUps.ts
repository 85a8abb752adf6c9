import type { AdvocacyAction, FollowUp } from '../domain/action';

// Derived facts about follow-ups and contacts (DESIGN §2: derived, never stored twice).
// `today` is always the user's calendar day (localIsoDate()), passed in so tests can fix it.

type DueFields = Pick<FollowUp, 'doneOn' | 'dueDate'>;

/** Open (not done) and past its due date, as seen on the user's calendar day `today`. */
export function isOverdue(followUp: DueFields, today: string): boolean {
  return followUp.doneOn === null && followUp.dueDate !== null && followUp.dueDate < today;
}

export function isOpen(followUp: Pick<FollowUp, 'doneOn'>): boolean {
  return followUp.doneOn === null;
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

/** Earlier due dates first; no due date last. Overdue ones have the earliest dates, so they lead. */
function compareByDueDate(left: DueFields, right: DueFields): number {
  if (left.dueDate === right.dueDate) return 0;
  if (left.dueDate === null) return 1;
  if (right.dueDate === null) return -1;
  return left.dueDate < right.dueDate ? -1 : 1;
}

export interface FollowUpCounts {
  open: number;
  overdue: number;
}

export function countFollowUps(followUps: readonly DueFields[], today: string): FollowUpCounts {
  let open = 0;
  let overdue = 0;
  for (const followUp of followUps) {
    if (!isOpen(followUp)) continue;
    open += 1;
    if (isOverdue(followUp, today)) overdue += 1;
  }
  return { open, overdue };
}

/**
 * The last time we were in touch with a stakeholder: the latest date of a done action
 * that targeted it. Planned or cancelled actions, and dates after today (a mistyped year),
 * do not count. null when there is none.
 */
export function lastContactDate(
  actions: ReadonlyArray<Pick<AdvocacyAction, 'date' | 'status' | 'targetIds'>>,
  stakeholderId: string,
  today: string,
): string | null {
  let latest: string | null = null;
  for (const action of actions) {
    if (action.status !== 'done' || action.date > today || !action.targetIds.includes(stakeholderId)) continue;
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
