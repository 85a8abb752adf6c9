import type { FollowUp } from '../domain/action';

/** Open (not done) and past its due date, as seen on the user's calendar day `today`. */
export function isOverdue(followUp: Pick<FollowUp, 'doneOn' | 'dueDate'>, today: string): boolean {
  return followUp.doneOn === null && followUp.dueDate !== null && followUp.dueDate < today;
}
