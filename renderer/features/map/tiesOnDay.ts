import { isTieActiveOn } from '../../../shared/analysis/activeOnDay';
import type { Relationship } from '../../../shared/domain/relationship';
import type { TimeNarrowing } from './mapTime';

// "Who can introduce us to …?" and the key connectors answer for the day the map shows:
// a tie that has ended, or had not begun then, is nobody to ask. What was active on a day is
// activeOnDay.ts's one rule; as of a day the map's narrowing (mapTime.ts, built by that rule)
// already says it, with both ends known then, and a tie drawn as lost since the day compared
// with is not active on the day shown.

/** The relationships active on a day. */
export interface TiesOnDay {
  relationships: readonly Relationship[];
  /** 1 at the position (in the records' list) of each relationship active on the day: read with index.ties.incident. */
  activeAt: Uint8Array;
}

/** `time`: the map's narrowing to `day` (useMapTime), absent when the map shows today's network. */
export function tiesOnDay(
  relationships: readonly Relationship[],
  day: string,
  time?: Pick<TimeNarrowing, 'isTieShown' | 'tieChange'>,
): TiesOnDay {
  const isActive = time
    ? (relationship: Relationship) => time.isTieShown(relationship.id) && time.tieChange(relationship.id) !== 'lost'
    : (relationship: Relationship) => isTieActiveOn(relationship, day);
  const active: Relationship[] = [];
  const activeAt = new Uint8Array(relationships.length);
  relationships.forEach((relationship, position) => {
    if (!isActive(relationship)) return;
    active.push(relationship);
    activeAt[position] = 1;
  });
  return { relationships: active, activeAt };
}
