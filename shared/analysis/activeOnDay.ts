import type { Agreement } from '../domain/agreement';
import { addDays, localDayOf } from '../domain/common';
import type { Relationship } from '../domain/relationship';
import { BINDING_AGREEMENT_STATUSES } from './agreements';

// What was active on a calendar day: one set of rules for the map "as of" a day, the compare
// view, the programme report and the dashboard's bridges, so that the four never disagree on
// the same tie. Days are YYYY-MM-DD; a day counts whole.

/** Active on `day` by its dates alone: begun by then (or no start known) and not ended before it. */
export function isRelationshipActiveOn(relationship: Pick<Relationship, 'since' | 'until'>, day: string): boolean {
  return (
    (relationship.since === null || relationship.since <= day) &&
    (relationship.until === null || relationship.until >= day)
  );
}

/** Binding on `day`: signed or in force now, begun by then, and not expired before it. */
export function isAgreementInForceOn(
  agreement: Pick<Agreement, 'status' | 'signedOn' | 'inForceFrom' | 'expiresOn'>,
  day: string,
): boolean {
  const start = agreement.inForceFrom ?? agreement.signedOn;
  return (
    BINDING_AGREEMENT_STATUSES.includes(agreement.status) &&
    (start === null || start <= day) &&
    (agreement.expiresOn === null || agreement.expiresOn >= day)
  );
}

/** What a tie's days are read from. */
export type TieDates = Pick<Relationship, 'status' | 'since' | 'until' | 'createdAt' | 'updatedAt'>;

/**
 * The days a tie was active, both included (a null end: still active), or null for none. It
 * began on its `since`, or the day it was entered when no start is known, and ended on its
 * `until`. One marked inactive without an end date counts as active on no day: nobody recorded
 * when it stopped. One marked inactive with an end date in the future stopped at the latest the
 * day before it was last changed (when it was marked inactive, or later): the status, set by a
 * person, is not overruled by an end date once planned.
 */
export interface TieSpan {
  start: string;
  end: string | null;
}

export function tieSpan(relationship: TieDates): TieSpan | null {
  const start = relationship.since ?? localDayOf(relationship.createdAt);
  if (relationship.status === 'active') return { start, end: relationship.until };
  if (relationship.until === null) return null;
  const lastChanged = addDays(localDayOf(relationship.updatedAt), -1);
  return { start, end: relationship.until < lastChanged ? relationship.until : lastChanged };
}

/** Whether a day falls within a tie's span (tieSpan): for many days, work the span out once. */
export function isWithinSpan(span: TieSpan | null, day: string): boolean {
  return span !== null && span.start <= day && (span.end === null || span.end >= day);
}

/** Active on the day: within its span (tieSpan). */
export function isTieActiveOn(relationship: TieDates, day: string): boolean {
  return isWithinSpan(tieSpan(relationship), day);
}

/** What a tie is on a day, as a page or a briefing words it: active, not, or not yet begun. */
export type TieStatusOnDay = { kind: 'active' } | { kind: 'inactive' } | { kind: 'starts-later'; on: string };

export function tieStatusOnDay(relationship: TieDates, day: string): TieStatusOnDay {
  const span = tieSpan(relationship);
  if (isWithinSpan(span, day)) return { kind: 'active' };
  // A span that ends before it starts (marked inactive before its start) is active on no day.
  const isAhead = span !== null && span.start > day && (span.end === null || span.end >= span.start);
  return isAhead ? { kind: 'starts-later', on: span.start } : { kind: 'inactive' };
}

/** What an agreement's day is read from. */
export type AgreementDates = Pick<Agreement, 'status' | 'signedOn' | 'inForceFrom' | 'expiresOn' | 'createdAt'>;

/** In force on the day; one with neither a signature nor a start date counts from the day it was entered. */
export function isAgreementInForceAsOf(agreement: AgreementDates, day: string): boolean {
  const hasStart = agreement.inForceFrom !== null || agreement.signedOn !== null;
  return isAgreementInForceOn(
    hasStart ? agreement : { ...agreement, inForceFrom: localDayOf(agreement.createdAt) },
    day,
  );
}
