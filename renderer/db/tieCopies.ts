import { tieSpan, type TieDates, type TieSpan } from '../../shared/analysis/activeOnDay';
import type { Relationship } from '../../shared/domain/relationship';
import type { TramaDatabase } from './tramaDatabase';

// Each copy of a tie would count again wherever ties are counted (the dashboard's bridges, the
// map's edges, the report). A tie that ended and started again is two periods of it, each read
// "as of a day" on its own: only periods sharing a day are copies. The forms' writes and Undo
// are checked; a restore or a teammate's records arriving by sync are stored as they come.

export type Tie = Pick<Relationship, 'sourceId' | 'targetId' | 'type' | 'isDirected'>;

/**
 * The same tie: the same two stakeholders and the same type (in any case). Only two directed
 * ties pointing opposite ways are two ties (A funds B, B funds A); an undirected one already
 * joins both ways.
 */
export function isSameTie(one: Tie, other: Tie): boolean {
  if (one.type.toLocaleLowerCase() !== other.type.toLocaleLowerCase()) return false;
  if (one.sourceId === other.sourceId && one.targetId === other.targetId) return true;
  const isMirrored = one.sourceId === other.targetId && one.targetId === other.sourceId;
  return isMirrored && !(one.isDirected && other.isDirected);
}

/**
 * Whether two ties' spans (tieSpan) share a day. One marked inactive with no end date is active
 * on no day, so it shares none: it stopped when nobody recorded, and the same tie may start again.
 */
function spansOverlap(one: TieSpan | null, other: TieSpan | null): boolean {
  if (one === null || other === null) return false;
  return (other.end === null || one.start <= other.end) && (one.end === null || other.start <= one.end);
}

/** Whether every day of `inner` is a day of `outer` (a span of no days is within any). */
function isSpanWithin(inner: TieSpan | null, outer: TieSpan | null): boolean {
  if (inner === null) return true;
  if (outer === null) return false;
  const endsInside = outer.end === null || (inner.end !== null && inner.end <= outer.end);
  return inner.start >= outer.start && endsInside;
}

/**
 * Whether `next` can make no copy that `previous` (the same record) did not already make: the
 * same tie, over no day it did not cover. Copies stored before the check (an older backup) can
 * still have their notes edited, and their periods shortened.
 */
export function isWithinTie(next: Tie & TieDates, previous: Tie & TieDates): boolean {
  return (
    isSameTie(previous, next) &&
    previous.isDirected === next.isDirected &&
    isSpanWithin(tieSpan(next), tieSpan(previous))
  );
}

/** Whether `stored` is a copy of `tie`: the same tie over a shared day. */
export function isCopyOf(stored: Tie & TieDates, tie: Tie & TieDates): boolean {
  return isSameTie(stored, tie) && spansOverlap(tieSpan(stored), tieSpan(tie));
}

/** The stored relationships that are copies of `tie`, apart from those `isLeftOut` names. */
export async function storedCopiesOf(
  db: TramaDatabase,
  tie: Tie & TieDates,
  isLeftOut: (stored: Relationship) => boolean = () => false,
): Promise<Relationship[]> {
  const sameEnds = await db.relationships.where('sourceId').anyOf([tie.sourceId, tie.targetId]).toArray();
  return sameEnds.filter((stored) => !isLeftOut(stored) && isCopyOf(stored, tie));
}
